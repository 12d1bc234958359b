"""Fix128 (session 92): roots, dates and places earlier readers left open, each on sentences
written for these tests. Publication is a Thursday, 2026-06-18 (``reading.PUB``)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB_WEEK = date(2026, 6, 12)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ------------------------------------------------ "The X followed the June vote": X's month


def test_the_act_that_followed_a_modified_months_vote_is_not_dated_in_that_month(
    extract: Extract,
) -> None:
    # a month after "a contested" premodifies "referendum" (Quirk 17.104); the definite
    # "The shooting" only ordered after it: not dated in the referendum's month
    events = extract("The shooting followed a contested August referendum.")
    shots = rooted(events, "18", "19")
    assert shots
    assert all(e.when.start >= PUB_WEEK for e in shots)


def test_the_ambush_that_followed_the_bitter_october_ballot_is_not_dated_then(
    extract: Extract,
) -> None:
    events = extract("The ambush followed the bitter October ballot.")
    ambushes = rooted(events, "18", "19")
    assert ambushes
    assert all(e.when.start.month != 10 for e in ambushes)


def test_protests_told_after_a_months_vote_keep_the_span_after_it(extract: Extract) -> None:
    # no definite subject: "Riots followed the April vote" tells riots after April (TLINK)
    events = extract("Riots followed the April vote.", pub="2026-11-05")
    riots = rooted(events, "14", "18")
    assert riots
    assert all(e.when.start < date(2026, 10, 1) for e in riots)


def test_a_month_after_a_preposition_still_dates_the_act(extract: Extract) -> None:
    events = extract("The rebels shelled the port in March.")
    shells = rooted(events, "19", "18")
    assert shells
    assert all(e.when.start.month == 3 for e in shells)


# ------------------------------------------------ a date inside a zero relative


def test_a_date_in_a_gapped_relative_after_an_after_clause_is_not_the_arrests(
    extract: Extract,
) -> None:
    # "the census he had pledged to run in January": January is the census's (Quirk 17.15,
    # a zero relative), not the governor's cancelling nor the arrest
    events = extract(
        "Troops detained the governor after he cancelled the census he had pledged to run "
        "in January."
    )
    arrests = rooted(events, "17")
    assert arrests
    assert all(e.when.start.month != 1 for e in arrests)


def test_the_after_clauses_own_date_still_bounds_the_arrest(extract: Extract) -> None:
    events = extract("Troops detained the governor after he cancelled the census on May 4.")
    arrests = rooted(events, "17")
    assert arrests
    assert all(e.when.start >= date(2026, 5, 4) for e in arrests)
    assert all(e.when.start < PUB_WEEK for e in arrests)


# ------------------------------------------------ taken to a police station: an arrest


def test_a_person_taken_to_a_police_station_over_a_speech_is_arrested(extract: Extract) -> None:
    # CAMEO §173: held by the police; the war in the speech's content is no fight of the day
    events = extract(
        "The journalist was taken to a police station over a column in which she warned "
        "the province would face civil war if the count was annulled."
    )
    assert rooted(events, "17")
    assert not [e for e in rooted(events, "19") if "planned" not in e.flags]


def test_food_carried_to_a_police_station_is_no_arrest(extract: Extract) -> None:
    events = extract("Relief workers took food to the police station.")
    assert not rooted(events, "17")


# ------------------------------------------------ a takeover announced by armed forces


def test_officers_announcing_their_coup_on_radio_seize_power(extract: Extract) -> None:
    # read as "officers announced that they had seized power" is (§190), never §087
    events = extract("Army officers announced a coup on national radio.")
    assert rooted(events, "19")
    assert not rooted(events, "087")


def test_an_inquiry_into_a_coup_announced_by_the_army_is_no_coup(extract: Extract) -> None:
    events = extract("The army announced an investigation into the coup.")
    assert not rooted(events, "19")


def test_a_firms_takeover_announced_is_no_seizure_of_power(extract: Extract) -> None:
    events = extract("The airline announced the takeover of a regional carrier.")
    assert not rooted(events, "19")
