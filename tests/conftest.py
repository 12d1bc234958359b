from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.places.geoparser import Geoparser
from tests.pg import INSTALL_HINT, Server, bin_dir

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "000_f6ca0bb061373b92.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def geoparser() -> Geoparser:
    return Geoparser()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """One throwaway PostgreSQL server for the session (see tests/pg.py).

    Skipped when Debian's binaries are missing, unless GEONEWS_REQUIRE_POSTGRES=1 (as
    ``make test`` sets), where a missing server is a failure, never a silent skip.
    """
    bindir = bin_dir()
    if bindir is None:
        if os.environ.get("GEONEWS_REQUIRE_POSTGRES") == "1":
            pytest.fail(INSTALL_HINT)
        pytest.skip(INSTALL_HINT)
    server = Server(bindir).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store on each backend: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    server: Server = request.getfixturevalue("pg_server")
    return server.new_database()
