"""A US county's report is held by its state's (``store.happening_reports._spot`` reads the
county's state from the gazetteer, as for every other gazetteer place): "in Lancaster County,
Pennsylvania" and "in Pennsylvania" of one day are one protest. Reports written for these
tests."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_reports import _spot
from tests.unit.happening_reports import article


def test_a_county_carries_its_state() -> None:
    county = _spot("usc:42071", "Lancaster County", "admin2", 40.04, -76.25, "US", 2)
    assert county.admin1 == "US-PA"


FARMERS = [
    article(
        "county",
        "2025-06-02",
        "Hundreds of dairy farmers protested outside the courthouse in Lancaster County, "
        "Pennsylvania, on Monday against a new water rule.",
        "Valley Farmer",
    ),
    article(
        "state",
        "2025-06-02",
        "Dairy farmers demonstrated in Pennsylvania on Monday against the state's new water "
        "rule, organisers said.",
        "Keystone Wire",
    ),
    # near miss: a county of that name in another state, the same day and cause
    article(
        "nebraska",
        "2025-06-02",
        "Hundreds of dairy farmers protested in Lancaster County, Nebraska, on Monday against "
        "a new water rule.",
        "Plains Post",
    ),
]


def test_a_countys_protest_joins_its_states(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in FARMERS), encoding="utf-8")
    pipe.ingest([path])
    of = {r["url"].rsplit("/", 1)[1]: r for r in pipe.store.event_rows()}
    assert of["county"]["happening_id"] == of["state"]["happening_id"]
    assert of["nebraska"]["happening_id"] != of["state"]["happening_id"]
