"""Faults a new user met (fix86b): a host or witness read as the other signatory, a crowd in
hospital read as a protest, a "without" phrase read as negating the next participle.

Sentences written for these tests; the near misses keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]
PUBLISHED = date(2025, 4, 12)  # a Saturday


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUBLISHED}\n\n{body}", path="t"))


def _code(e: Event) -> str:
    return e.event_code or ""


# 1. a signing between two parties: the host or a witness named after it is no party


@pytest.mark.parametrize(
    "body",
    [
        "The presidents of Kenya and Uganda signed a border treaty in Nairobi on Thursday, "
        "in a ceremony attended by French President Emmanuel Macron.",
        "The prime ministers of Serbia and Hungary signed an energy agreement on Thursday, "
        "after meeting Chinese Premier Li Qiang.",
    ],
)
def test_signing_target_is_the_other_signatory(read: Read, body: str) -> None:
    (signing,) = [e for e in read(body) if _code(e) == "057"]
    assert signing.roles.target_country in {"UG", "HU"}


def test_near_miss_signing_with_a_third_party_keeps_it(read: Read) -> None:
    (signing,) = [
        e
        for e in read("Kenya and Uganda signed a trade agreement with Tanzania on Thursday.")
        if _code(e) == "057"
    ]
    assert signing.roles.target_country == "TZ"


# 2. a crowd noun under a passive of medical care tells no protest


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested three student leaders on Friday. Dozens of protesters and several "
        "officers were treated in hospital.",
        "Police arrested three student leaders on Friday. Four protesters and a policeman were "
        "taken to a hospital.",
    ],
)
def test_crowd_in_hospital_is_no_protest(read: Read, body: str) -> None:
    assert not [e for e in read(body) if _code(e).startswith("14")]


def test_near_miss_crowd_that_marched_is_a_protest(read: Read) -> None:
    events = read("Police arrested three student leaders on Friday. Dozens of protesters marched.")
    assert [e for e in events if _code(e).startswith("14")]


def test_near_miss_crowd_beaten_keeps_the_assault(read: Read) -> None:
    events = read(
        "Police arrested three student leaders on Friday. Four protesters and a policeman were "
        "beaten."
    )
    assert [e for e in events if _code(e).startswith("18")]


# 3. "leaving X without Y and forcing Z": the second participle is no object of "without"


def test_participle_after_without_phrase_is_not_negated(read: Read) -> None:
    (event,) = read(
        "Electricity from Ukraine stopped reaching Moldova on Tuesday, leaving villages without "
        "power and forcing schools to close."
    )
    assert _code(event).startswith("17")
    assert "negated" not in event.flags


def test_near_miss_gerund_inside_without_phrase_stays_negated(read: Read) -> None:
    events = read("The troops crossed the river without firing a shot on Tuesday.")
    assert all("negated" in e.flags for e in events if _code(e).startswith("19"))
