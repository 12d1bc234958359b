"""TIMEX3 date phrases of news read wrong or not at all (dates76), each rule with sentences
written for these tests and near misses that keep their reading:

- a season capitalised inside a sentence is part of a name ("the Summer Palace", "the
  Winter Olympics"), no season of the story (AP Stylebook, "seasons"; Chicago 8.87);
- "the 2000s" said in a century not half gone is its first decade, not the century;
- a season's part after "for", "into", "over" ("set for late summer") is read as after "in";
- "A week later" with no date named before in the article is the week up to publication
  in the dates contract, as "the next day" is: counted from publication it would start
  after the report;
- "every summer in July": a season's quantifier makes the month a TimeML SET;
- "the year's final quarter", "last year's final quarter": the fourth quarter of that year.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates

PUB = date(2026, 3, 10)  # a Tuesday


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


def _span(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[date, date]:
    return date(*a), date(*b)


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Officials visited the Summer Palace on Friday.", "Summer"),
        ("The Winter Olympics open in February.", "Winter"),
        ("Protesters marched to the Winter Palace.", "Winter"),
        ("Ministers met at the Summer Residence of the king.", "Summer"),
        ("The Autumn Statement was delayed again.", "Autumn"),
        ("The fair takes place every summer in July.", "July"),
        ("Farmers burn the stubble each autumn in October.", "October"),
    ],
)
def test_no_date(sentence: str, phrase: str) -> None:
    assert _covering(sentence, phrase) is None


@pytest.mark.parametrize(
    ("story", "phrase"),
    [
        ("A week later, the army retook the town.", "A week later"),
        ("Gunmen seized a bus. A month later, police found the driver.", "A month later"),
        ("A few weeks later the rebels struck again.", "A few weeks later"),
    ],
)
def test_unanchored_later_is_the_week_up_to_publication(story: str, phrase: str) -> None:
    # no date named before: counted from publication it would be after the report
    assert _in_story(story, phrase) == _span((2026, 3, 4), (2026, 3, 10))


@pytest.mark.parametrize(
    ("sentence", "phrase", "pub", "expected"),
    [
        # the first decade of a century not half gone
        ("In the 2000s, the town boomed.", "the 2000s", PUB, _span((2000, 1, 1), (2009, 12, 31))),
        ("Exports doubled in the 2000s.", "the 2000s", PUB, _span((2000, 1, 1), (2009, 12, 31))),
        # a season's part after "for", "into", "over"
        (
            "The talks are set for late summer.",
            "late summer",
            PUB,
            _span((2026, 6, 1), (2026, 8, 31)),
        ),
        (
            "Repairs will go on into late autumn.",
            "late autumn",
            PUB,
            _span((2026, 9, 1), (2026, 11, 30)),
        ),
        # of four quarters, the final one
        (
            "Growth was weak in the year's final quarter.",
            "final quarter",
            date(2026, 1, 14),
            _span((2025, 10, 1), (2025, 12, 31)),
        ),
        (
            "Sales rose in last year's final quarter.",
            "final quarter",
            date(2026, 1, 14),
            _span((2025, 10, 1), (2025, 12, 31)),
        ),
        (
            "Sales will recover in next year's final quarter.",
            "final quarter",
            date(2026, 1, 14),
            _span((2027, 10, 1), (2027, 12, 31)),
        ),
        (
            "Sales fell in 2024's final quarter.",
            "final quarter",
            date(2026, 1, 14),
            _span((2024, 10, 1), (2024, 12, 31)),
        ),
    ],
)
def test_read(sentence: str, phrase: str, pub: date, expected: tuple[date, date]) -> None:
    assert _covering(sentence, phrase, pub) == expected


# ---------------------------------------------------------------- near misses (same on main)


@pytest.mark.parametrize(
    ("sentence", "phrase", "pub", "expected"),
    [
        # a season in lower case, or with its year, or in a headline's title case
        (
            "The palace was closed last summer.",
            "last summer",
            PUB,
            _span((2025, 6, 1), (2025, 8, 31)),
        ),
        (
            "Summer 2024 was the hottest on record.",
            "Summer 2024",
            PUB,
            _span((2024, 6, 1), (2024, 8, 31)),
        ),
        (
            "The dam burst in the summer of 2019.",
            "summer of 2019",
            PUB,
            _span((2019, 6, 1), (2019, 8, 31)),
        ),
        # the century before a century: "the 1800s", and "the 1900s" near its end
        ("The canal was dug in the 1800s.", "the 1800s", PUB, _span((1800, 1, 1), (1899, 12, 31))),
        (
            "The mine has worked since the 1900s.",
            "the 1900s",
            date(1998, 5, 4),
            _span((1900, 1, 1), (1999, 12, 31)),
        ),
        (
            "Rents rose in the early 2000s.",
            "the early 2000s",
            PUB,
            _span((2000, 1, 1), (2009, 12, 31)),
        ),
        (
            "The talks will be held in late summer.",
            "late summer",
            PUB,
            _span((2026, 6, 1), (2026, 8, 31)),
        ),
        # the year's first quarter as before
        ("The festival took place in July.", "July", PUB, _span((2025, 7, 1), (2025, 7, 31))),
        (
            "Sales rose in the final quarter.",
            "the final quarter",
            date(2026, 1, 14),
            _span((2025, 10, 1), (2025, 12, 31)),
        ),
        (
            "Output grew in the year's first quarter.",
            "first quarter",
            date(2025, 11, 20),
            _span((2025, 1, 1), (2025, 3, 31)),
        ),
    ],
)
def test_kept(sentence: str, phrase: str, pub: date, expected: tuple[date, date]) -> None:
    assert _covering(sentence, phrase, pub) == expected


def test_year_before_a_season_name_kept() -> None:
    # "the 2014 Winter Olympics": the year is still read, as TimeML tags it
    story = "Sochi will host the 2014 Winter Olympics."
    assert _in_story(story, "2014", date(2013, 3, 10)) == _span((2014, 1, 1), (2014, 12, 31))


def test_headline_season_kept() -> None:
    # a headline capitalises every word: the season there is no name
    got = _covering("Aid Convoys Stall in the Winter", "Winter")
    assert got is not None
    assert got == _covering("Aid convoys stall in the winter", "winter")


@pytest.mark.parametrize(
    "sentence",
    ["The game's final quarter was tense.", "Every summer, prices rise."],
)
def test_no_date_kept(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []


@pytest.mark.parametrize(
    ("story", "phrase", "expected"),
    [
        # with a date named before, "a week later" counts from it, as before
        (
            "The rebels took the town on March 2. A week later, the army retook it.",
            "A week later",
            _span((2026, 3, 9), (2026, 3, 15)),
        ),
        # a future verb keeps the week ahead
        ("A week later, the army will leave.", "A week later", _span((2026, 3, 16), (2026, 3, 22))),
        # counted back, it stays before publication
        ("A week earlier, the army had left.", "A week earlier", _span((2026, 3, 2), (2026, 3, 8))),
    ],
)
def test_week_later_kept(story: str, phrase: str, expected: tuple[date, date]) -> None:
    assert _in_story(story, phrase) == expected
