"""A present perfect with "since X" runs from X to the day of the saying that reports it
("…, the minister said on Wednesday"), never that day alone."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real

# published Thursday 2026-06-18 (``reading.PUB``)


def _dates(geoparser: Geoparser, body: str, root: str) -> set[tuple[date, date]]:
    events = real(make_extract(geoparser)(body), root)
    assert events
    return {(e.date_start, e.date_end) for e in events}


def test_detentions_since_a_weekday_told_by_a_dated_saying(geoparser: Geoparser) -> None:
    body = (
        "Guards have detained more than 80 miners since last Saturday's strike, "
        "the labour minister said on Tuesday."
    )
    assert _dates(geoparser, body, "173") == {(date(2026, 6, 13), date(2026, 6, 16))}


def test_a_since_stretch_without_a_saying_runs_to_publication(geoparser: Geoparser) -> None:
    body = "Guards have detained more than 80 miners since Saturday."
    assert _dates(geoparser, body, "173") == {(date(2026, 6, 13), date(2026, 6, 18))}


def test_an_act_with_its_own_day_keeps_it(geoparser: Geoparser) -> None:
    body = "Guards detained 80 miners on Monday, the labour minister said on Tuesday."
    assert _dates(geoparser, body, "173") == {(date(2026, 6, 15), date(2026, 6, 15))}
