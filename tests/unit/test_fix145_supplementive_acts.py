"""Session 94, fix145 (a): a supplementive "-ing" clause after the main clause that tells a
further act of another CAMEO code ("..., arresting 30 people" after a dispersal) is its own
event on the main act's day and at its place (Quirk et al. 1985 §15.60); one told twice (the
same code), a protest's demand and a force act's counted toll stay folded. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_an_arrest_after_a_dispersal_is_its_own_event(extract: Extract) -> None:
    events = extract(
        "Riot police broke up a march in Kampala on Tuesday, arresting at least 30 students."
    )
    arrests = [e for e in events if code(e) == "173"]
    assert len(arrests) == 1
    assert arrests[0].when.start == date(2026, 6, 16)
    assert where(arrests[0])[1] == "UG"
    assert any(code(e) == "175" for e in events)


def test_an_expulsion_after_a_seizure_is_its_own_event(extract: Extract) -> None:
    events = extract(
        "Soldiers took over the state broadcaster in Niamey on Monday, expelling its staff."
    )
    codes = sorted(code(e)[:3] for e in events)
    assert codes == ["174", "192"]


def test_the_same_act_told_twice_stays_one_event(extract: Extract) -> None:
    events = extract("Police raided a printing house in Harare on Monday, detaining four editors.")
    assert [code(e) for e in events] == ["173"]


def test_a_counted_toll_of_force_stays_folded(extract: Extract) -> None:
    events = extract("Police fired tear gas at marchers in Accra on Tuesday, injuring 14.")
    assert len(events) == 1


def test_a_protest_demand_is_no_second_act(extract: Extract) -> None:
    events = extract("Nurses rallied in Quito on Tuesday, demanding higher wages.")
    assert len(events) == 1
