"""Recurring times and periods told from the period under discussion (dates52).

Each case gives the TIMEX3 a TimeML annotator would write (type and value) for a sentence of
our own, and the ``dates`` contract's reading of it:

- SET: "each June", "every year in June", "held annually in March", "the first Monday of
  every month" name a recurring time (TimeML 1.2.1, TIMEX3 type SET), no one date; the
  contract reported one June or Monday and the event reader dated acts by it.
- DATE anchored on the reference time: "the 1988 quarter" (after "the third quarter") is
  1988-Q3, where the year alone (1988) was read; "the preceding quarter" (after "the second
  quarter") is the first quarter, where it was read from publication or not at all.

Every positive case fails on main; each kind has near misses that keep their reading.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates

PUB = date(2024, 10, 24)  # a Thursday


def _timex_range(value: str) -> tuple[str, str]:
    """The calendar span of a TIMEX3 DATE value (YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn, a day)."""
    if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
        y, q = int(m[1]), int(m[2])
        first, last = 3 * q - 2, 3 * q
    elif m := re.fullmatch(r"(\d{4})-H(\d)", value):
        y, h = int(m[1]), int(m[2])
        first, last = 6 * h - 5, 6 * h
    elif m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, first = int(m[1]), int(m[2])
        last = first
    elif re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value, value
    else:
        y, first, last = int(value), 1, 12
    end = date(y + (last == 12), last % 12 + 1, 1).toordinal() - 1
    return date(y, first, 1).isoformat(), date.fromordinal(end).isoformat()


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    out: dict[str, tuple[str | None, str | None]] = {}
    for f in document_dates(text, PUB):
        r = f.record()
        out[str(r["text"])] = (r["date_start"], r["date_end"])  # type: ignore[assignment]
    return out


def _value_of(text: str, timex: str) -> tuple[str | None, str | None]:
    """The range of the one phrase that holds ``timex`` ("the" in the span or not)."""
    (got,) = [v for k, v in _read(text).items() if timex in k]
    return got


# ------------------------------------------------------------------ SET: no date


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("The harvest fair is held every year in June.", "in June"),
        ("The harvest fair is held in June every year.", "in June"),
        ("The harvest fair opens each June.", "June"),
        ("The port closes every year on Dec. 24.", "on Dec. 24"),
        ("The ministry publishes the survey annually in March.", "in March"),
        ("The village council meets on the first Monday of every month.", "Monday"),
        ("Voters elect a governor every four years in November.", "in November"),
    ],
)
def test_a_date_word_a_set_quantifier_governs_is_a_set_not_a_date(text: str, timex: str) -> None:
    # TIMEX3 type SET (value XXXX-06, XXXX-12-24, P1Y, ...): no DATE to report
    assert timex not in _read(text)


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # a year makes it one date, even beside "every year"
        ("Every year since 2010 the fair has grown.", "2010", "2010"),
        # a deictic date beside a set is still that date: "every month" is the SET
        ("Prices rose every month last year.", "last year", "2023"),
        # "each" distributing over people, a preposition between: one Monday
        ("The three men were paid 100 dollars each on Monday.", "Monday", "2024-10-21"),
        # no quantifier at all
        ("The harvest fair was held in June.", "in June", "2024-06"),
        # a comma sets the set phrase apart: the date is the act's own
        ("The fair, held every year, opened in June.", "in June", "2024-06"),
    ],
)
def test_near_miss_a_date_beside_a_quantifier_keeps_its_value(
    text: str, timex: str, value: str
) -> None:
    assert _value_of(text, timex) == _timex_range(value)


def test_a_set_no_longer_dates_an_act_through_find_dates() -> None:
    assert find_dates("The fair is held each year in June.", PUB) == []
    assert [d.text for d in find_dates("The fair was held in June.", PUB)] == ["in June"]


# ------------------------------------------------------------------ the period under discussion


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        (
            "Profit rose in the third quarter from the 2023 quarter.",
            "the 2023 quarter",
            "2023-Q3",
        ),
        (
            "The mill earned more in the quarter ended Sept. 30 than in the 2023 period.",
            "the 2023 period",
            "2023-Q3",
        ),
        ("Sales in the first half topped the 2022 half.", "the 2022 half", "2022-H1"),
        ("Exports in August were below the 2023 month.", "the 2023 month", "2023-08"),
        (
            "Sales fell in the second quarter after rising in the preceding quarter.",
            "the preceding quarter",
            "2024-Q1",
        ),
        (
            "Output slipped in the second quarter from the previous quarter.",
            "the previous quarter",
            "2024-Q1",
        ),
        (
            "Orders jumped in the first quarter of 2023 from the prior quarter.",
            "the prior quarter",
            "2022-Q4",
        ),
        (
            "The plant shut in the first quarter and reopened in the following quarter.",
            "the following quarter",
            "2024-Q2",
        ),
    ],
)
def test_a_period_told_from_the_period_under_discussion(text: str, timex: str, value: str) -> None:
    # TIMEX3 type DATE anchored on the reference time (the period named before)
    assert _read(text)[timex] == _timex_range(value)


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # no period named before: the year names the noun, as "the 1996 vote"
        ("The 2023 quarter was the weakest on record.", "2023", "2023"),
        ("Voters backed the 2022 referendum.", "2022", "2022"),
        # a year named before is wider than a quarter: only the year is known
        ("Sales in 2024 beat the 2023 quarter.", "2023", "2023"),
        # no date named before: the quarter before publication's (as main read it)
        ("Shares rose in the previous quarter.", "previous quarter", "2024-Q3"),
        # "the next quarter" stays counted from publication (deictic "next")
        (
            "Sales fell in the second quarter and will recover in the next quarter.",
            "next quarter",
            "2025-Q1",
        ),
    ],
)
def test_near_miss_periods_with_no_period_named_before(text: str, timex: str, value: str) -> None:
    assert _value_of(text, timex) == _timex_range(value)


# ------------------------------------------------------------------ a period set off by its end


@pytest.mark.parametrize(
    ("text", "timex", "want"),
    [
        # a fiscal quarter named by the day it ended, set off by a comma or after "its":
        # its own three months (MUC-6 NE B.2), never the calendar's first quarter
        (
            "The brewer said profit for its fiscal first quarter, ended Sept. 30, fell.",
            "fiscal first quarter, ended Sept. 30",
            ("2024-07-01", "2024-09-30"),
        ),
        (
            "Net income in the quarter, ended June 30, rose 5%.",
            "the quarter, ended June 30",
            ("2024-04-01", "2024-06-30"),
        ),
    ],
)
def test_a_period_named_by_its_end_past_a_comma_or_a_possessive(
    text: str, timex: str, want: tuple[str, str]
) -> None:
    assert _read(text)[timex] == want


@pytest.mark.parametrize(
    ("text", "timex", "value"),
    [
        # the comma starts another clause: no end date follows "ending"
        (
            "The firm's first quarter, ending a run of losses, was strong.",
            "first quarter",
            "2024-Q1",
        ),
        # a comma before "to" and an amount: the calendar quarter
        ("Sales rose in the first quarter, to $5 million.", "the first quarter", "2024-Q1"),
    ],
)
def test_near_miss_a_quarter_with_no_end_date_after_it(text: str, timex: str, value: str) -> None:
    assert _value_of(text, timex) == _timex_range(value)


def test_near_miss_a_fiscal_year_ended_keeps_its_twelve_months_after_a_possessive() -> None:
    got = _value_of("Profit for their fiscal year ended June 30 doubled.", "fiscal year ended")
    assert got == ("2023-07-01", "2024-06-30")
