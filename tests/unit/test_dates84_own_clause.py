"""A date dates its own clause's act (dates84), with sentences written for these tests and
near misses that keep their reading:

- "… the killing of a village chief … last Wednesday" after an undated kidnapping: a
  definite noun whose "of" complement is indefinite tells a new happening, so its date is
  not the kidnapping's (``coreference._NEW_PATIENT``; Hawkins 1978, Prince 1992);
- "has been on hunger strike for 12 days, her family said on Wednesday": the stretch ends
  on the saying's day, the perfect's "now" (``dates_told_stretch``; TimeML DURATION);
- "A jailed activist has been on hunger strike for 21 days": a term word only modifying the
  subject sets no length (``dates_counts.for_units``);
- "… in June, the ministry said on Wednesday, a day after police arrested …": the count runs
  from the day right before it, not the month (``dates_told_before.counted_from``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-19"  # a Friday: Monday is 15 June, Wednesday 17, Thursday 18


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _when(extract: Extract, text: str, root: str) -> list[tuple[date, date, int]]:
    return [(e.when.start, e.when.end, e.when.precision) for e in rooted(extract(text, PUB), root)]


def _june(first: int, last: int, precision: int) -> tuple[date, date, int]:
    return date(2026, 6, first), date(2026, 6, last), precision


WEEK = _june(13, 19, 2)  # an undated act: the week up to publication


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        (
            "The militia had claimed the kidnapping and accused the nurses of spying. The group "
            "did not claim the killing of a village chief in Rutshuru last Wednesday.",
            "181",
            [WEEK],
        ),
        (
            "Rebels kidnapped two aid workers in Ituri province. Residents also reported the "
            "killing of a pastor near Beni last Monday.",
            "181",
            [WEEK],
        ),
        (
            "A detained journalist has been on hunger strike for 12 days, her family said on "
            "Wednesday.",
            "14",
            [(date(2026, 6, 5), date(2026, 6, 17), 3)],
        ),
        (
            "Farmers have been blocking the highway to the capital for five days, police said on "
            "Thursday.",
            "14",
            [_june(13, 18, 2)],
        ),
        (
            "A jailed opposition leader has been on hunger strike for 21 days, his lawyers said "
            "on Friday.",
            "14",
            [(date(2026, 5, 29), date(2026, 6, 19), 3)],
        ),
        (
            "Protests spread to three cities in June, the interior ministry said on Wednesday, "
            "a day after police arrested a student leader in Tunis.",
            "17",
            [_june(16, 16, 1)],
        ),
    ],
)
def test_a_date_dates_its_own_clause(extract: Extract, text: str, root: str, want: list) -> None:
    assert _when(extract, text, root) == want


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # a definite mention with no new participant is the happening told before
        (
            "Gunmen attacked a police post near Kaduna. The attack on Tuesday killed two officers.",
            "18",
            [_june(16, 16, 1)],
        ),
        # one day in the main clause: the count runs from it
        (
            "The ministry spoke on Thursday, two days after gunmen attacked the embassy in Bamako.",
            "18",
            [_june(16, 16, 1)],
        ),
        # the act's own day, with a saying's day after it
        (
            "Dock workers went on strike on Monday, their union said on Tuesday.",
            "14",
            [_june(15, 15, 1)],
        ),
        # a stretch told without a saying's day runs up to publication
        (
            "Farmers have been blocking the highway to the capital for five days.",
            "14",
            [_june(14, 19, 2)],
        ),
    ],
)
def test_near_misses_keep_their_reading(extract: Extract, text: str, root: str, want: list) -> None:
    assert _when(extract, text, root) == want
