"""A vague count ("a few days ago", "several weeks later") names no single day: its range
covers every count it allows. An exact count keeps its one day."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_common import count_span
from dashboard.events.dates_document import document_dates

PUB = date(2024, 11, 7)  # a Thursday


def _one(sentence: str) -> tuple[str, date, date, int]:
    (m,) = find_dates(sentence, PUB)
    return m.text, m.range.start, m.range.end, m.range.precision


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        ("The mill shut a few days ago.", date(2024, 11, 2), date(2024, 11, 5), 2),
        ("The mill shut several days ago.", date(2024, 10, 31), date(2024, 11, 4), 2),
        ("The mill shut a couple of days ago.", date(2024, 11, 4), date(2024, 11, 5), 2),
        ("The mill shut a few years ago.", date(2019, 1, 1), date(2022, 12, 31), 4),
        ("Talks will resume in a few days.", date(2024, 11, 9), date(2024, 11, 12), 2),
    ],
)
def test_a_vague_count_is_a_span_never_one_day(
    sentence: str, start: date, end: date, precision: int
) -> None:
    _, got_start, got_end, got_precision = _one(sentence)
    assert (got_start, got_end, got_precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The mill shut three days ago.", date(2024, 11, 4)),  # near miss: an exact count
        ("The mill shut 2 days ago.", date(2024, 11, 5)),
    ],
)
def test_an_exact_count_keeps_its_day(sentence: str, day: date) -> None:
    _, start, end, precision = _one(sentence)
    assert (start, end, precision) == (day, day, 1)


def test_a_few_days_later_spans_days_after_the_date_before() -> None:
    text = "Militia fighters entered the town on Monday. A few days later they withdrew."
    later = next(f for f in document_dates(text, PUB) if f.text == "A few days later")
    assert later.range is not None
    assert (later.range.start, later.range.end) == (date(2024, 11, 6), date(2024, 11, 9))


def test_three_days_later_is_still_one_day() -> None:
    text = "Militia fighters entered the town on Monday. Three days later they withdrew."
    later = next(f for f in document_dates(text, PUB) if f.text == "Three days later")
    assert later.range is not None
    assert (later.range.start, later.range.end) == (date(2024, 11, 7), date(2024, 11, 7))


def test_count_span_reads_numbers_and_vague_words() -> None:
    assert count_span("12") == (12, 12)
    assert count_span("three") == (3, 3)
    assert count_span("A  Few") == (2, 5)
    with pytest.raises(KeyError):
        count_span("many")
