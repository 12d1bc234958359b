"""Faults the lead found reading news of its own (session 92). See docs/history/reading.md,
session 92. Sentences written for these tests; each rule has near misses that must not change.

1. "The two countries fought a war in 2009" after "Rutte spoke with Orban" made the two
   people the war's sides: "the two countries" takes up a pair only when both sides have a
   state, two of them (``pair_anaphor``).
2. "The council, which seized power in 2021, has broken with Paris" made France the coup's
   target and place: a trigger inside a non-restrictive relative aside has the aside for its
   clause (``relative_sides.within_aside``).
3. "Lima turned to Brazil for help" was no appeal, and the help's purpose ("against the
   insurgency") was read as a war by Brazil: "turn to X for help" asks X for aid (§023).
4. "Quito reported that shelling resumed" made Ecuador the shelling's source: a reporting
   verb before "that" opens a report, as "said" does (``attribution.leading_speaker``).
5. "Austria freed a Serbian man jailed for a 2018 arson attack in Graz" placed the release at
   Graz: a place inside the crime a judicial act is done for is the crime's
   (``crime_places``).
6. "The protests were sparked by a fire on Thursday at a dormitory in Batumi" made a second
   protest, in Batumi on Thursday: the date and places after a passive of causing's "by" are
   the cause's (``date_clauses.CAUSED_BY``).
7. "Pirates have seized 12 ships since May, saying they act for fishermen in Somalia" was
   placed in Somalia through "fishermen"'s country: the names in a participle of saying
   after the act are what was said (``own_clause.said_stretch``).
8. "Rebels staged a raid on 3 May" was hidden as hypothetical (fix127 found it): the month
   after an event noun was read as the modal "may" (``weighing._modal_after``).
9. "A boat carrying migrants broke apart off Calabria, killing 63" was a §190 fight: a boat
   that breaks apart or up is a shipwreck (``data/events/hazards.csv``).
"""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, hazard_codes, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _sides(events: list[Event]) -> set[str]:
    return {n for e in events for n in (e.roles.source, e.roles.target) if n is not None}


def test_two_countries_after_two_people_names_no_one(extract: Extract) -> None:
    # Blinken is read with no state of his own: "the two countries" is no pair of them
    body = (
        "Secretary of State Antony Blinken spoke by phone with Prime Minister Viktor Orban on "
        "Monday.\n\nThe two countries fought a border war in 1921 that killed 300 people."
    )
    wars = [e for e in rooted(extract(body), "19") if e.when.start.year == 1921]
    assert wars
    assert not _sides(wars) & {"Antony Blinken", "Viktor Orban"}


def test_two_countries_after_two_states_are_those_states(extract: Extract) -> None:
    body = "Peru accused Ecuador of shelling a border post on Monday. The two countries fought a war in 1995."
    wars = [e for e in rooted(extract(body), "19") if e.when.start.year == 1995]
    assert wars
    assert _sides(wars) == {"Peru", "Ecuador"}


@pytest.mark.parametrize(
    "body",
    [
        "The junta, which seized power in 2021, has broken with France.",
        "The army, which seized power in 2022, has broken with Belgium.",
    ],
)
def test_an_aside_act_takes_no_side_or_place_from_the_main_clause(
    extract: Extract, body: str
) -> None:
    coups = [e for e in rooted(extract(body), "19") if e.when.start.year in (2021, 2022)]
    assert coups
    for e in coups:
        assert not _sides([e]) & {"France", "Belgium"}
        assert (
            e.location is None
            or e.location.place is None
            or (e.location.place.country_code not in ("FR", "BE"))
        )


def test_an_aside_before_the_main_act_keeps_its_own_place_and_day(extract: Extract) -> None:
    # near miss: what the aside itself names stays its act's
    body = "The rebels, who attacked Bunia in January, have since withdrawn."
    attacks = rooted(extract(body), "19")
    assert attacks
    assert attacks[0].when.start.month == 1
    assert where(attacks[0])[0] == "Bunia"


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Chad turned to France for help against the insurgency on Monday.", "France"),
        ("Kenya turned to the IMF for a loan on Monday.", "IMF"),
    ],
)
def test_turning_to_a_state_for_help_is_an_appeal(extract: Extract, body: str, target: str) -> None:
    events = extract(body)
    appeals = real(events, "023")
    assert appeals
    assert appeals[0].roles.target == target
    assert not real(events, "19")  # the help's purpose is no war of the helper's


@pytest.mark.parametrize("body", ["The debate turned to the budget.", "The rally turned violent."])
def test_turning_without_help_asks_nothing(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "023")


