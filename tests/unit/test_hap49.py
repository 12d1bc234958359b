"""hap49's reading rules, each on sentences written for these tests.

- A named area whose extent leaves out the town it is told from is where the act was: "on
  Snake Island, south of Odesa" puts it on the island (ACLED: the most specific named place).
- A country after "in" and a compass word is the act's place ("in western Belarus").
- A quake named with its magnitude and the definite article has happened ("a day after the
  6.8-magnitude quake"; USGS Earthquake Glossary, magnitude).
- An "after" clause's act with a day of its own is read though the main clause names neither
  an act nor a day ("shops were shut a day after rebels attacked the town on 3 June").
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_an_island_told_from_a_town_outside_it_is_the_place(extract: Extract) -> None:
    text = "Russian warships shelled Snake Island, south of Odesa, on Monday, the navy said."
    events = real(extract(text), "19")
    assert events
    assert all(where(e) == ("Snake Island", "UA") for e in events)


def test_an_island_told_from_a_town_a_distance_away_is_the_place(extract: Extract) -> None:
    text = "Gunmen attacked a fishing camp on Snake Island, 130 km south-west of Odesa, on Monday."
    events = real(extract(text), "18", "19")
    assert events
    assert all(where(e)[0] == "Snake Island" for e in events)


def test_a_town_inside_the_area_still_refines_it(extract: Extract) -> None:
    # near miss: Palermo lies in Sicily, so "near Palermo" is finer than the island
    text = "Protesters clashed with police in Sicily near Palermo on Monday."
    events = real(extract(text), "14", "17", "18", "19")
    assert events
    assert all(where(e)[0] == "Palermo" for e in events)


def test_a_country_is_still_refined_by_a_town_near_which_it_happened(extract: Extract) -> None:
    # near miss: a country's box is not read ("struck near a town in a country")
    text = "An air strike hit a convoy near Kharkiv in Ukraine on Monday."
    events = real(extract(text), "19")
    assert events
    assert all(where(e)[0] == "Kharkiv" for e in events)


# ---------------------------------------------------------------- "in northern X"


def test_a_country_after_in_and_a_compass_word_is_the_place(extract: Extract) -> None:
    text = "Russia and Belarus held joint drills in western Belarus on Tuesday."
    events = real(extract(text), "06", "15")
    assert events
    assert all(where(e)[1] == "BY" for e in events)


def test_strikes_in_two_countries_are_placed_in_the_first_named(extract: Extract) -> None:
    # as "in Syria and Iraq" already was: the list shares its "in" and its compass word
    text = "Turkish jets struck militant camps in northern Syria and northern Iraq on Sunday."
    events = real(extract(text), "19")
    assert events
    assert all(where(e)[1] == "SY" for e in events)


def test_countries_agreeing_are_still_parties_not_a_place(extract: Extract) -> None:
    # near miss: no "in" before them
    events = extract("Japan and South Korea agreed on Tuesday to hold talks in the spring.")
    assert events
    assert all(where(e) == (None, None) for e in events)


# ---------------------------------------------------------------- "the 6.8-magnitude quake"


def test_a_quake_named_with_its_magnitude_after_a_day_after_is_read(extract: Extract) -> None:
    text = "Factories reopened on Thursday, a day after the magnitude 6.1 quake."
    events = real(extract(text), "DIS-QUAKE")
    assert events
    assert all(e.when.start == e.when.end == date(2026, 6, 17) for e in events)


def test_a_company_back_at_work_after_the_measured_quake_tells_it(extract: Extract) -> None:
    text = (
        "The chipmaker said on Thursday its plants were running again, a day after the "
        "6.8-magnitude earthquake off the east coast."
    )
    assert real(extract(text), "DIS-QUAKE")


def test_a_quake_with_a_magnitude_that_may_strike_is_no_event(extract: Extract) -> None:
    # near miss: no definite article, and a modal: a forecast
    text = "Experts warned on Monday that a magnitude 8 earthquake could strike the capital."
    assert not real(extract(text), "DIS-QUAKE")


def test_a_quake_scenario_is_no_quake(extract: Extract) -> None:
    # near miss: the measured noun modifies a plan
    text = "Engineers built the tower to withstand the magnitude 8 quake scenario on Monday."
    assert not real(extract(text), "DIS-QUAKE")


# ---------------------------------------------------------------- "a day after X on 3 June"


def test_an_after_clause_with_its_own_day_is_read_beside_a_main_clause_of_none(
    extract: Extract,
) -> None:
    # the main clause names no act and no day; the "after" clause's act has its own day
    events = real(extract("Shops were shut a day after rebels attacked the town on 3 June."), "19")
    assert events
    assert all(e.when.start == e.when.end == date(2026, 6, 3) for e in events)


def test_a_measured_quake_forcing_a_closure_is_dated_by_its_own_clause(extract: Extract) -> None:
    text = (
        "Its plants were running again a day after the 6.8-magnitude earthquake forced it to "
        "close them on 3 June."
    )
    events = real(extract(text), "DIS-QUAKE")
    assert events
    assert all(e.when.start == date(2026, 6, 3) for e in events)


def test_an_after_clause_with_no_day_of_its_own_stays_unread(extract: Extract) -> None:
    # near miss: nothing dates the attack, and the main clause has neither act nor day
    assert not real(extract("Shops were shut a day after rebels attacked the town."), "19")


def test_a_day_past_a_comma_after_a_fronted_after_phrase_is_not_its_own(extract: Extract) -> None:
    # "Thursday" is the main clause's, so the act is not read as the "after" clause's, placed
    # at the bombings' Kenya (the clause's own day must come before any comma)
    text = (
        "Retaliating 13 days after the deadly bombings in Kenya, US forces Thursday launched "
        "missile strikes against camps in Somalia."
    )
    assert all(where(e)[1] != "KE" for e in extract(text))
