"""The app's out-of-date notice and its background re-read."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store, articles
from dashboard.store.fingerprint import analysis_fingerprint
from tests.conftest import SEED

SCRIPT = """
from dashboard.ui import freshness
freshness.notice()
"""


def test_a_stale_store_shows_a_notice_and_is_reread_in_the_background(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, geoparser: Geoparser
) -> None:
    store = Store(str(tmp_path / "stale.db"))
    Pipeline(store, geoparser).ingest([SEED])
    with store.writer.begin() as conn:
        conn.execute(sa.update(articles).values(analysis="older-reader"))
    monkeypatch.setenv("GEONEWS_DB", str(tmp_path / "stale.db"))
    at = AppTest.from_string(SCRIPT, default_timeout=60).run()
    assert "1 of 1 articles were read by an older version" in at.caption[0].value
    deadline = time.monotonic() + 120
    while store.freshness(analysis_fingerprint())[0] and time.monotonic() < deadline:
        time.sleep(0.5)
    assert store.freshness(analysis_fingerprint()) == (0, 1)
    assert not at.run().caption  # current again: no notice
