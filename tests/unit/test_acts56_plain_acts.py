"""Plainly told acts that gave no card or a wrong flag (newuser55), redone as general rules
(acts56). Sentences composed for these tests, with near misses that keep their reading:

- declaring an internal armed conflict is CAMEO 1.1b3 §1724 (the closest leaf: emergency
  rule for the armed forces at home); the noun alone, told of a country, is no act;
- an emergency or martial-law decree withdrawn is §0814; a vote to lift or repeal a measure
  is done by the vote (not ``planned``), a vote to act still is;
- a gerund after "of" in a phrase that closes before the clause's verb ("a general
  suspected of plotting a coup was arrested") does not make that verb hypothetical;
- a subject "armed with" its gear still reaches its own past verb (§171 boarding);
- "the army" in a story datelined in its capital and naming no other country or place
  abroad is that state's; a regional bureau or a second country gives none.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(text: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2025-03-22\n\n{text}", path="t"))

    return events


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or "" for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "QUITO — President Lena Ortiz declared an internal armed conflict on Tuesday.",
        "The government proclaimed a non-international armed conflict against the cartels.",
    ],
)
def test_declaring_an_internal_armed_conflict_is_1724(read: Read, text: str) -> None:
    assert "1724" in _codes(read(text))


def test_an_armed_conflict_told_of_a_country_is_no_declaration(read: Read) -> None:
    text = "Analysts said the country was in an internal armed conflict."
    assert "1724" not in _codes(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL — The president rescinded the emergency decree on Wednesday.",
        "The prime minister withdrew the martial law decree on Monday.",
    ],
)
def test_an_emergency_decree_withdrawn_is_0814(read: Read, text: str) -> None:
    assert "0814" in _codes(read(text))


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL — Lawmakers voted to lift martial law on Wednesday.",
        "The assembly voted on Monday to lift the state of emergency.",
    ],
)
def test_a_vote_to_lift_is_the_lifting_done(read: Read, text: str) -> None:
    events = [e for e in read(text) if e.event_code == "0814"]
    assert events
    assert "planned" not in events[0].flags


def test_a_vote_to_act_stays_planned(read: Read) -> None:
    events = read("The parliament voted on Sunday to close the border with its neighbour.")
    assert events
    assert "planned" in events[0].flags


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY — A general suspected of plotting a coup was arrested in Niamey on Thursday.",
        "NIAMEY — A colonel accused of conspiring against the state was arrested on Friday.",
    ],
)
def test_an_of_phrase_suspicion_leaves_the_arrest_a_fact(read: Read, text: str) -> None:
    events = [e for e in read(text) if e.event_code == "173"]
    assert events
    assert "hypothetical" not in events[0].flags


def test_a_plot_that_governs_the_act_keeps_it_hypothetical(read: Read) -> None:
    events = read("Two men were suspected of plotting to bomb the embassy.")
    assert events
    assert "hypothetical" in events[0].flags


@pytest.mark.parametrize(
    "text",
    [
        "MANILA — Chinese coast guard personnel armed with knives and axes boarded Philippine"
        " navy boats near Second Thomas Shoal on Monday.",
        "MANILA — Chinese coast guard personnel, armed with knives, boarded Philippine navy"
        " boats on Monday.",
    ],
)
def test_a_subject_armed_with_gear_reaches_its_verb(read: Read, text: str) -> None:
    events = [e for e in read(text) if e.event_code == "171"]
    assert events
    assert events[0].roles.source == "China"


def test_the_army_under_its_capitals_dateline_is_that_state(read: Read) -> None:
    text = "KHARTOUM — The army said it had retaken the presidential palace on Friday."
    events = [e for e in read(text) if e.event_code == "192"]
    assert events
    assert events[0].roles.source == "Sudan"


@pytest.mark.parametrize(
    "text",
    [
        # a regional bureau: the army may be any state's the story covers
        "NAIROBI — The army said it had retaken the presidential palace in Khartoum on Friday.",
        # a second country named
        "KHARTOUM — The army said it had retaken the presidential palace after talks in Egypt.",
    ],
)
def test_the_army_is_left_unread_for_a_bureau_or_a_second_country(read: Read, text: str) -> None:
    events = [e for e in read(text) if e.event_code == "192"]
    assert events
    assert events[0].roles.source is None
