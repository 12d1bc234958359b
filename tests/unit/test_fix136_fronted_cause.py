"""A fronted date closed by a comma dates the whole clause ("In May 2019, bread prices set
off protests"), the protests a cause set off included; a date inside the causing subject
("the verdict on Sunday sparked …") stays the cause's."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real


def _dates(geoparser: Geoparser, body: str) -> set[tuple[date, date, bool]]:
    events = real(make_extract(geoparser)(body), "14")
    assert events
    return {(e.date_start, e.date_end, "date_inferred" in e.flags) for e in events}


def test_a_fronted_month_dates_the_protests_a_cause_set_off(geoparser: Geoparser) -> None:
    body = "In May 2019, soaring bread prices set off the biggest protests in Khartoum in years."
    assert _dates(geoparser, body) == {(date(2019, 5, 1), date(2019, 5, 31), False)}


def test_a_fronted_weekday_dates_them_too(geoparser: Geoparser) -> None:
    body = "On Monday, water cuts sparked protests in Basra."
    assert _dates(geoparser, body) == {(date(2026, 6, 15), date(2026, 6, 15), False)}


def test_a_date_inside_the_causing_subject_is_the_cause_s(geoparser: Geoparser) -> None:
    body = "The verdict on Monday sparked protests in Basra."
    assert all(d != (date(2026, 6, 15), date(2026, 6, 15), False) for d in _dates(geoparser, body))
