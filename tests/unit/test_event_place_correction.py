"""One event moved to another place by hand, on both backends: the others of its article
and every mention of the name stay as read, the move outlives a re-read, and the map's
query, the event's JSON record and its happening follow it."""

from __future__ import annotations

import json

import pytest

from dashboard.errors import StoreError
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.queries import EventQuery, event_card, place_counts
from tests.conftest import SEED

SEOUL = "gn:1835848"


@pytest.fixture
def seeded(store_url: str, geoparser: Geoparser) -> tuple[Store, Pipeline]:
    store = Store(store_url)
    pipe = Pipeline(store, geoparser)
    pipe.ingest([SEED])
    return store, pipe


def test_one_event_moves_and_its_article_mates_stay(seeded: tuple[Store, Pipeline]) -> None:
    store, pipe = seeded
    rows = store.event_rows()
    moved = next(r for r in rows if r["event_code"] == "04")  # the visit aboard, at Yokosuka
    before = {r["id"]: r["location_id"] for r in rows}
    pipe.correct_event_place(moved["id"], SEOUL)
    after = {r["id"]: r["location_id"] for r in store.event_rows()}
    assert after[moved["id"]] == SEOUL
    assert {k: v for k, v in after.items() if k != moved["id"]} == {
        k: v for k, v in before.items() if k != moved["id"]
    }
    card = event_card(store, moved["id"])
    assert card is not None
    assert card.location_name == "Seoul"
    assert card.location_reason.startswith("corrected by a user (the text gave ")
    detail = json.loads(next(r for r in store.event_rows() if r["id"] == moved["id"])["detail"])
    assert (detail["location"]["name"], detail["location"]["start"]) == ("Seoul", None)
    assert SEOUL in set(place_counts(store, EventQuery())["id"])


def test_a_moved_event_stays_moved_after_a_re_read(seeded: tuple[Store, Pipeline]) -> None:
    store, pipe = seeded
    moved = next(r for r in store.event_rows() if r["event_code"] == "04")
    pipe.correct_event_place(moved["id"], point=("Pier 12", 35.29, 139.67))
    pipe.reread([moved["article_id"]])
    again = next(r for r in store.event_rows() if r["id"] == moved["id"])
    assert again["location_id"] == "user:pier 12"
    assert again["geo_precision"] == 1
    assert again["location_reason"].startswith("corrected by a user")


def test_an_unknown_event_or_place_is_one_clear_error(seeded: tuple[Store, Pipeline]) -> None:
    store, pipe = seeded
    some = store.event_rows()[0]["id"]
    with pytest.raises(StoreError, match="no event"):
        pipe.correct_event_place("nope", SEOUL)
    with pytest.raises(StoreError, match="no gazetteer place"):
        pipe.correct_event_place(some, "gn:0")
    with pytest.raises(StoreError, match="out of range"):
        pipe.correct_event_place(some, point=("Nowhere", 95.0, 0.0))


def test_a_second_date_correction_still_names_what_the_text_gave(
    seeded: tuple[Store, Pipeline],
) -> None:
    # a fresh user's second save named the first save's dates as "what the text gave", and
    # the card kept warning of a date conflict the user had settled
    from datetime import date

    store, pipe = seeded
    ev = next(r for r in store.event_rows() if "date_conflict" in json.loads(r["flags"]))
    text_gave = ev["date_start"].isoformat()
    assert ev["date_start"] == ev["date_end"]
    pipe.correct_date(ev["id"], date(2030, 1, 1), date(2030, 1, 2), 2)
    pipe.correct_date(ev["id"], date(2024, 11, 6), date(2024, 11, 6), 1)
    again = next(r for r in store.event_rows() if r["id"] == ev["id"])
    assert again["date_reason"] == f"corrected by a user (the text gave {text_gave})"
    assert "date_conflict" not in json.loads(again["flags"])
    assert "date_conflict" not in json.loads(again["detail"])["flags"]
