"""Reading faults a fresh user found (session 94, fix144). See docs/history/reading.md,
session 94: fix144. Sentences written for these tests; each rule has a near miss that must
not change. Articles are read as published on Thursday 2026-06-18 (Monday is the 15th).

1. A date inside the complement of a participle of saying after the act (", saying its
   troops had fired back after gunmen struck a post on Monday") dated the act; it is the
   reported act's (``complement_dates.in_said_participle``). A date right after the
   participle (", saying on Monday that …") still dates the act.
2. A date in a "which began / took place" relative on a verb's object ("claimed the
   bombing, which began on 3 June") dated the claim; it is the object's happening's
   (``date_clauses.in_object_onset``). A noun trigger's own relative keeps it.
3. "The minister said the tariffs were an attack on the whole nation" gave a §190: a measure
   said to be "an attack on" a good (democracy, the nation) is judged, §111 (a cameo.csv
   "be * a|an * attack on" row beside the "call … an attack on" one).
4. "The X dam, operated by a power utility, collapsed …, killing 12 people" was a §190: the
   hazards.csv dam row now lets an aside set off by commas stand between the dam and its
   verb, as the bare "the X dam collapsed" is read (DIS-FLOOD).
5. "The president declared a national emergency" gave no card: a national emergency
   declared is a state of emergency, §1724 (the cameo.csv row's objects).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real

MONDAY = date(2026, 6, 15)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_date_in_a_saying_participle_is_not_the_denial(extract: Extract) -> None:
    body = (
        "The army dismissed the charge, saying its soldiers had only fired back after "
        "gunmen attacked a checkpoint on Monday."
    )
    denials = real(extract(body), "01")
    assert denials
    assert all(e.when.start != MONDAY for e in denials)


def test_a_date_right_after_the_participle_still_dates_the_act(extract: Extract) -> None:
    body = "The army dismissed the charge, saying on Monday that no soldiers had crossed."
    denials = real(extract(body), "01")
    assert denials
    assert {e.when.start for e in denials} == {MONDAY}


def test_the_onset_of_a_claimed_attack_is_not_the_claim(extract: Extract) -> None:
    body = "A hacker group claimed the attack, which began on 3 June, after its managers refused to pay."
    claims = real(extract(body), "015")
    assert claims
    assert all(e.when.start != date(2026, 6, 3) for e in claims)


def test_a_date_after_the_relative_still_dates_the_claim(extract: Extract) -> None:
    body = "A hacker group claimed the attack, which began on 3 June, on Monday."
    claims = real(extract(body), "015")
    assert claims
    assert {e.when.start for e in claims} == {MONDAY}


@pytest.mark.parametrize(
    "said",
    [
        "The senator said the new tariffs were an attack on the entire country.",
        "The union said the strike ban was an assault on democracy.",
    ],
)
def test_a_measure_said_to_be_an_attack_on_a_good_is_judged_not_force(
    extract: Extract, said: str
) -> None:
    events = extract(said)
    assert not real(events, "18", "19")
    assert real(events, "111")


def test_a_real_attack_on_a_target_keeps_its_force(extract: Extract) -> None:
    events = extract("Rebels launched an attack on the army base on Monday.")
    assert real(events, "19")


def test_a_dam_with_an_aside_that_gave_way_is_a_flood(extract: Extract) -> None:
    body = (
        "The Kariba dam, operated by a state power utility, collapsed above the village of "
        "Siavonga in 2018, killing 12 people."
    )
    events = extract(body)
    assert not real(events, "18", "19")
    assert any(code(e) == "DIS-FLOOD" for e in events)


def test_gunmen_bursting_into_a_house_near_a_dam_is_no_flood(extract: Extract) -> None:
    events = extract("Near the dam, gunmen burst into a house and killed two farmers.")
    assert not any(code(e) == "DIS-FLOOD" for e in events)


@pytest.mark.parametrize(
    ("body", "cards"),
    [
        ("The prime minister declared a national emergency over the floods on Monday.", 1),
        ("The opposition said the floods were a national emergency.", 0),  # no declaration
    ],
)
def test_a_national_emergency_declared_is_a_state_of_emergency(
    extract: Extract, body: str, cards: int
) -> None:
    assert len(real(extract(body), "1724")) == cards
