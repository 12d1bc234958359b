"""Years written short and months whose figures are still to come (dates81), each rule with
sentences written for these tests and near misses that keep their reading:

- "the summer of '99", "spring '98", "the first quarter of '98", "the first half of '98",
  "March of '97": an apostrophe and two digits are a year with its century left out
  (Chicago Manual of Style 9.31), so the season, quarter, half or month is that year's, as
  with four digits; they were read as the bare year or as publication's season or month;
- "will release September trade figures", "Figures for September will be released": a
  month whose figures a verb told ahead reports is the latest one over (within a quarter of
  publication), as a quarter's results already were (``dates_results``; IAS 34, IMF SDDS);
  the future verb had made it next year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = date(2025, 6, 18)  # a Wednesday
OCT = date(1989, 10, 26)  # a Thursday: September is over, its figures due


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
    ("sentence", "phrase", "want", "pub"),
    [
        (
            "The plant closed in 1998 and reopened in the summer of '99.",
            "the summer of '99",
            _span((1999, 6, 1), (1999, 8, 31)),
            PUB,
        ),
        (
            "The bank failed in the fall of ’08.",
            "the fall of ’08",
            _span((2008, 9, 1), (2008, 11, 30)),
            PUB,
        ),
        ("The mill shut in spring '98.", "spring '98", _span((1998, 3, 1), (1998, 5, 31)), PUB),
        (
            "Floods hit the valley in late summer of '03.",
            "late summer of '03",
            _span((2003, 6, 1), (2003, 8, 31)),
            PUB,
        ),
        ("The mill shut in March of '97.", "March of '97", _span((1997, 3, 1), (1997, 3, 31)), PUB),
        (
            "Output fell in the first quarter of '98.",
            "the first quarter of '98",
            _span((1998, 1, 1), (1998, 3, 31)),
            PUB,
        ),
        (
            "Output fell in the second half of '98.",
            "the second half of '98",
            _span((1998, 7, 1), (1998, 12, 31)),
            PUB,
        ),
        (
            "The government will release September trade figures on Friday.",
            "September",
            _span((1989, 9, 1), (1989, 9, 30)),
            OCT,
        ),
        (
            "The figures for September will be released next week.",
            "September",
            _span((1989, 9, 1), (1989, 9, 30)),
            OCT,
        ),
        (
            "The agency will publish its data for August next week.",
            "August",
            _span((1989, 8, 1), (1989, 8, 31)),
            OCT,
        ),
        (
            "The September jobs data are due to be published on Friday.",
            "September",
            _span((1989, 9, 1), (1989, 9, 30)),
            OCT,
        ),
        (
            "Results for the third quarter will be released next week.",
            "the third quarter",
            _span((1989, 7, 1), (1989, 9, 30)),
            OCT,
        ),
    ],
)
def test_short_year_or_reported_month_is_read(
    sentence: str, phrase: str, want: tuple[date, date], pub: date
) -> None:
    assert _covering(sentence, phrase, pub) == want


# ---------------------------------------------------------------- near misses (pass on both)


@pytest.mark.parametrize(
    ("sentence", "phrase", "want", "pub"),
    [
        # a decade, not a year
        (
            "Prices soared in the summer of the '90s boom.",
            "'90s",
            _span((1990, 1, 1), (1999, 12, 31)),
            PUB,
        ),
        # a four-digit year as before
        (
            "The plant closed in the summer of 1999.",
            "the summer of 1999",
            _span((1999, 6, 1), (1999, 8, 31)),
            PUB,
        ),
        (
            "The plant closed in December '98.",
            "December '98",
            _span((1998, 12, 1), (1998, 12, 31)),
            PUB,
        ),
        # no report of figures: the future verb keeps the next September
        (
            "The firm will release its new phone in September.",
            "September",
            _span((1990, 9, 1), (1990, 9, 30)),
            OCT,
        ),
        (
            "The company will cut jobs in September.",
            "September",
            _span((1990, 9, 1), (1990, 9, 30)),
            OCT,
        ),
        # the month the report comes out, not the month it covers
        (
            "The agency will publish the data in December.",
            "December",
            _span((1989, 12, 1), (1989, 12, 31)),
            OCT,
        ),
        # a month not over by publication: its figures come after it, this year's
        (
            "The government will release December trade figures in January.",
            "December",
            _span((1989, 12, 1), (1989, 12, 31)),
            OCT,
        ),
        # told as done: the latest one, as before
        (
            "Figures for September were released last week.",
            "September",
            _span((1989, 9, 1), (1989, 9, 30)),
            OCT,
        ),
        (
            "The company will expand in the third quarter.",
            "the third quarter",
            _span((1990, 7, 1), (1990, 9, 30)),
            OCT,
        ),
    ],
)
def test_near_miss_keeps_its_reading(
    sentence: str, phrase: str, want: tuple[date, date], pub: date
) -> None:
    assert _covering(sentence, phrase, pub) == want


def test_a_short_year_without_publication_date_names_no_season() -> None:
    # the century of '99 is unknown with no publication date
    assert _covering("The mill shut in the summer of '99.", "summer of '99", None) is None  # type: ignore[arg-type]


# ---------------------------------------------------------------- the event's date follows


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_arrests_in_march_of_97_take_that_month(extract: Extract) -> None:
    text = "Police arrested 40 protesters in Nairobi in March of '97, the ministry said."
    (ev,) = rooted(extract(text, PUB.isoformat()), "17")
    assert (ev.when.start, ev.when.end, ev.when.precision) == (
        date(1997, 3, 1),
        date(1997, 3, 31),
        3,
    )


def test_a_seizure_in_the_summer_of_99_takes_that_season(extract: Extract) -> None:
    text = "Rebels seized the town of Goma in the summer of '99."
    (ev,) = rooted(extract(text, PUB.isoformat()), "19")
    assert (ev.when.start, ev.when.end) == (date(1999, 6, 1), date(1999, 8, 31))
