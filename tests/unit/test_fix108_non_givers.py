"""Session 88, fix108 (newuser101's repros): a fire or a facility that sends or supplies
goods is no giver of aid, nor does a fire coerce. Sentences written for these tests, with
other places and topics."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The blaze spread to a warehouse on Friday, sending burning fuel into the river.",
        "The pipeline supplies fuel to three northern cities.",
        "The flames reached a second silo on Friday and a roof fell in, sending burning "
        "fuel over the fence and forcing the evacuation of 800 workers.",
    ],
)
def test_a_fire_or_a_facility_gives_no_aid(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "07", "17") == []


@pytest.mark.parametrize(
    "body",
    [
        "Qatar sent fuel and medicine to Gaza on Friday.",
        "The government sent fuel to the depot on Friday.",
    ],
)
def test_a_giver_sending_aid_stays(extract: Extract, body: str) -> None:
    assert len(rooted(extract(body), "07")) == 1


def test_clashes_between_fans_are_a_riot_not_war(extract: Extract) -> None:
    body = "Police said two men were hurt in clashes between rival fans outside the arena in Split."
    events = extract(body)
    assert rooted(events, "19") == []
    assert len(rooted(events, "145")) == 1


def test_clashes_between_armed_sides_stay_force(extract: Extract) -> None:
    events = extract("Two soldiers were killed in clashes between rebels and the army on Monday.")
    assert rooted(events, "19")


@pytest.mark.parametrize(
    ("body", "end"),
    [
        ("A bus from Kano to Abuja overturned near a village on the highway on Monday.", "Abuja"),
        (
            "A bus carrying about 40 pilgrims from Kano to Abuja overturned near a village "
            "on the highway on Monday.",
            "Abuja",
        ),
    ],
)
def test_a_vehicles_destination_is_not_where_it_crashed(
    extract: Extract, body: str, end: str
) -> None:
    assert all(where(e)[0] != end for e in extract(body))


def test_a_crash_in_a_named_town_keeps_it(extract: Extract) -> None:
    events = extract("A bus overturned in Abuja on Monday, killing six passengers.")
    assert any(where(e)[0] == "Abuja" for e in events)
