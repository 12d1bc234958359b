"""The seed article's events against the hand-written golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.articles.reader import read_article
from dashboard.contract import event_record
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser
from tests.conftest import SEED

GOLDEN = json.loads(
    (Path(__file__).resolve().parents[1] / "golden" / "seed_events.json").read_text()
)


@pytest.fixture(scope="module")
def records(geoparser: Geoparser) -> list[dict]:
    return [event_record(e) for e in EventExtractor(geoparser).extract(read_article(SEED))]


def test_one_event_per_happening(records: list[dict]) -> None:
    assert len(records) == GOLDEN["count"], [r["summary"] for r in records]


@pytest.mark.parametrize("want", GOLDEN["events"], ids=[e["what"] for e in GOLDEN["events"]])
def test_event_as_a_careful_reader_codes_it(records: list[dict], want: dict) -> None:
    matches = [
        r
        for r in records
        if want["evidence"] in r["evidence"]["text"] and r["event_type"]["code"] == want["code"]
    ]
    assert len(matches) == 1, [(r["event_type"]["code"], r["summary"]) for r in records]
    got = matches[0]
    for key in ("date_start", "date_end", "time_precision", "date_text"):
        if key in want:
            assert got[key] == want[key], key
    if "location" in want:
        loc = got["location"]
        assert {k: loc[k] for k in want["location"]} == want["location"]
    if "location_any_of" in want:
        assert got["location"]["name"] in want["location_any_of"]
    assert set(want.get("actors_include", [])) <= set(got["actors"])
    assert set(want.get("flags_include", [])) <= set(got["flags"])
    assert not set(want.get("flags_exclude", [])) & set(got["flags"])


def test_records_keep_the_contract_shape(records: list[dict]) -> None:
    keys = {
        "id",
        "article_id",
        "summary",
        "date_start",
        "date_end",
        "time_precision",
        "date_text",
        "date_reason",
        "event_type",
        "actors",
        "location",
        "places",
        "evidence",
        "flags",
    }
    text = read_article(SEED).text
    for r in records:
        assert keys <= set(r)  # the contract only grows: every old field stays
        assert r["event_code"] is None or r["event_code"].startswith(r["event_type"]["code"])
        ev = r["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert r["date_start"] <= r["date_end"]
        assert r["date_reason"]


def test_actors_are_linked_to_their_countries(geoparser: Geoparser) -> None:
    events = EventExtractor(geoparser).extract(read_article(SEED))
    linked = {a: c for e in events for a, c in zip(e.actors, e.actor_countries, strict=True) if c}
    assert {
        "Gen Nakatani": "JP",
        "ROKS Marado": "KR",
        "Kim Jong Un": "KP",
    }.items() <= linked.items()


def test_conflicting_dates_keep_both_readings(geoparser: Geoparser) -> None:
    visit = next(
        e
        for e in EventExtractor(geoparser).extract(read_article(SEED))
        if e.event_type.code == "04"
    )
    assert [d.text for d in visit.alt_dates] == ["on Wednesday"]
    assert "chosen over" in visit.when.reason
