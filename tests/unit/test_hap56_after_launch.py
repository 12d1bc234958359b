"""A launch or drill told in an "after" clause with its own day (hap56, issue 16's reading
faults): like force, it is done, so a happening of its own (CAMEO 1.1b3 §150) dated by its
clause's day, beside the reaction that followed it. A launch only threatened or planned, or a
clause with no day and no reaction, gives none. Every sentence here was written for these
tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2024-03-06\n\n" + body, path="t"))


def _launches(events: list[Event]) -> list[Event]:
    return [e for e in events if (e.event_code or e.event_type.code) == "150"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan and South Korea asked for a Security Council session after the missile fell"
        " about 150 kilometres off Sado island on Sunday.",
        "Tokyo lodged a protest on Monday after Pyongyang fired a ballistic missile on Sunday.",
    ],
)
def test_a_launch_in_an_after_clause_is_a_happening_of_its_day(extract: Extract, text: str) -> None:
    events = extract(text)
    launches = _launches(events)
    assert len(events) == 2
    assert len(launches) == 1
    assert launches[0].date_start == launches[0].date_end == date(2024, 3, 3)


def test_the_launch_keeps_its_own_side(extract: Extract) -> None:
    text = "Tokyo lodged a protest on Monday after Pyongyang fired a ballistic missile on Sunday."
    (launch,) = _launches(extract(text))
    assert launch.roles.source == "North Korea"


def test_a_drill_in_an_after_clause_is_read_too(extract: Extract) -> None:
    text = "Beijing voiced anger on Tuesday after the two navies held joint drills on Monday."
    (drill,) = _launches(extract(text))
    assert drill.date_start == date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        # a threat of a launch is no launch done
        "Tokyo lodged a protest on Monday after Pyongyang threatened to fire missiles.",
        # a launch clause as the cause of a toll is left to the force rules
        "Two fishermen were hurt when a rocket landed near their boat on Sunday.",
    ],
)
def test_no_launch_done_gives_no_launch(extract: Extract, text: str) -> None:
    assert not _launches(extract(text))
