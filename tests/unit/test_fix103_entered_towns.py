"""A named town taken by an armed side, told with "entered" or "took" and the town's name
(newuser98 items 1 and 3): CAMEO 1.1b3 §192 occupy territory, on the day told, also when the
taking is told in a clause after "after". Near misses: police or a state's troops entering, a
taker only named after a preposition, a modal taking, a town's official taken. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _taken(events: list, town: str) -> list:
    return [e for e in real(events, "192") if (where(e)[0] or "").startswith(town)]


def test_armed_group_entering_a_town_takes_it(extract: Extract) -> None:
    evs = extract("Insurgents loyal to the emir entered Marawi before dawn on Tuesday.")
    (ev,) = _taken(evs, "Marawi")
    assert str(ev.date_start) == "2026-06-16"


def test_entering_the_town_of_is_a_taking_not_a_deployment(extract: Extract) -> None:
    evs = extract("Militia fighters entered the town of Marawi on Monday after the garrison fled.")
    assert _taken(evs, "Marawi")
    assert not real(evs, "154")


def test_taking_told_after_after_keeps_its_own_day(extract: Extract) -> None:
    evs = extract("The curfew began a week after the insurgents took Marawi on May 23.")
    (ev,) = _taken(evs, "Marawi")
    assert str(ev.date_start) == "2026-05-23"


def test_a_small_kivu_town_is_placed(extract: Extract) -> None:
    evs = extract("Fighting spread around Goma. The rebels took Minova on February 27.")
    assert _taken(evs, "Minova")


@pytest.mark.parametrize(
    "body",
    [
        "Police entered Marawi on Monday.",
        "Soldiers entered Marawi on Monday.",
        "After clashes with insurgents, aid workers entered Marawi on Monday.",
        "The insurgents could take Marawi within days.",
        "The insurgents took Marawi's mayor hostage on Monday.",
        "The minister took Marawi by surprise with his visit on Monday.",
    ],
)
def test_near_misses_take_no_town(extract: Extract, body: str) -> None:
    assert not real(extract(body), "192")
