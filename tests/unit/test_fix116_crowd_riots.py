"""Session 90, fix116: a crowd's riot told beside its rally. A part of a crowd named by a
pronoun ("some", "others") after a clause naming the crowd does the riot; a crowd that sets
fire to any property riots (CAMEO 1.1b3 §145); and a riot after a peaceful protest in one
sentence is an act of its own. Sentences written for these tests, on other topics and places
than the user's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract

Codes = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def codes(geoparser: Geoparser) -> Codes:
    """The sorted CAMEO codes of the events of a body read as an article of 2025-06-12."""
    extract = make_extract(geoparser)
    return lambda body: sorted(code(e) for e in extract(body, pub="2025-06-12"))


def test_some_of_a_marching_crowd_who_threw_stones_riot_beside_the_march(codes: Codes) -> None:
    found = codes("Farmers marched through the capital on Monday, and some threw stones at police.")
    assert found == ["141", "145"]


def test_a_pronoun_subject_some_opens_its_own_riot(codes: Codes) -> None:
    assert codes("Some threw bottles at the riot police in Valencia on Monday.") == ["145"]


def test_others_after_a_crowd_who_stormed_a_station_riot(codes: Codes) -> None:
    found = codes(
        "Students rallied in Porto on Tuesday, and in Braga others stormed a police station."
    )
    assert found == ["141", "145"]


def test_youths_who_threw_stones_after_a_march_riot_too(codes: Codes) -> None:
    found = codes("Teachers marched in Lyon on Monday, and youths threw stones at the police.")
    assert found == ["141", "145"]


def test_demonstrators_setting_fire_to_a_home_riot(codes: Codes) -> None:
    assert codes("Demonstrators set fire to the house of a senator on Friday.") == ["145"]


def test_marchers_burning_down_a_shop_riot(codes: Codes) -> None:
    assert codes("Marchers burned down a bakery in Lille on Friday.") == ["145"]


# negatives: what must stay as it was


def test_a_crowd_burning_an_effigy_stays_symbolic_dissent(codes: Codes) -> None:
    assert codes("Protesters set fire to an effigy of the mayor on Friday.") == ["140"]


def test_settlers_burning_a_house_destroy_property(codes: Codes) -> None:
    assert codes("Settlers set fire to a barn near the village on Friday.") == ["1712"]


def test_troops_storming_after_troops_entered_stay_force(codes: Codes) -> None:
    assert "145" not in codes("Troops entered the town on Tuesday, and some stormed the bank.")


def test_some_burned_cars_found_is_no_act(codes: Codes) -> None:
    assert codes("Some burned cars were found near the stadium on Monday.") == []


def test_a_peaceful_march_told_twice_stays_one_act(codes: Codes) -> None:
    assert codes("Nurses marched in Bern on Monday, and some carried banners.") == ["141"]
