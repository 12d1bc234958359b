"""Session 89, fix113 (newuser104's items 1-3): an air crash told by its flight number, a fire
that destroyed a town told in a relative clause, and a harm told of one assailant. Sentences
written for these tests, with other names, places and topics than the reports'."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazard_codes, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Flight ZX214, on its way to Lisbon, went down in a cornfield on June 2, killing 17 passengers.",
        "Flight 4B771 crashed into a warehouse shortly after take-off on June 2, killing nine.",
    ],
)
def test_a_flight_named_by_its_number_that_crashed_is_a_transport_accident(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert hazard_codes(events) == ["DIS-TRANSPORT"]
    assert not rooted(events, "18", "19", "20")


def test_a_flight_shot_down_stays_force(extract: Extract) -> None:
    events = extract("Flight ZX214 was shot down over the border on June 2, killing 17 people.")
    assert not hazard_codes(events)
    assert rooted(events, "18", "19", "20")


@pytest.mark.parametrize(
    "body",
    [
        "Families sued the power company on Tuesday over the fire that destroyed the village of Aldbury on June 2.",
        "The fire that destroyed the village of Aldbury on June 2 was started by a power line.",
    ],
)
def test_a_fire_that_destroyed_a_village_in_a_relative_clause_is_a_wildfire(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert "DIS-FIRE" in hazard_codes(events)
    assert not rooted(events, "17")


@pytest.mark.parametrize(
    "body",
    [
        "Rebels started a fire that destroyed the village of Aldbury on June 2.",
        "Militants set fire to houses in Aldbury on June 2.",
    ],
)
def test_a_fire_someone_started_is_no_hazard(extract: Extract, body: str) -> None:
    assert not hazard_codes(extract(body))


def test_an_army_that_destroyed_a_bridge_keeps_its_act(extract: Extract) -> None:
    events = extract("The army destroyed the bridge at Aldbury on June 2.")
    assert rooted(events, "17", "19")
    assert not hazard_codes(events)


def test_a_wounding_told_of_one_attacker_is_an_assault(extract: Extract) -> None:
    body = (
        "Five shoppers were injured, two of them badly, when the assailant struck without warning "
        "outside a bakery in Ghent on Saturday."
    )
    events = extract(body)
    assert rooted(events, "18")
    assert not rooted(events, "19")


def test_troops_that_struck_stay_force(extract: Extract) -> None:
    events = extract("Troops struck rebel positions near Aldbury on Saturday, killing 12.")
    assert rooted(events, "19")
