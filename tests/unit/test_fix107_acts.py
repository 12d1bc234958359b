"""Session 88, fix107 (the lead's and newuser99's repros): acts the reader merged, misplaced
or misread. Sentences written for these tests, with other names, places and topics."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Interior Minister Jane Okafor banned the rallies. "
        "Okafor had banned a march in the capital on Monday.",
        "Later that evening, Governor Amos Kiprono declared a curfew. "
        "Kiprono had declared a state of emergency on Monday.",
    ],
)
def test_a_past_perfect_act_of_the_same_person_is_another_act(extract: Extract, body: str) -> None:
    monday = date(2026, 6, 15)
    cards = [e for e in extract(body) if code(e).startswith("17")]
    assert len(cards) == 2
    # Monday is the earlier act's day alone
    assert [e.when.start for e in cards].count(monday) == 1


def test_a_past_perfect_under_a_saying_may_tell_the_act_again(extract: Extract) -> None:
    body = (
        "Interior Minister Jane Okafor banned the rallies. "
        "A spokesman said Okafor had banned them on Monday."
    )
    assert len([e for e in extract(body) if code(e).startswith("17")]) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Two judges resigned their posts in protest at the ruling.",
        "The health minister resigned to protest the budget cuts.",
        "Several Chilean diplomats have resigned in protest.",
    ],
)
def test_a_resignation_in_protest_is_dissent_not_a_concession(extract: Extract, body: str) -> None:
    assert [code(e) for e in extract(body)] == ["140"]


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister resigned after weeks of protests.",
        "The finance minister quit on Monday.",
    ],
)
def test_a_resignation_without_protest_stays_a_change_of_leadership(
    extract: Extract, body: str
) -> None:
    assert [code(e) for e in extract(body)] == ["0831"]


def test_a_state_protest_stays_an_official_complaint(extract: Extract) -> None:
    assert [code(e) for e in extract("The Peruvian ambassador protested the arrest.")] == ["114"]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Pirates landed by helicopter on the freighter Blue Heron and sailed it to Eyl.", "181"),
        ("Navy commandos landed on the tanker by helicopter on Monday.", "171"),
    ],
)
def test_landing_on_a_ship_boards_it(extract: Extract, body: str, want: str) -> None:
    assert [code(e) for e in extract(body)] == [want]


@pytest.mark.parametrize(
    "body",
    [
        "Rebel fighters landed by boat on the island on Monday.",
        "Marines landed on the beach on Monday.",
    ],
)
def test_landing_on_land_stays_a_deployment(extract: Extract, body: str) -> None:
    assert [code(e) for e in extract(body)] == ["154"]


def test_a_past_perfect_in_a_that_clause_is_no_act_of_its_own(extract: Extract) -> None:
    body = (
        "Interior Minister Jane Okafor banned the rallies. "
        "Okafor repeated charges that the organisers had banned journalists on Monday."
    )
    assert len([e for e in extract(body) if code(e).startswith("17")]) <= 1
