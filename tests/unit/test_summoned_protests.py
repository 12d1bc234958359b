"""A protest its caller summons people to is still to come: flagged planned, its weekday
read ahead of the call (``dashboard.events.summoned_acts``). Sentences written for these
tests, read as articles of Tuesday 1 April 2025."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract

PUB = "2025-04-01"  # a Tuesday


def _protests(geoparser: Geoparser, body: str) -> list[tuple[str, date, bool]]:
    events = make_extract(geoparser)(body, pub=PUB)
    return [
        (code(e), e.date_start, "planned" in e.flags) for e in events if code(e).startswith("14")
    ]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("The opposition leader called supporters to a rally in Lyon on Sunday.", date(2025, 4, 6)),
        (
            "The party summoned its members to a demonstration outside parliament on Friday.",
            date(2025, 4, 4),
        ),
        ("Union leaders called dock workers to a protest at the port on Monday.", date(2025, 4, 7)),
        (
            "The cleric summoned his followers to a vigil near the embassy on Thursday.",
            date(2025, 4, 3),
        ),
    ],
)
def test_a_summoned_protest_is_planned_on_the_day_ahead(
    geoparser: Geoparser, body: str, day: date
) -> None:
    got = _protests(geoparser, body)
    assert got
    assert all(planned and start == day for _, start, planned in got)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Thousands joined a rally in Lyon on Sunday.", date(2025, 3, 30)),
        ("Students marched through the capital on Saturday.", date(2025, 3, 29)),
    ],
)
def test_a_protest_held_keeps_its_past_day(geoparser: Geoparser, body: str, day: date) -> None:
    got = _protests(geoparser, body)
    assert got
    assert all(not planned and start == day for _, start, planned in got)


def test_a_day_before_the_call_is_not_read_ahead(geoparser: Geoparser) -> None:
    # the summons' own day, before its verb, dates the calling: no day ahead is told
    got = _protests(geoparser, "On Monday the leader called supporters to a rally in Nice.")
    assert got
    assert all(start == date(2025, 3, 31) for _, start, _ in got)
