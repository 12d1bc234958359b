"""newuser92's date faults as classes, in our own sentences: a time phrase inside what a
second verb of saying reports ("and said X would … next week") dates that clause's act, not
the first act; "the day before" opening a joined clause counts back from the day of the
clause before it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]
PUB = date(2025, 11, 5)  # a Wednesday


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _by_code(events: list[Event], root: str) -> Event:
    return next(e for e in events if (e.event_code or e.event_type.code).startswith(root))


def test_reported_plan_date_leaves_the_first_act(read: Read) -> None:
    events = read(
        "The governor thanked the rescue teams and said two more helicopters would be "
        "flown to Nsanje next week."
    )
    thanked = _by_code(events, "05")
    assert thanked.date_end <= PUB
    assert "date_conflict" not in thanked.flags


def test_near_miss_first_act_with_its_own_day(read: Read) -> None:
    events = read(
        "The governor thanked the rescue teams on Tuesday and said two more helicopters "
        "would be flown to Nsanje next week."
    )
    thanked = _by_code(events, "05")
    assert (thanked.date_start, thanked.date_end) == (date(2025, 11, 4), date(2025, 11, 4))


def test_near_miss_day_of_the_saying_itself(read: Read) -> None:
    events = read(
        "The governor thanked the rescue teams and said on Monday that more helicopters would come."
    )
    thanked = _by_code(events, "05")
    assert (thanked.date_start, thanked.date_end) == (date(2025, 11, 3), date(2025, 11, 3))


def test_the_day_before_in_a_joined_clause(read: Read) -> None:
    events = read(
        "On Friday night, the regime closed a newspaper in Bamako, and the day before it "
        "had arrested three reporters."
    )
    arrest = _by_code(events, "173")
    assert (arrest.date_start, arrest.date_end) == (date(2025, 10, 30), date(2025, 10, 30))


def test_near_miss_weekday_in_a_joined_clause(read: Read) -> None:
    events = read(
        "On Friday night, the regime closed a newspaper in Bamako, and on Thursday it "
        "had arrested three reporters."
    )
    arrest = _by_code(events, "173")
    assert (arrest.date_start, arrest.date_end) == (date(2025, 10, 30), date(2025, 10, 30))
