"""An act told with two times joined by "and" (``paired_dates``): "again" or "then" makes the
second time another act even when the two meet; two times that meet with "and" alone date one
card over both, never the first time alone."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real

# published Thursday 2026-06-18 (``reading.PUB``)


def _spans(geoparser: Geoparser, body: str, root: str) -> list[tuple[date, date]]:
    events = real(make_extract(geoparser)(body), root)
    assert events
    return sorted((e.date_start, e.date_end) for e in events)


def test_a_coup_again_the_next_year_is_two_acts(geoparser: Geoparser) -> None:
    body = "The junta seized power in 2014 and again in 2015."
    assert _spans(geoparser, body, "19") == [
        (date(2014, 1, 1), date(2014, 12, 31)),
        (date(2015, 1, 1), date(2015, 12, 31)),
    ]


def test_a_kidnapping_then_the_next_month_is_two_acts(geoparser: Geoparser) -> None:
    body = "Gunmen kidnapped the district chief in March 2019 and then in April 2019."
    assert _spans(geoparser, body, "18") == [
        (date(2019, 3, 1), date(2019, 3, 31)),
        (date(2019, 4, 1), date(2019, 4, 30)),
    ]


def test_two_years_that_meet_date_one_card_over_both(geoparser: Geoparser) -> None:
    body = "The junta seized power in 2014 and 2015."
    assert _spans(geoparser, body, "19") == [(date(2014, 1, 1), date(2015, 12, 31))]


def test_two_days_that_meet_date_one_card_over_both(geoparser: Geoparser) -> None:
    body = "Farmers blocked the motorway on Monday and Tuesday."
    assert _spans(geoparser, body, "14") == [(date(2026, 6, 15), date(2026, 6, 16))]


def test_a_month_joined_by_and_alone_is_read(geoparser: Geoparser) -> None:
    # the date reader reads "and September" whole, so the pair was missed
    body = "The militia shelled the harbour in March and September."
    spans = _spans(geoparser, body, "19")
    assert sorted(s.month for s, e in spans if s.month == e.month) == [3, 9]


def test_between_two_years_stays_one_stretch(geoparser: Geoparser) -> None:
    body = "Rebels occupied the town between 2014 and 2016."
    events = make_extract(geoparser)(body)
    assert events  # a card the reader gives, so the one stretch is asserted of something
    assert {(e.date_start, e.date_end) for e in events} == {(date(2014, 1, 1), date(2016, 12, 31))}


def test_a_single_time_keeps_its_own_date(geoparser: Geoparser) -> None:
    body = "The junta seized power in 2014 and promised elections."
    assert (date(2014, 1, 1), date(2014, 12, 31)) in _spans(geoparser, body, "19")
    assert (date(2014, 1, 1), date(2015, 12, 31)) not in _spans(geoparser, body, "19")