@pytest.mark.parametrize("verb", ["reported", "announced", "claimed", "confirmed"])
def test_a_reporter_before_that_is_no_side(extract: Extract, verb: str) -> None:
    body = f"Ecuador {verb} that shelling near Tumbes resumed within hours."
    fights = rooted(extract(body), "19")
    assert fights
    assert all(e.roles.source != "Ecuador" for e in fights)


def test_an_announcement_with_no_that_is_its_own_act(extract: Extract) -> None:
    events = extract("Ecuador announced a ceasefire on Monday.")
    assert any(code(e).startswith("08") and e.roles.source == "Ecuador" for e in events)


@pytest.mark.parametrize(
    ("body", "root", "crime_town"),
    [
        ("Austria freed a Serbian man jailed for a 2018 arson attack in Graz.", "0841", "Graz"),
        (
            "Italy extradited a Belgian suspect in a 2020 murder in Antwerp on Monday.",
            "063",
            "Antwerp",
        ),
        (
            "Hungary released a Slovak driver serving a sentence for a 2017 killing in Debrecen.",
            "0841",
            "Debrecen",
        ),
    ],
)
def test_a_crime_told_as_grounds_places_nothing(
    extract: Extract, body: str, root: str, crime_town: str
) -> None:
    acts = rooted(extract(body), root)
    assert acts
    assert all(where(e)[0] != crime_town for e in acts)


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # the act's own place, told before the grounds, stays
        ("Police in Graz arrested a man wanted for a 2019 attack in Linz.", "Graz"),
        # a raid is where its arrests are: "in" opens no grounds
        ("Police arrested 20 people in a raid in Linz on Monday.", "Linz"),
    ],
)
def test_the_acts_own_place_stays(extract: Extract, body: str, town: str) -> None:
    arrests = rooted(extract(body), "173")
    assert arrests
    assert where(arrests[0])[0] == town


def test_a_cause_after_sparked_by_dates_and_places_only_itself(extract: Extract) -> None:
    body = (
        "Thousands of students protested in Tbilisi over the weekend. The protests were "
        "sparked by a fire on Thursday at a dormitory in Batumi that killed four students."
    )
    protests = rooted(extract(body), "14")
    assert protests
    assert all(where(e)[0] != "Batumi" for e in protests)
    assert all(e.when.start.isoweekday() != 4 for e in protests)  # never Thursday's


def test_a_passive_of_causing_told_alone_is_not_placed_at_its_cause(extract: Extract) -> None:
    body = "The protests in Tbilisi were sparked by a fire in Batumi on Tuesday."
    protests = rooted(extract(body), "14")
    assert protests
    assert all(where(e)[0] != "Batumi" for e in protests)
    assert all(e.when.start.isoweekday() != 2 for e in protests)  # Tuesday is the fire's


def test_names_in_a_participle_of_saying_place_nothing(extract: Extract) -> None:
    body = (
        "The Houthis have attacked 40 tankers since March, saying they act in solidarity "
        "with Lebanese civilians."
    )
    fights = rooted(extract(body), "19")
    assert fights
    assert all(where(e)[1] != "LB" for e in fights)


def test_a_place_of_the_act_before_the_saying_stays(extract: Extract) -> None:
    body = "Rebels shelled Goma on Monday, saying the army had attacked Lebanese traders."
    fights = rooted(extract(body), "19")
    assert fights
    assert where(fights[0])[0] == "Goma"


@pytest.mark.parametrize(
    "body",
    ["Rebels staged a raid on 3 May.", "Militants launched an attack in May 2021."],
)
def test_the_month_may_is_no_modal(extract: Extract, body: str) -> None:
    assert real(extract(body), "18", "19")


def test_a_modal_after_an_event_noun_still_speculates(extract: Extract) -> None:
    assert not real(extract("A rebel raid may follow within days."), "18", "19")


@pytest.mark.parametrize(
    "body",
    [
        "A fishing boat broke apart in heavy seas off Crete on Sunday, killing 12 people.",
        "The overloaded ferry broke up on a reef near Zanzibar on Monday.",
    ],
)
def test_a_boat_that_breaks_apart_is_a_shipwreck(extract: Extract, body: str) -> None:
    events = extract(body)
    assert "DIS-SHIPWRECK" in hazard_codes(events)
    assert not real(events, "19", "18")


@pytest.mark.parametrize(
    "body", ["Police broke up the rally in Athens on Monday.", "The coalition broke apart in May."]
)
def test_other_breaking_up_is_no_shipwreck(extract: Extract, body: str) -> None:
    assert "DIS-SHIPWRECK" not in hazard_codes(extract(body))
