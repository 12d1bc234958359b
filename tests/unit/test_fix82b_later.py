"""fix82b: an act told with a bare "later" after a dated story comes AFTER it (TimeML TLINK
AFTER, no distance given): from the story's day up to publication, not the story's own day
at day precision. Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = "2023-03-10"  # a Friday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _promise(extract: Extract, body: str) -> tuple[date, date, int]:
    events = rooted(extract(body, PUB), "03")
    assert events
    when = events[0].when
    return when.start, when.end, when.precision


def test_a_bare_later_runs_from_the_story_to_publication(extract: Extract) -> None:
    body = (
        "Farmers blocked roads near Oruro on Monday. The mayor later promised to cut diesel prices."
    )
    start, end, precision = _promise(extract, body)
    assert (start, end) == (date(2023, 3, 6), date(2023, 3, 10))
    assert precision > 1


def test_near_miss_later_that_day_keeps_the_story_day(extract: Extract) -> None:
    body = (
        "Farmers blocked roads near Oruro on Monday. Later that day the mayor promised to cut "
        "diesel prices."
    )
    assert _promise(extract, body) == (date(2023, 3, 6), date(2023, 3, 6), 1)
