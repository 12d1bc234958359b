"""The reader rules the lead added in stop 31, for faults left open by stop 30's review
(reader6, newuser5), each with sentences written for these tests (none from an evaluation
set) and a near miss the rule must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(events: list) -> list[str]:
    return [code(e) for e in events]


# ---------------------------------------------------------------- meetings at one side's home


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Xi met in Beijing on Monday.",
        "Xi and Lula met in Beijing on Monday.",
    ],
)
def test_a_joint_meeting_at_one_sides_home_is_the_others_visit(extract: Extract, text: str) -> None:
    # CAMEO 1.1b3 §044 is a third location; at the host's home the guest made a visit (§042)
    events = real(extract(text), "04")
    assert [(code(e), e.roles.source_country, e.roles.target_country) for e in events] == [
        ("042", "BR", "CN")
    ]


def test_a_joint_meeting_at_a_third_place_stays_a_meeting(extract: Extract) -> None:
    events = real(extract("Lula and Xi met in Geneva on Monday."), "04")
    assert _codes(events) == ["044"]


# ---------------------------------------------------------------- force verbs


def test_artillery_fire_traded_is_a_fight_with_artillery(extract: Extract) -> None:
    events = extract("Armenian and Azerbaijani troops traded artillery fire on Monday.")
    assert "194" in _codes(events)
    assert not real(events, "06")


def test_goods_traded_stay_trade(extract: Extract) -> None:
    # near miss: a trade of goods is no fight
    events = extract("Chile and Peru traded copper worth $2 billion last year.")
    assert not real(events, "19")


def test_a_town_taken_by_rebels_is_occupied(extract: Extract) -> None:
    events = real(extract("Rebels took the town of Bunia on Monday after heavy fighting."), "192")
    assert events
    assert where(events[0])[0] == "Bunia"


def test_a_tour_of_a_city_is_no_occupation(extract: Extract) -> None:
    # near miss: the run "take the city of" is whole, so a tour of a city does not match
    events = extract("The minister took a short tour of the city of Lviv on Monday.")
    assert not real(events, "19")


def test_a_target_hit_by_a_named_sides_missile_is_its_air_strike(extract: Extract) -> None:
    events = real(extract("A fuel depot was hit by a Russian missile near Odesa on Monday."), "19")
    assert [(code(e), e.roles.source_country) for e in events] == [("195", "RU")]


def test_a_roof_damaged_by_a_storm_is_no_strike(extract: Extract) -> None:
    # near miss: the passive agent is weather, not a weapon
    assert not real(extract("A school roof was damaged by a storm on Monday."), "19")
