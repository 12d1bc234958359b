"""Decades, weeks and financial periods read wrong or not at all (dates79), each rule with
sentences written for these tests and near misses that keep their reading:

- "the last decade of the 20th century", "the first decade of this century": one decade of
  the century (TimeML values a decade 199), not the whole century;
- "the 1970s and '80s", "the late 1980s and early 90s": the second decade takes the first's
  century (Chicago 9.34); "in their 70s and 80s" (ages) stays unread;
- "the noughties": the 2000s (Collins);
- "3Q 2024", "4Q23", "Q3'23", "1H25", "FY25", "FY24-25": the quarter, half or fiscal year
  those codes name, as "the third quarter of 2024" and "fiscal 2025" are read;
- "the week ended Saturday", "the week ending Friday": the seven days to that weekday, as
  "the week ended Oct. 29" was already read; the event told in it takes that week
  (precision 2), not the weekday alone or the week up to publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = date(2025, 6, 18)  # a Wednesday: Friday was 13 June, Saturday 14


def _covering(sentence: str, phrase: str, pub: date = PUB) -> tuple[date, date] | None:
    """The range of the found phrase that overlaps ``phrase`` in ``sentence``, or None."""
    s = sentence.index(phrase)
    e = s + len(phrase)
    got = [d for d in find_dates(sentence, pub) if d.start < e and s < d.end]
    return (got[0].range.start, got[0].range.end) if got else None


def _span(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[date, date]:
    return date(*a), date(*b)


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        (
            "The country grew fast in the last decade of the 20th century.",
            "the last decade",
            _span((1990, 1, 1), (1999, 12, 31)),
        ),
        (
            "Wages stalled in the second decade of the 21st century.",
            "the second decade",
            _span((2010, 1, 1), (2019, 12, 31)),
        ),
        (
            "Cholera struck in the first decade of the nineteenth century.",
            "the first decade",
            _span((1800, 1, 1), (1809, 12, 31)),
        ),
        (
            "The drought came in the first decade of this century.",
            "the first decade",
            _span((2000, 1, 1), (2009, 12, 31)),
        ),
        ("The town boomed in the 1970s and '80s.", "'80s", _span((1980, 1, 1), (1989, 12, 31))),
        (
            "Crime fell in the late 1980s and early 90s.",
            "early 90s",
            _span((1990, 1, 1), (1999, 12, 31)),
        ),
        ("Crime fell in the '60s and '70s.", "'70s", _span((1970, 1, 1), (1979, 12, 31))),
        ("Cars built in the 1990s and 00s are exempt.", "00s", _span((2000, 1, 1), (2009, 12, 31))),
        ("Rents were high in the 1980s-90s.", "90s", _span((1990, 1, 1), (1999, 12, 31))),
        ("House prices soared in the noughties.", "noughties", _span((2000, 1, 1), (2009, 12, 31))),
        ("Profit rose in 3Q 2024.", "3Q 2024", _span((2024, 7, 1), (2024, 9, 30))),
        ("Profit rose in 4Q23.", "4Q23", _span((2023, 10, 1), (2023, 12, 31))),
        ("Profit rose in Q3'23.", "Q3'23", _span((2023, 7, 1), (2023, 9, 30))),
        ("Margins fell in 1Q98.", "1Q98", _span((1998, 1, 1), (1998, 3, 31))),
        ("Profit rose in 1H25.", "1H25", _span((2025, 1, 1), (2025, 6, 30))),
        ("Sales slowed in 2H 2024.", "2H 2024", _span((2024, 7, 1), (2024, 12, 31))),
        ("The ministry's budget for FY25 was cut.", "FY25", _span((2025, 1, 1), (2025, 12, 31))),
        ("Exports rose in FY24-25.", "FY24-25", _span((2024, 1, 1), (2025, 12, 31))),
        (
            "Retail sales rose in the week ending Friday.",
            "the week ending Friday",
            _span((2025, 6, 7), (2025, 6, 13)),
        ),
        (
            "Jobless claims fell in the week ended Saturday, the department said.",
            "the week ended Saturday",
            _span((2025, 6, 8), (2025, 6, 14)),
        ),
    ],
)
def test_decades_codes_and_weeks_are_read(
    sentence: str, phrase: str, want: tuple[date, date]
) -> None:
    assert _covering(sentence, phrase) == want


# ---------------------------------------------------------------- near misses (pass on both)


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        ("Most patients were in their 70s and 80s.", "80s", None),
        ("Highs will be in the 70s and 80s this week.", "80s", None),
        ("He spent the last decade of his life in exile.", "the last decade", None),
        ("The third decade of the war began.", "decade", None),
        ("Rents were high in the 1980s and 25 people were hurt.", "25", None),
        ("The 20th century was violent.", "20th century", _span((1900, 1, 1), (1999, 12, 31))),
        ("Crime fell in the 1980s and 1990s.", "1990s", _span((1990, 1, 1), (1999, 12, 31))),
        ("Profit fell in Q3 2024.", "Q3 2024", _span((2024, 7, 1), (2024, 9, 30))),
        ("Profit rose in fiscal 2025.", "fiscal 2025", _span((2025, 1, 1), (2025, 12, 31))),
        (
            "Sales rose 3% in the week ended Oct. 29.",
            "Oct. 29",
            _span((2024, 10, 23), (2024, 10, 29)),
        ),
        ("He said the week ending was near.", "ending", None),
    ],
)
def test_near_misses_keep_their_reading(
    sentence: str, phrase: str, want: tuple[date, date] | None
) -> None:
    assert _covering(sentence, phrase) == want


# ---------------------------------------------------------------- the event's date follows


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_arrests_in_the_week_ended_saturday_take_that_week(extract: Extract) -> None:
    text = "Police arrested 40 protesters in Nairobi in the week ended Saturday, the ministry said."
    (ev,) = rooted(extract(text, PUB.isoformat()), "17")
    assert (ev.when.start, ev.when.end, ev.when.precision) == (
        date(2025, 6, 8),
        date(2025, 6, 14),
        2,
    )


def test_killings_in_the_last_decade_of_a_century_take_that_decade(extract: Extract) -> None:
    text = "The army killed hundreds of villagers in the last decade of the 20th century."
    (ev,) = rooted(extract(text, PUB.isoformat()), "18", "19", "20")
    assert (ev.when.start, ev.when.end, ev.when.precision) == (
        date(1990, 1, 1),
        date(1999, 12, 31),
        4,
    )
