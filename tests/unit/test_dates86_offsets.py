"""newuser92's classes of event dates given finer or surer than the text allows, in our own
sentences: a count of weeks after a dated act (an approximate offset: the week it lands in),
"a year ago" (DCT - P1Y: its month, not the calendar year), and a state's spoken answer to
an act of force told with no date of its own (after it, up to publication, inferred)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2025-11-05\n{body}", path="t"))


def _by_code(events: list[Event], root: str) -> Event:
    return next(e for e in events if (e.event_code or e.event_type.code).startswith(root))


def test_weeks_after_a_dated_act_is_that_week(read: Read) -> None:
    events = read(
        "Gunmen killed nine people in Goma on Tuesday. The attack came three weeks "
        "after rival leaders signed a truce in Kinshasa."
    )
    signed = _by_code(events, "08")
    assert (signed.date_start, signed.date_end) == (date(2025, 10, 13), date(2025, 10, 19))
    assert signed.when.precision == 2


def test_near_miss_days_after_a_dated_act_keep_the_day(read: Read) -> None:
    events = read(
        "Gunmen killed nine people in Goma on Tuesday. The attack came three days "
        "after rival leaders signed a truce in Kinshasa."
    )
    signed = _by_code(events, "08")
    assert (signed.date_start, signed.when.precision) == (date(2025, 11, 1), 1)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("A year ago", date(2024, 11, 1), date(2024, 11, 30)),
        ("One year ago", date(2024, 11, 1), date(2024, 11, 30)),
    ],
)
def test_a_year_ago_is_that_month(read: Read, phrase: str, start: date, end: date) -> None:
    events = read(f"{phrase}, floods in the same district killed nine people.")
    assert [(e.date_start, e.date_end, e.when.precision) for e in events] == [(start, end, 3)]


@pytest.mark.parametrize(
    ("phrase", "year"), [("Three years ago", 2022), ("More than a year ago", 2024)]
)
def test_near_miss_other_counts_of_years_keep_the_year(read: Read, phrase: str, year: int) -> None:
    events = read(f"{phrase}, floods in the same district killed nine people.")
    assert [(e.date_start, e.date_end) for e in events] == [(date(year, 1, 1), date(year, 12, 31))]


def test_a_state_s_appeal_after_an_attack_is_inferred_after_it(read: Read) -> None:
    events = read(
        "Rebels attacked an army base in Kidal on Sunday, killing five soldiers. Mali's "
        "government asked Algeria to resume talks with the rebel alliance."
    )
    asked = _by_code(events, "02")
    assert asked.date_start == date(2025, 11, 2)
    assert asked.date_end == date(2025, 11, 5)
    assert "date_inferred" in asked.flags


def test_near_miss_the_attacker_s_own_words_stay_unchanged(read: Read) -> None:
    events = read(
        "Rebels attacked an army base in Kidal on Sunday, killing five soldiers. The rebels "
        "asked Algeria to resume talks."
    )
    asked = [e for e in events if (e.event_code or e.event_type.code).startswith("02")]
    assert all("date_inferred" not in e.flags for e in asked)


def test_hours_later_counts_from_the_last_act_done_not_a_plan(read: Read) -> None:
    events = read(
        "Gunmen attacked a checkpoint in Gao on Monday. More troops will be flown to Gao "
        "next week.\n\nA second checkpoint in Menaka was attacked hours later, officials said."
    )
    second = next(e for e in events if "Menaka" in e.summary)
    assert "planned" not in second.flags
    assert second.date_start == date(2025, 11, 3)


def test_near_miss_a_future_later_still_counts_from_the_plan(read: Read) -> None:
    events = read(
        "Leaders will meet in Accra on Monday. Two days later, they will sign a trade pact."
    )
    signed = [e for e in events if "sign" in e.summary.lower()]
    assert signed
    assert all(e.date_start == date(2025, 11, 12) for e in signed)


def test_a_state_since_a_past_happening_is_no_act_of_this_week(read: Read) -> None:
    events = read("About 800 peacekeepers have been deployed in the valley since the 2008 war.")
    assert [e.date_start for e in events if "undated" not in e.flags] == []


def test_near_miss_a_state_since_a_day_keeps_that_day(read: Read) -> None:
    events = read("About 800 troops have been deployed in the valley since Monday.")
    assert [e.date_start for e in events] == [date(2025, 11, 3)]
