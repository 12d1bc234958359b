"""Dates carried over from another sentence (dates93), with sentences written for these tests:

- an act linked to a dated story by a shared place alone takes no day from it: from the
  story's day up to publication, flagged ``date_inferred`` (``narrative_ties``); a cue of
  sequence, the same doer or a definite mention of the story keeps the story's day;
- a past perfect whose object is a definite noun for a happening the text dated by its noun
  ("Sunday's referendum" ... "had denounced the referendum") takes no year from a background
  sentence between them (``dates_referent``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-19"  # a Friday: Monday is 15 June, Tuesday 16, Wednesday 17


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _dated(extract: Extract, text: str, root: str) -> list[tuple[date, date, bool]]:
    return [
        (e.when.start, e.when.end, "date_inferred" in e.flags)
        for e in rooted(extract(text, PUB), root)
    ]


@pytest.mark.parametrize(
    ("text", "root", "start"),
    [
        (
            "Farmers blocked the ring road in Nakuru on Tuesday. Officials in Nakuru met "
            "cooperative leaders to discuss milk prices.",
            "04",
            16,
        ),
        (
            "Soldiers shelled villages near Bunia on Monday. Aid agencies in Bunia appealed for "
            "access to the wounded.",
            "02",
            15,
        ),
    ],
)
def test_a_shared_place_alone_gives_an_inferred_span(
    extract: Extract, text: str, root: str, start: int
) -> None:
    assert _dated(extract, text, root) == [(date(2026, 6, start), date(2026, 6, 19), True)]


@pytest.mark.parametrize(
    ("text", "root", "day"),
    [
        # a cue of sequence in the act's sentence ties it to the story's day
        (
            "Farmers blocked the ring road in Nakuru on Tuesday. Police in Nakuru then arrested "
            "dozens of the farmers.",
            "173",
            16,
        ),
        # the story's definite participants carry its day on
        (
            "Students marched through Kumasi on Wednesday. Police in Kumasi fired tear gas at the "
            "protesters.",
            "1",
            17,
        ),
    ],
)
def test_a_tied_act_keeps_the_story_day(extract: Extract, text: str, root: str, day: int) -> None:
    got = _dated(extract, text, root)
    assert (date(2026, 6, day), date(2026, 6, day), False) in got


def test_a_year_aside_does_not_date_a_perfect_about_the_dated_vote(extract: Extract) -> None:
    text = (
        "Officials in Bamako postponed Sunday's referendum on Wednesday. Colonel Diarra took "
        "power in 2019 in a coup. Rights groups had denounced the referendum as a sham."
    )
    got = [
        (e.when.start.year, "date_inferred" in e.flags) for e in rooted(extract(text, PUB), "11")
    ]
    assert got
    assert all(year == 2026 and inferred for year, inferred in got)


def test_a_perfect_after_its_own_period_keeps_it(extract: Extract) -> None:
    # negative: the vote is dated in the sentence just before, so that period is its own
    text = (
        "Voters in Lesotho rejected a new charter in March. Church leaders had denounced the "
        "charter as a sham."
    )
    got = _dated(extract, text, "11")
    assert got == [(date(2026, 3, 1), date(2026, 3, 31), True)]
