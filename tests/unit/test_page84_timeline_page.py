"""The map page's timeline (page84): a view of more events than a reader can tell apart as
marks (``timeline.MAX_MARKS``) is drawn as bars of the store's counts per bucket, with the
bucket's happenings; a small view keeps one mark per event."""

from __future__ import annotations

import json
import re
from pathlib import Path
from unittest import mock

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store.db import Store
from tests.ui.test_app import APP, app, seed_db  # noqa: F401 (fixtures)
from tests.unit.test_happening_counts import generate


@pytest.fixture(scope="module")
def many_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 140 events over 400 days from 2023, some merged into happenings."""
    db = tmp_path_factory.mktemp("many") / "many.db"
    generate(Store(str(db)), 40)
    return db


def spec_of(at: AppTest) -> dict:
    return json.loads(at.get("vega_lite_chart")[0].proto.spec)


def rows_of(at: AppTest) -> list[dict]:
    """The chart's rows: Streamlit sends its datasets apart from the spec, as Arrow."""
    chart = at.get("vega_lite_chart")[0].proto
    tables = [pa.ipc.open_stream(d.data.data).read_all() for d in chart.datasets]
    return [r for t in tables for r in t.to_pylist()]


def marks(spec: dict) -> list[str]:
    return sorted(str(layer["mark"]["type"]) for layer in spec["layer"])


def heading_counts(at: AppTest) -> tuple[int, int]:
    found = re.search(r"(\d+) happening\(s\) from (\d+) event\(s\)", at.markdown[0].value)
    assert found, at.markdown[0].value
    return int(found[1]), int(found[2])


def test_a_view_of_over_a_hundred_events_is_drawn_as_bars_per_bucket(
    many_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEONEWS_DB", str(many_db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["from"], at.query_params["to"] = "2023-01-01", "2024-03-01"
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
    assert not at.exception
    n_happenings, n_events = heading_counts(at)
    assert 60 < n_events < 2000  # over the marks' limit, under main's
    spec = spec_of(at)
    assert marks(spec) == ["bar"]  # no diamonds, no per-event bars
    (layer,) = spec["layer"]
    assert layer["encoding"]["x2"]["field"] == "end"
    rows = rows_of(at)
    assert "label" not in rows[0]  # no event's own text is sent
    assert sum(r["events"] for r in rows) == n_events
    # a week's happenings once per week; a happening reported in two weeks counts in both
    per_week = {r["start"]: r["happenings"] for r in rows}
    assert n_happenings <= sum(per_week.values()) < n_events


def test_the_seed_keeps_one_mark_per_event(app: AppTest) -> None:  # noqa: F811
    """The first article's page as it was: its six events as diamonds and bars."""
    app.run()
    assert not app.exception
    assert "6 event(s)" in app.markdown[0].value
    rows = rows_of(app)
    assert len(rows) == 6
    assert all("label" in r and "when" in r for r in rows)
