"""The unit of publication closing an infinitive after a verbal act ("agreed to send food aid
to Sudan this year") dates the act named, not the agreement (dates84,
``dates_telling.aimed``; TimeML 1.2.1: a TIMEX3 anchors its own clause's event), with
sentences written for these tests and near misses that keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2026-06-19"  # a Friday
WEEK = (date(2026, 6, 13), date(2026, 6, 19), 2)  # an undated act: the week up to publication


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _when(extract: Extract, text: str, root: str) -> list[tuple[date, date, int]]:
    return [(e.when.start, e.when.end, e.when.precision) for e in rooted(extract(text, PUB), root)]


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        (
            "The European Union agreed to send 200 tonnes of food aid to Sudan this year.",
            "03",
            [WEEK],
        ),
        ("The union threatened to strike at the port later this month.", "13", [WEEK]),
    ],
)
def test_the_unit_of_the_infinitive_dates_the_act_named(
    extract: Extract, text: str, root: str, want: list
) -> None:
    assert _when(extract, text, root) == want


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # the agreement's own day next to its verb
        (
            "Japan agreed on Tuesday to send $50 million in humanitarian aid to Gaza this year.",
            "03",
            [(date(2026, 6, 16), date(2026, 6, 16), 1)],
        ),
        # "to" before a noun is a preposition, no infinitive: the month is the plea's
        (
            "She entered a not guilty plea to the charges earlier this month.",
            "02",
            [(date(2026, 6, 1), date(2026, 6, 19), 3)],
        ),
        # the year before the verb is the agreement's
        (
            "The European Union this year agreed to send food aid to Sudan.",
            "03",
            [(date(2026, 1, 1), date(2026, 6, 19), 4)],
        ),
    ],
)
def test_near_misses_keep_their_reading(extract: Extract, text: str, root: str, want: list) -> None:
    assert _when(extract, text, root) == want
