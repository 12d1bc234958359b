"""Confident wrong cards a fresh user found (test 84), mended by general rules; the sentences
are written for these tests. Aircraft sent "to strike" are the strike (CAMEO 1.1b3 §195), not
military aid; pots and pans banged are a protest (§141) told in the past; rebels of any name
who burn a building destroy property (§1712); a volcano named by its mountain on "the island
of X" erupts (EM-DAT); an act a party "was suspected of" in an "after" clause stays possible
(FactBank PS)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2026, 3, 10)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Turkey sent warplanes to bomb militant hideouts near the border on Sunday.", "195"),
        ("The government dispatched fighter jets to attack rebel bases in the north.", "195"),
        ("Residents banged pots and pans in the capital on Friday night, witnesses said.", "141"),
        ("Separatists torched a police station in the western town on Monday.", "1712"),
        ("Guerrilla fighters set fire to a bus near the river on Sunday.", "1712"),
    ],
)
def test_act_coded(extract: Extract, sentence: str, code: str) -> None:
    assert code in codes(extract(sentence))


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Turkey sent warplanes to bomb militant hideouts near the border on Sunday.", "072"),
        ("Separatist fighters burned a clinic on Monday, days after announcing a curfew.", "1723"),
        (
            "Mount Kanlaon on the Philippine island of Negros erupted on Friday, forcing "
            "thousands of villagers to flee.",
            "170",
        ),
    ],
)
def test_wrong_code_gone(extract: Extract, sentence: str, wrong: str) -> None:
    assert wrong not in codes(extract(sentence))


def test_eruption_on_the_island_of(extract: Extract) -> None:
    events = extract(
        "Mount Semeru on the Indonesian island of Java erupted on Saturday, sending ash "
        "high into the sky and forcing the evacuation of 2,000 people."
    )
    assert codes(events) == ["DIS-VOLCANO"]


def test_banged_pots_dated_in_the_past(extract: Extract) -> None:
    (event,) = extract("Residents banged pots and pans in the capital on Saturday night.")
    assert event.date_start == date(2026, 3, 7)
    assert "planned" not in event.flags


def test_suspected_of_in_after_clause_is_hypothetical(extract: Extract) -> None:
    events = extract(
        "The alliance began naval patrols last week after a freighter was suspected of "
        "damaging a data cable between Sweden and Latvia on January 26."
    )
    cut = [e for e in events if (e.event_code or "").startswith("17")]
    assert cut
    assert all("hypothetical" in e.flags for e in cut)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # near misses that keep their code: jets sent to a party are aid, troops sent a build-up
        ("Russia sent fighter jets to Belarus on Monday.", "072"),
        ("Police seized rifles and grenades in the port on Friday, prosecutors said.", "171"),
    ],
)
def test_near_miss_kept(extract: Extract, sentence: str, code: str) -> None:
    assert code in codes(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The chef banged a pot in the kitchen on Friday.",
        "Ministers meet and talk in the capital on Friday.",
    ],
)
def test_near_miss_no_protest(extract: Extract, sentence: str) -> None:
    assert "141" not in codes(extract(sentence))


def test_freighter_that_damaged_stays_asserted(extract: Extract) -> None:
    events = extract(
        "The alliance began naval patrols last week after a freighter damaged a data cable "
        "between Sweden and Latvia on January 26."
    )
    assert not any("hypothetical" in e.flags for e in events)
