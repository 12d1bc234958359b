"""TIMEX3 date phrases of news read wrong or not at all (dates72), each rule with sentences
written for these tests and near misses that keep their reading:

- a holiday is its own day, not the weekday it is "(observed)" as a day off ("fireworks on
  Independence Day" of 2026 were on Saturday 4 July, not Friday 3 July; Christmas Day 2021
  was 25 December, not the 24th);
- a month before a capitalised head of a name ("the July 26 Movement", "the October
  Revolution", "the 6th of October Bridge") is inside the name, no date of the story;
- a count of years written out past twelve ("Forty years ago", "Twenty-five years ago" was
  read as "five years ago", twenty years off);
- "Armistice Day", "Remembrance Day": 11 November;
- "That weekend", "later that weekend": the weekend of the week the story is at; "the year
  after that", "the day before that": the unit beside the date named before.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates

PUB = date(2026, 3, 11)  # a Wednesday


def _covering(sentence: str, phrase: str, pub: date = PUB) -> tuple[date, date] | None:
    """The range of the found phrase that overlaps ``phrase`` in ``sentence``, or None."""
    s = sentence.index(phrase)
    e = s + len(phrase)
    got = [d for d in find_dates(sentence, pub) if d.start < e and s < d.end]
    return (got[0].range.start, got[0].range.end) if got else None


def _in_story(text: str, phrase: str, pub: date = PUB) -> tuple[date, date] | None:
    """As ``_covering``, for a story of several sentences read as the dates contract reads it."""
    s = text.index(phrase)
    e = s + len(phrase)
    got = [d.range for d in document_dates(text, pub) if d.start < e and s < d.end]
    return (got[0].start, got[0].end) if got and got[0] is not None else None


def _day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    ("sentence", "phrase", "pub", "expected"),
    [
        # the feast, not the day off it is observed on
        (
            "Fireworks lit the sky on Independence Day.",
            "Independence Day",
            date(2026, 7, 6),
            _day(2026, 7, 4),
        ),
        (
            "Gunmen attacked a church on Christmas Day.",
            "Christmas Day",
            date(2022, 1, 3),
            _day(2021, 12, 25),
        ),
        (
            "Gunmen attacked a church on Christmas Day.",
            "Christmas Day",
            date(2028, 1, 3),
            _day(2027, 12, 25),
        ),
        (
            "Crowds marked Juneteenth on Saturday.",
            "Juneteenth",
            date(2021, 6, 22),
            _day(2021, 6, 19),
        ),
        # Armistice Day, Remembrance Day
        (
            "Veterans gathered on Armistice Day.",
            "Armistice Day",
            date(2026, 11, 13),
            _day(2026, 11, 11),
        ),
        (
            "Canadians laid wreaths on Remembrance Day.",
            "Remembrance Day",
            date(2027, 11, 20),
            _day(2027, 11, 11),
        ),
        # counts of years written out
        ("Forty years ago, the mine collapsed.", "Forty years ago", PUB, _year(1986)),
        ("The dam was built seventy years ago.", "seventy years ago", PUB, _year(1956)),
        ("Twenty-five years ago, the dam was built.", "Twenty-five years ago", PUB, _year(2001)),
        ("The dam was built thirteen years ago.", "thirteen years ago", PUB, _year(2013)),
        ("Ninety-nine years ago the treaty was signed.", "Ninety-nine years ago", PUB, _year(1927)),
    ],
)
def test_phrase_read(sentence: str, phrase: str, pub: date, expected: tuple[date, date]) -> None:
    assert _covering(sentence, phrase, pub) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The dam was built in 1960. Sixteen years later, it burst.",
            "Sixteen years later",
            _year(1976),
        ),
        (
            "The dam burst in 1990. Forty years earlier, it had been built.",
            "Forty years earlier",
            _year(1950),
        ),
        (
            "The dam burst on Jan. 2. Fourteen days later, rescuers gave up.",
            "Fourteen days later",
            _day(2026, 1, 16),
        ),
    ],
)
def test_count_from_the_date_before(text: str, phrase: str, expected: tuple[date, date]) -> None:
    assert _in_story(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the weekend of the week the story is at
        (
            "On Feb. 11, gunmen kidnapped 30 pupils. That weekend, police found the bus.",
            "That weekend",
            (date(2026, 2, 14), date(2026, 2, 15)),
        ),
        (
            "The rebels attacked on Friday, Feb. 6. That same weekend, the army retreated.",
            "That same weekend",
            (date(2026, 2, 7), date(2026, 2, 8)),
        ),
        (
            "The siege began on Dec. 1, 2025. Later that weekend, the town fell.",
            "Later that weekend",
            (date(2025, 12, 6), date(2025, 12, 7)),
        ),
        # no date named before: the weekend by publication, as "over the weekend" is
        (
            "That weekend, police found the bus.",
            "That weekend",
            (date(2026, 3, 7), date(2026, 3, 8)),
        ),
        (
            "That weekend, police will search the bus.",
            "That weekend",
            (date(2026, 3, 14), date(2026, 3, 15)),
        ),
        # "the year after that": the unit beside the date named before, as "the year after"
        (
            "The party won in 2021. Three years later, it lost power. The year after that, it split.",
            "The year after that",
            _year(2025),
        ),
    ],
)
def test_the_story_s_weekend_and_unit(text: str, phrase: str, expected: tuple[date, date]) -> None:
    assert _in_story(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "that" a conjunction before a modifier; a weekend after a month (which one?)
        ("Police said that weekend traffic was heavy.", "weekend"),
        (
            "Gunmen kidnapped 30 pupils in February. That weekend, police found the bus.",
            "That weekend",
        ),
        ("He said the day after that was a holiday.", "the day after"),
    ],
)
def test_no_weekend_or_unit_told(text: str, words: str) -> None:
    assert _in_story(text, words) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Leaders of the July 26 Movement met in Havana.", "July 26"),
        ("Russia marked the October Revolution anniversary.", "October"),
        ("Traffic jammed the 6th of October Bridge on Tuesday.", "6th of October"),
        ("Veterans of the January 25 Revolution marched on Friday.", "January 25"),
        ("The September 11 Commission published a report.", "September 11"),
        ("Egypt and Israel fought the October War in 1973.", "October"),
        ("Fans filled the 5 July Stadium in Algiers.", "5 July"),
        ("Crowds gathered in November 7 Square.", "November 7"),
        ("Students of the 8 May 1945 University went on strike.", "8 May"),
    ],
)
def test_month_inside_a_name_is_no_date(sentence: str, name: str) -> None:
    assert _covering(sentence, name) is None


# ---------------------------------------------------------------- near misses (pass on both)


@pytest.mark.parametrize(
    ("sentence", "phrase", "pub", "expected"),
    [
        # the holiday on its own day (4 July 2027 is a Sunday: the day off after it is later)
        (
            "Fireworks lit the sky on Independence Day.",
            "Independence Day",
            date(2027, 7, 8),
            _day(2027, 7, 4),
        ),
        (
            "Gunmen attacked a church on Christmas Day.",
            "Christmas Day",
            date(2025, 12, 27),
            _day(2025, 12, 25),
        ),
        (
            "Fireworks lit the sky on the Fourth of July.",
            "Fourth of July",
            date(2026, 7, 6),
            _day(2026, 7, 4),
        ),
        (
            "Veterans paraded on Veterans Day.",
            "Veterans Day",
            date(2026, 11, 13),
            _day(2026, 11, 11),
        ),
        # a date beside a lower-case noun, or a name's word that is no head
        ("The March 3 revolution failed.", "March 3", PUB, _day(2026, 3, 3)),
        ("The movement was founded on July 26.", "July 26", PUB, _day(2025, 7, 26)),
        (
            "The bridge was closed in October.",
            "October",
            PUB,
            (date(2025, 10, 1), date(2025, 10, 31)),
        ),
        ("On Tuesday Group of Seven ministers met.", "Tuesday", PUB, _day(2026, 3, 10)),
        ("Police cleared the square on March 3.", "March 3", PUB, _day(2026, 3, 3)),
        # counts that are no span of time before publication
        ("Forty people died on Tuesday.", "Tuesday", PUB, _day(2026, 3, 10)),
        ("Three years ago, the mine collapsed.", "Three years ago", PUB, _year(2023)),
    ],
)
def test_near_miss_kept(sentence: str, phrase: str, pub: date, expected: tuple[date, date]) -> None:
    assert _covering(sentence, phrase, pub) == expected


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Forty people died on Tuesday.", "Forty"),
        ("Fifty years of rule ended on Monday.", "Fifty years"),
        ("The minister served for twenty-five years.", "twenty-five years"),
    ],
)
def test_count_alone_is_no_date(sentence: str, words: str) -> None:
    assert _covering(sentence, words) is None


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # read the same before: "the day before" closes at "that", and its unit is the day
        (
            "Police arrested him on Feb. 2. The day before that, he had fled.",
            "The day before that",
            _day(2026, 2, 1),
        ),
        (
            "On Feb. 14, gunmen kidnapped 30 pupils. Later that week, police found the bus.",
            "Later that week",
            (date(2026, 2, 9), date(2026, 2, 15)),
        ),
        ("The party won in 2021. The year after, it split.", "The year after", _year(2022)),
    ],
)
def test_story_near_miss_kept(text: str, phrase: str, expected: tuple[date, date]) -> None:
    assert _in_story(text, phrase) == expected
