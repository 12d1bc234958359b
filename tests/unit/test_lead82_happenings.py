"""A reaction merged as a facet of the happening it reacts to (``merged_as``: a condemnation
of a drill) gives no reading of that happening's date when its article tells the happening
itself: the condemnation's own day made a false date disagreement (found by newuser87).
Reports written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_queries import stream_happening_rows

DRILL = {
    "title": "Guards drill in the Gulf",
    "date": "2024-12-03",
    "source": "Gulf Wire",
    "url": "https://gulfwire.example/1",
    "text": "Revolutionary Guards units started war games on Tuesday across the islands of "
    "Abu Musa and Greater Tunb.",
}
CONDEMNED = {
    "title": "UAE condemns drills",
    "date": "2024-12-04",
    "source": "Harbour Herald",
    "url": "https://herald.example/2",
    "text": "The UAE foreign ministry on Wednesday condemned the military exercises that Iran "
    "held on Abu Musa on Tuesday.",
}


def _drill_happening(store_url: str, geoparser: Geoparser, tmp_path: Path, *said: dict) -> dict:
    path = tmp_path / "drill.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in said), encoding="utf-8")
    pipe = Pipeline(Store(store_url), geoparser)
    assert [r.status for r in pipe.ingest([path])] == ["added"]
    rows = [r for r in pipe.store.event_rows() if r["url"] == DRILL["url"]]
    ids = {r["happening_id"] for r in rows}
    (h,) = [h for h in stream_happening_rows(pipe.store.engine) if h["id"] in ids]
    return h


def test_a_condemnation_beside_its_own_drill_report_makes_no_date_disagreement(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    h = _drill_happening(store_url, geoparser, tmp_path, DRILL, CONDEMNED)
    detail = json.loads(h["detail"])
    assert (h["sources"], h["reports"]) == (2, 3)  # the drill twice, and the condemnation
    assert str(h["date_start"]) == "2024-12-03"
    assert [d["field"] for d in detail["disagreements"] if d["field"] == "date"] == []
