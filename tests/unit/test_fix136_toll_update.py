"""The day a toll rose dates the count, not the act it counts ("the toll from a bus bombing
rose to 31 on Monday"): the act lies in an inferred week ending that day; an act with its
own day keeps it."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real

# published Thursday 2026-06-18 (``reading.PUB``)


def _dates(geoparser: Geoparser, body: str) -> set[tuple[date, date, bool]]:
    events = real(make_extract(geoparser)(body), "18", "19")
    assert events
    return {(e.date_start, e.date_end, "date_inferred" in e.flags) for e in events}


def test_a_bombing_counted_by_a_toll_that_rose_on_a_day(geoparser: Geoparser) -> None:
    body = (
        "The death toll from a bus bombing near the central market in Kabul rose to 31 on Monday."
    )
    assert _dates(geoparser, body) == {(date(2026, 6, 9), date(2026, 6, 15), True)}


def test_a_bombing_with_its_own_day_keeps_it(geoparser: Geoparser) -> None:
    body = "The toll from Saturday's bus bombing in Kabul rose to 31 on Monday."
    assert _dates(geoparser, body) == {(date(2026, 6, 13), date(2026, 6, 13), False)}


def test_a_bombing_told_with_its_day_is_not_a_toll(geoparser: Geoparser) -> None:
    body = "A bus bombing near the central market in Kabul killed 31 people on Monday."
    assert _dates(geoparser, body) == {(date(2026, 6, 15), date(2026, 6, 15), False)}
