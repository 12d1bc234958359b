"""A date told before a verb of saying dates the saying, not the act its complement clause
tells, when that clause has a date of its own (dates88, ``complement_dates``): "The union on
Monday issued a statement saying it had met the owners in August" is a meeting in August.
Sentences written for these tests."""

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


def _span(events: list[Event], root: str) -> tuple[date, date]:
    ev = next(e for e in events if (e.event_code or e.event_type.code).startswith(root))
    return ev.date_start, ev.date_end


# ---------------------------------------------------------------- positives (fail on main)


def test_month_in_the_complement_dates_the_meeting(read: Read) -> None:
    events = read(
        "The miners' union on Monday issued a statement saying it had met the mine owners "
        "in Johannesburg in August."
    )
    assert _span(events, "04") == (date(2025, 8, 1), date(2025, 8, 31))


def test_month_in_the_complement_dates_the_arrest(read: Read) -> None:
    events = read(
        "Opposition leaders on Friday issued a letter saying police had arrested their "
        "spokesman in September."
    )
    assert _span(events, "17") == (date(2025, 9, 1), date(2025, 9, 30))


def test_last_month_in_a_posted_claim(read: Read) -> None:
    events = read(
        "The coalition on Friday posted a video saying its fighters had shelled the airport "
        "last month."
    )
    assert _span(events, "19") == (date(2025, 10, 1), date(2025, 10, 31))


# ---------------------------------------------------------------- near misses (pass on both)


def test_near_miss_no_date_in_the_complement(read: Read) -> None:
    events = read(
        "The miners' union on Monday issued a statement saying it had met the mine owners "
        "in Johannesburg."
    )
    assert _span(events, "04") == (date(2025, 11, 3), date(2025, 11, 3))


def test_near_miss_act_before_the_saying(read: Read) -> None:
    # the arrest is the main verb's, before "saying": its own day, not the complement's month
    events = read(
        "Police in Maseru arrested the union spokesman on Monday, saying he had threatened "
        "the governor in September."
    )
    assert _span(events, "17") == (date(2025, 11, 3), date(2025, 11, 3))
