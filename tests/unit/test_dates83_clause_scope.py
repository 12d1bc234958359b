"""A date phrase dates the act of its own clause, and a happening only mentioned is no card
(dates83), each rule with sentences written for these tests and near misses that keep their
reading (TimeML 1.2.1: a TIMEX3 anchors the event of its own clause):

- "Police deployed to the northern border last week fired tear gas on Tuesday": the week is
  the participle's, the firing Tuesday's (``dates_participle``);
- "…, suspended since March 2023." after the act: the aside's span dates its noun
  (``dates_trailing``), and an act told after a "since" state takes no time from it
  (``narrative_states`` in ``coreference``);
- "It was the first time rebels had shelled the city since January 2023" restates the act
  just told, and "wanted for the 2008 hotel bombing" names background (``dates_mentioned``);
- "Police detained 30 people, the ministry said on Wednesday" after a sentence dated Tuesday:
  between the two days (``dates_reported_perfect.between_told_days``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-19"  # a Friday: Monday is 15 June, Tuesday 16, Wednesday 17, Thursday 18


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _when(extract: Extract, text: str, root: str) -> list[tuple[date, date, int]]:
    return [(e.when.start, e.when.end, e.when.precision) for e in rooted(extract(text, PUB), root)]


def _june(first: int, last: int, precision: int) -> tuple[date, date, int]:
    return date(2026, 6, first), date(2026, 6, last), precision


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        ("Police deployed to the northern border last week fired tear gas at migrants on "
         "Tuesday.", "17", [_june(16, 16, 1)]),
        # a story's act told after a "since" state is after the story, not the state's span
        ("KIRKUK, Iraq - Rockets hit the Khurmala oil field on Tuesday. The Bai Hassan field "
         "has been shelled repeatedly since 2021.\n\nThe attacks came just as Kirkuk and "
         "Baghdad neared a deal to reopen the pipeline to the port of Ceyhan, closed since "
         "April 2023. Baghdad said it would set up a commission to investigate.", "03",
         [_june(16, 19, 2)]),
        # the aside's "since January" dates the closure, not the march (undated: inferred)
        ("Protesters marched on the parliament building, shut since January.", "14",
         [_june(13, 19, 2)]),
        ("Rebel artillery shelled the city of Goma on Tuesday. It was the first time rebels had "
         "shelled the city since January 2023.", "19", [_june(16, 16, 1)]),
        ("The suspect, wanted for the 2008 hotel bombing, was arrested in Karachi on Thursday.",
         "19", []),
        ("Judges opened the 2016 airport bombing trial in Brussels on Monday.", "19", []),
        ("Police fired tear gas at students in Belgrade on Tuesday night. Police detained 30 "
         "people, the interior ministry said on Wednesday.", "173", [_june(16, 17, 2)]),
    ],
)  # fmt: skip
def test_a_date_dates_its_own_clause(
    extract: Extract, text: str, root: str, want: list[tuple[date, date, int]]
) -> None:
    assert _when(extract, text, root) == want


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # the date after the main verb, or the participle read as the main verb
        ("Police deployed to the northern border fired tear gas at migrants last week.", "17",
         [_june(8, 14, 2)]),
        ("Police deployed to the northern border last week, firing tear gas at migrants.",
         "15", [_june(8, 14, 2)]),
        # a possessive date is its noun's, after a participle too
        ("Activists detained during last month's protests went on hunger strike in Harare on "
         "Wednesday.", "14", [(date(2026, 5, 1), date(2026, 5, 31), 3)]),
        # "for the first time since" fronted is the act itself; a ranked noun keeps its act
        ("For the first time since 2019, rebels shelled the city of Goma on Tuesday.", "19",
         [_june(16, 16, 1)]),
        ("Troops fired on demonstrators in Dhaka on Monday, the first time soldiers had fired "
         "on a crowd since 2018.", "17", [_june(15, 15, 1)]),
        ("Rebel artillery has shelled the city of Goma repeatedly since January 2023.", "19",
         [(date(2023, 1, 1), date(2026, 6, 19), 4)]),
        # a named past happening told as its clause's subject keeps its year
        ("The 2008 hotel attacks killed 166 people in Mumbai.", "19",
         [(date(2008, 1, 1), date(2008, 12, 31), 4)]),
        # the telling's day with nothing dated before, or the act's own day
        ("Police detained 30 people in Belgrade, the interior ministry said on Wednesday.",
         "173", [_june(17, 17, 1)]),
        ("Police detained 30 people in Belgrade on Tuesday, the interior ministry said on "
         "Wednesday.", "173", [_june(16, 16, 1)]),
    ],
)  # fmt: skip
def test_near_misses_keep_their_reading(
    extract: Extract, text: str, root: str, want: list[tuple[date, date, int]]
) -> None:
    assert _when(extract, text, root) == want
