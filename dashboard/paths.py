"""Where the project's data lives. Overridable by environment for tests and deployments."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    return Path(os.environ.get("GEONEWS_DATA", REPO_ROOT / "data"))


def cache_dir() -> Path:
    return Path(os.environ.get("GEONEWS_CACHE", data_dir() / "cache"))


def default_db() -> str:
    """The store: ``GEONEWS_DB`` (a path or an SQLAlchemy URL), else ``data/geonews.db``."""
    return os.environ.get("GEONEWS_DB") or str(data_dir() / "geonews.db")
