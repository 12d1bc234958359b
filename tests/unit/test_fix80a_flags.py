"""A permission a passed rule grants and talks told as expected, from a fresh user's report
(test 80); the sentences are written for these tests (TimeML 1.2.1 §2.3 modal subordination;
ACE 2005 tense Future for expected events)."""

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


def with_root(events: list[Event], roots: tuple[str, ...]) -> list[str]:
    return [c for c in codes(events) if c and c.startswith(roots)]


@pytest.mark.parametrize(
    ("sentence", "roots"),
    [
        # a permission a passed rule grants: its content, no intent
        (
            "Police will be allowed to detain protesters for 48 hours under a law approved by "
            "parliament on Tuesday.",
            ("03", "17"),
        ),
        (
            "The army will be permitted to shoot down drones under legislation passed by "
            "lawmakers on Monday.",
            ("03",),
        ),
    ],
)
def test_misread_act_gives_no_card_of_that_root(
    extract: Extract, sentence: str, roots: tuple[str, ...]
) -> None:
    assert with_root(extract(sentence), roots) == []


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Police were allowed to enter the campus on Monday.", "08"),
        ("Parliament passed a bill on Tuesday allowing the army to shoot down drones.", "08"),
    ],
)
def test_near_miss_keeps_its_root(extract: Extract, sentence: str, root: str) -> None:
    assert with_root(extract(sentence), (root,))


@pytest.mark.parametrize(
    "sentence",
    [
        "Months of coalition talks are expected before a cabinet is formed.",
        "No party won an outright majority, and weeks of negotiations are expected before a "
        "new government takes office.",
        "Talks between the two rival parties are likely before the budget deadline.",
    ],
)
def test_expected_talks_are_planned(extract: Extract, sentence: str) -> None:
    talks = [e for e in extract(sentence) if (e.event_code or "").startswith("04")]
    assert talks
    assert all("planned" in e.flags for e in talks)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two parties held coalition talks on Monday.",
        "Weeks of negotiations ended on Monday with a deal.",
    ],
)
def test_talks_held_stay_done(extract: Extract, sentence: str) -> None:
    talks = [e for e in extract(sentence) if (e.event_code or "").startswith("04")]
    assert talks
    assert not any("planned" in e.flags for e in talks)
