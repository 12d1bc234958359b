"""reader31's own sentences (stop 41): what an act or a disaster left behind, told in the
sentence right after it with no doer, day or place of its own, is that happening's toll (ACLED:
fatalities and damage are attributes of one event), not a second event at the dateline city.
Near misses: a toll with a place of its own, a second act with a doer of its own, and a
second sanctions step with a day of its own stay apart. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.model import DATELINE_REASON, Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


def told(ev: Event) -> str:
    return ev.location.text if ev.location else ""


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


QUAKE = "LIMA - An earthquake struck the town of Huaraz on Monday. "
RAID = "BOGOTA - Rebels attacked a police post in the town of Tumaco on Sunday. "
SANCTIONS = "LONDON - Britain imposed sanctions on Tuesday on three militia leaders. "


def test_damage_told_after_a_disaster_is_no_human_act(extract: Extract) -> None:
    events = extract(QUAKE + "Dozens of houses were destroyed.")
    assert [code(e) for e in events] == ["DIS-QUAKE"]
    assert told(events[0]) == "Huaraz"
    assert [e.text[:6] for e in events[0].evidence] == ["An ear", "Dozens"]


def test_damage_with_a_place_of_its_own_stays_apart(extract: Extract) -> None:
    # near miss: the houses destroyed elsewhere are told as a place of their own
    events = extract(QUAKE + "Dozens of houses were also destroyed in Cusco.")
    assert [told(e) for e in real(events, "17")] == ["Cusco"]


def test_a_toll_and_flight_after_an_attack_fold_into_it(extract: Extract) -> None:
    events = extract(RAID + "Four officers were killed and scores of families fled toward Pasto.")
    force = real(events, "18", "19", "20")
    assert len(force) == 1
    assert told(force[0]) == "Tumaco"
    assert not any(e.location_reason.startswith(DATELINE_REASON) for e in events)


def test_a_second_act_with_a_doer_and_place_stays_apart(extract: Extract) -> None:
    # near miss: the police act of their own, in another city
    events = extract(RAID + "Police killed three rebels in Bogota.")
    assert sorted(told(e) for e in real(events, "18", "19", "20")) == ["Bogota", "Tumaco"]


def test_the_measures_told_after_sanctions_are_those_sanctions(extract: Extract) -> None:
    events = extract(SANCTIONS + "The measures freeze their bank accounts.")
    assert len(real(events, "16")) == 1
    assert real(events, "16")[0].roles.source == "United Kingdom"


def test_sanctions_on_another_day_stay_apart(extract: Extract) -> None:
    # near miss: a later step told with its own day is another act
    events = extract(SANCTIONS + "Sanctions were imposed on two more commanders on Friday.")
    assert len(real(events, "16")) == 2
