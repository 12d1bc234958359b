"""Event dates and card lines a fresh reader found wrong (dates91). Sentences written for
these tests; each positive fails on main at d1d43533, each near miss passes on both."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2025-02-20"  # a Thursday
PUB_DAY = date(2025, 2, 20)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _first(events: list[Event], root: str) -> Event:
    return next(e for e in events if code(e).startswith(root))


# ---------------------------------------------------------------- an act after a dated clause


def test_act_after_a_dated_clause_is_on_or_after_that_day(extract: Extract) -> None:
    # TimeML AFTER: the sit-in came after the vote of 11 February, by publication
    ev = _first(extract("The sit-in began after the council voted on February 11.", PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 2, 11), PUB_DAY)
    assert "date_inferred" not in ev.flags


def test_act_after_a_dated_clause_in_a_month(extract: Extract) -> None:
    ev = _first(extract("The sit-in began after the council voted in January.", PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 1, 1), PUB_DAY)


def test_act_with_its_own_day_keeps_it(extract: Extract) -> None:
    # near miss: "on Monday" is the sit-in's own day
    text = "The sit-in began on Monday after the council voted on February 11."
    ev = _first(extract(text, PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 2, 17), date(2025, 2, 17))


def test_act_after_a_dated_noun_keeps_its_reading(extract: Extract) -> None:
    # near miss: a noun's "on" date is read as the act's own, as before
    ev = _first(extract("The sit-in began after the vote on February 11.", PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 2, 11), date(2025, 2, 11))


def test_after_clause_with_a_year_only_is_not_bounded(extract: Extract) -> None:
    # near miss: a year is too loose a bound; the act stays undated (the week to publication)
    ev = _first(extract("The sit-in began after the council voted in 2019.", PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 2, 14), PUB_DAY)


def test_after_a_saying_clause_stays_undated(extract: Extract) -> None:
    # near miss: the day dates the saying (TimeML REPORTING), so no bound for the rally
    text = "Farmers rallied, after officials said on Monday that subsidies would end."
    ev = _first(extract(text, PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 2, 14), PUB_DAY)


def test_after_a_clause_with_a_possessive_day_stays_undated(extract: Extract) -> None:
    # near miss: "Tuesday's ban" dates the ban, not the upholding
    ev = _first(extract("Students marched after the court upheld Tuesday's ban.", PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2025, 2, 14), PUB_DAY)


# ---------------------------------------------------------------- a shared holiday's country


def test_shared_holiday_is_the_articles_countrys_day(extract: Extract) -> None:
    ev = _first(extract("Crowds rallied in Karachi on Independence Day.", PUB), "14")
    assert (ev.date_start, ev.date_end) == (date(2024, 8, 14), date(2024, 8, 14))


def test_shared_holiday_in_a_dateline_country(extract: Extract) -> None:
    text = "ACCRA, Feb 20 (Wire) - Crowds rallied on Independence Day, organisers said."
    ev = _first(extract(text, PUB), "14")
    assert ev.date_start == date(2024, 3, 6)  # Ghana's, not 4 July


def test_shared_holiday_in_a_us_story_stays_the_us_day(extract: Extract) -> None:
    # near miss: the article's country is the row's own
    ev = _first(extract("Crowds rallied in Denver on Independence Day.", PUB), "14")
    assert ev.date_start == date(2024, 7, 4)


def test_unshared_holiday_ignores_the_articles_country(extract: Extract) -> None:
    # near miss: "Christmas Day" is one day everywhere it is a row
    ev = _first(extract("Crowds rallied in Karachi on Christmas Day.", PUB), "14")
    assert ev.date_start == date(2024, 12, 25)


def test_story_country_from_places_and_ties(geoparser: Geoparser) -> None:
    one = geoparser.analyse("Crowds rallied in Lahore and Karachi.", PUB_DAY)
    assert one.story_country == "PK"
    tied = geoparser.analyse("Talks in Lahore and Chennai failed.", PUB_DAY)
    assert tied.story_country is None


# ---------------------------------------------------------------- the card's line


def test_line_does_not_open_on_a_time_adjunct(extract: Extract) -> None:
    text = "She handed herself over early on Monday, two days after the robbery, and was charged."
    ev = _first(extract(text, PUB), "11")
    assert not ev.summary.lower().startswith("two days after")
    assert ev.summary.startswith("She")


def test_line_of_a_plain_clause_is_unchanged(extract: Extract) -> None:
    # near miss
    ev = _first(extract("Police charged her two days after the robbery.", PUB), "11")
    assert ev.summary.startswith("Police charged")


def test_time_adjunct_opening() -> None:
    from dashboard.events.time_adjunct import opens_time_adjunct

    assert opens_time_adjunct("three weeks before the election, and was freed")
    assert not opens_time_adjunct("the day was calm")  # near miss: no counted relation
