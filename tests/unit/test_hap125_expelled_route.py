"""Session 94, hap125: diplomats expelled told in the passive ("were expelled") or with
"throw out" are §166, as the active "expel" rows read them; and a flight's route named with
both ends ("a flight from X to Y") places neither end: the act is where the flight was made
to land. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Copenhagen threw out nine Iranian diplomats on Monday.",
    ],
)
def test_diplomats_thrown_out(extract: Extract, body: str) -> None:
    events = extract(body)
    # "would be expelled" in reported speech may be flagged planned; its code is the point
    assert rooted(events, "166"), [code(e) for e in events]


def test_a_case_thrown_out_stays_a_rejection(extract: Extract) -> None:
    events = extract("The judge threw out the lawsuit on Monday.")
    assert not real(events, "16"), [code(e) for e in events]


def test_flight_route_ends_are_no_place_of_the_landing(extract: Extract) -> None:
    body = "A Lufthansa flight from Lisbon to Tallinn was forced to land in Minsk on Monday."
    events = extract(body)
    assert events, events
    assert where(events[0])[0] == "Minsk", [(code(e), where(e)) for e in events]


def test_a_place_named_beside_a_route_still_places_the_act(extract: Extract) -> None:
    # neither end of "a flight from X to Y" is read, the crash site named after it is
    body = "A flight from Lisbon to Tallinn crashed near Riga on Monday, killing 40 people."
    placed = [where(e)[0] for e in extract(body) if where(e)[0] is not None]
    assert "Lisbon" not in placed, placed
    assert "Tallinn" not in placed, placed
