"""TimeML PRESENT_REF / FUTURE_REF words: reported by the ``dates`` contract, never a day,
never a date the event reader uses."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates
from dashboard.events.dates_refs import references

PUB = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("sentence", "word", "value"),
    [
        ("Investors worry about the future of the currency.", "future", "FUTURE_REF"),
        ("A court will rule on the girl's future next month.", "future", "FUTURE_REF"),
        ("Nobody knows what their future holds.", "future", "FUTURE_REF"),
        ("Both sides agreed to hold future talks in Geneva.", "future", "FUTURE_REF"),
        ("She moved to Lyon with her current husband.", "current", "PRESENT_REF"),
    ],
)
def test_reference_words_are_found(sentence: str, word: str | None, value: str | None) -> None:
    got = [(sentence[s:e], v) for s, e, v in references(sentence)]
    assert got == ([(word, value)] if word else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts imagined a future in which drones patrol the border.",  # a possible world
        "The country's current account deficit widened.",  # balance of payments
        "The swimmer was dragged away by the current.",  # water, not time
        "Oil futures rose in early trading.",
        "Students conjugated verbs in the future tense.",  # grammar
    ],
)
def test_near_misses_are_not_reference_words(sentence: str) -> None:
    assert references(sentence) == []


def test_the_contract_reports_them_wide_never_as_a_day() -> None:
    text = "Donors discussed the future of the port. The current mayor opened it."
    future, current = document_dates(text, PUB)
    assert future.range is not None
    assert current.range is not None
    assert (future.text, future.range.precision) == ("future", 4)
    assert future.range.start > PUB
    assert (current.text, current.range.precision) == ("current", 2)
    assert current.range.end == PUB


def test_in_the_future_is_still_one_phrase() -> None:
    (only,) = document_dates("Talks may resume in the future.", PUB)
    assert only.text == "in the future"


def test_they_are_no_anchor_for_the_next_sentence() -> None:
    text = "Rebels seized the town on Monday, with its future unclear. Two days later they left."
    (later,) = [f for f in document_dates(text, PUB) if f.text == "Two days later"]
    assert later.range is not None
    assert later.range.start == date(2024, 11, 6)  # Monday the 4th + 2, not the future


def test_the_event_reader_never_sees_them() -> None:
    assert find_dates("Both sides agreed to hold future talks in Geneva.", PUB) == []


def test_without_a_publication_date_they_have_no_range() -> None:
    (future,) = document_dates("Investors worry about the future of the currency.", None)
    assert future.range is None


def test_todays_youth_is_the_present_age_not_the_publication_day() -> None:
    (m,) = find_dates("The scandal shocked today's youth.", PUB)
    assert (m.range.start, m.range.end, m.range.precision) == (date(2024, 11, 1), PUB, 2)


@pytest.mark.parametrize(
    "sentence", ["Today's vote was delayed.", "The scandal shocked today's voters."]
)
def test_todays_vote_is_still_the_publication_day(sentence: str) -> None:
    (m,) = find_dates(sentence, PUB)  # near miss: a happening of the day
    assert (m.range.start, m.range.end, m.range.precision) == (PUB, PUB, 1)
