"""Counted days from a day word, and a company's fiscal quarter (dates55).

Each case is a sentence of our own with the TIMEX3 value a TimeML annotator would write:

- "a week from today", "two days from tomorrow": one TIMEX3 whose value is the day reached
  (TimeML counts from the anchor day, as HeidelTime's "a week from Friday"); main read only
  "today" or "tomorrow" and dated the act by that day.
- "the fiscal second quarter", "fiscal Q3" with no fiscal year named: the company's own
  quarter, whose months its fiscal year decides; main read the calendar quarter, a confident
  wrong range for most firms (a fiscal half was already left unread so).

Every positive case fails on main; each kind has near misses that keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates

PUB = date(2024, 10, 24)  # a Thursday


def _read(text: str, pub: date = PUB) -> dict[str, tuple[object, object]]:
    out: dict[str, tuple[object, object]] = {}
    for f in document_dates(text, pub):
        r = f.record()
        out[str(r["text"])] = (r["date_start"], r["date_end"])
    return out


# ------------------------------------------------------------------ counted from a day word


@pytest.mark.parametrize(
    ("text", "timex", "day"),
    [
        ("The new toll takes effect a week from today.", "a week from today", "2024-10-31"),
        ("The ballot will be held two days from tomorrow.", "two days from tomorrow", "2024-10-27"),
        ("The ferry resumes three weeks from today.", "three weeks from today", "2024-11-14"),
        ("The mayor leaves office a year from today.", "a year from today", "2025-10-24"),
        ("The fee is due ten days from yesterday.", "ten days from yesterday", "2024-11-02"),
    ],
)
def test_a_count_from_a_day_word_is_the_day_it_reaches(text: str, timex: str, day: str) -> None:
    assert _read(text)[timex] == (day, day)


def test_a_month_from_today_keeps_the_day_of_the_month_clamped() -> None:
    # January 31 plus a month: the last day of February (2024 is a leap year)
    got = _read("The levy ends a month from today.", date(2024, 1, 31))
    assert got["a month from today"] == ("2024-02-29", "2024-02-29")


def test_a_vague_count_from_today_spans_every_day_it_allows() -> None:
    start, end = _read("The report is due a few days from today.")["a few days from today"]
    assert str(start) > PUB.isoformat()
    assert str(start) < str(end) <= "2024-11-03"


def test_the_day_reached_dates_the_act_through_find_dates() -> None:
    (found,) = find_dates("The new toll takes effect a week from today.", PUB, future=True)
    assert (found.text, found.range.start, found.range.end) == (
        "a week from today",
        date(2024, 10, 31),
        date(2024, 10, 31),
    )


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # the day word alone, and "from now" (the unit's grain), keep their readings
        ("The new toll takes effect today.", "today", ("2024-10-24", "2024-10-24")),
        (
            "The ferry resumes two weeks from now.",
            "two weeks from now",
            ("2024-11-04", "2024-11-10"),
        ),
        # a weekday anchor keeps its own rule
        ("The ballot is a week from Friday.", "a week from Friday", ("2024-11-01", "2024-11-01")),
    ],
)
def test_near_miss_other_anchors_keep_their_reading(
    text: str, timex: str, value: tuple[str, str]
) -> None:
    assert _read(text)[timex] == value


# ------------------------------------------------------------------ a company's fiscal quarter


@pytest.mark.parametrize(
    "text",
    [
        "The brewer said sales fell in the fiscal second quarter.",
        "The brewer said fiscal third-quarter profit rose.",
        "The brewer's fiscal Q3 sales fell.",
    ],
)
def test_a_fiscal_quarter_with_no_fiscal_year_is_no_calendar_quarter(text: str) -> None:
    assert _read(text) == {}


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # the calendar quarter, no "fiscal" before it
        (
            "The brewer said sales fell in the second quarter.",
            "the second quarter",
            ("2024-04-01", "2024-06-30"),
        ),
        (
            "The brewer said third-quarter profit rose.",
            "third-quarter",
            ("2024-07-01", "2024-09-30"),
        ),
        ("The brewer's Q3 sales fell.", "Q3", ("2024-07-01", "2024-09-30")),
        # a fiscal quarter named by the day it ended is the three months to that day
        (
            "Profit fell in the fiscal first quarter ended Sept. 30.",
            "the fiscal first quarter ended Sept. 30",
            ("2024-07-01", "2024-09-30"),
        ),
    ],
)
def test_near_miss_a_calendar_quarter_or_one_ended_on_a_day_keeps_its_months(
    text: str, timex: str, value: tuple[str, str]
) -> None:
    assert _read(text)[timex] == value


# ------------------------------------------------------------------ a passive infinitive's head


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # "due/set/scheduled to be" + participle looks ahead, as "due to leave" does
        ("The hostages are due to be freed on Friday.", "on Friday", ("2024-10-25", "2024-10-25")),
        ("The bridge is set to be reopened on Sunday.", "on Sunday", ("2024-10-27", "2024-10-27")),
        ("The dam is scheduled to be finished in March.", "in March", ("2025-03-01", "2025-03-31")),
    ],
)
def test_a_passive_infinitive_after_a_head_of_schedule_looks_ahead(
    text: str, timex: str, value: tuple[str, str]
) -> None:
    assert _read(text)[timex] == value


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # a past passive and a perfect infinitive still look back
        ("The hostages were freed on Friday.", "on Friday", ("2024-10-18", "2024-10-18")),
        (
            "The ship is believed to have been sunk in March.",
            "in March",
            ("2024-03-01", "2024-03-31"),
        ),
        # a head of no intent or schedule leaves the participle's own reading
        (
            "The envoy asked for the hostages to be freed on Friday.",
            "on Friday",
            ("2024-10-18", "2024-10-18"),
        ),
    ],
)
def test_near_miss_a_past_passive_or_another_head_keeps_its_reading(
    text: str, timex: str, value: tuple[str, str]
) -> None:
    assert _read(text)[timex] == value
