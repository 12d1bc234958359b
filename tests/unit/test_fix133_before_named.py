"""An act told before a happening named with its past year ("detained before the 2021
referendum") lies by that year's end: an inferred range through that year, never the week of
publication; an act with its own day, or before a happening of the story's own year, keeps
what it had."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real

# published Thursday 2026-06-18 (``reading.PUB``)
_BEFORE = (date(2020, 1, 1), date(2021, 12, 31))


def _dates(geoparser: Geoparser, body: str) -> set[tuple[date, date, bool]]:
    events = real(make_extract(geoparser)(body), "17")
    assert events
    return {(e.date_start, e.date_end, "date_inferred" in e.flags) for e in events}


def test_an_arrest_in_a_relative_clause_before_a_named_past_vote(geoparser: Geoparser) -> None:
    body = "Among the pardoned were reporters who had been detained before the 2021 referendum."
    assert _dates(geoparser, body) == {(*_BEFORE, True)}


def test_a_main_clause_arrest_before_a_named_past_vote(geoparser: Geoparser) -> None:
    body = "Border guards detained two reporters before the 2021 referendum."
    assert _dates(geoparser, body) == {(*_BEFORE, True)}


def test_an_arrest_with_its_own_day_keeps_it(geoparser: Geoparser) -> None:
    body = "Border guards detained two reporters on Monday before the 2021 referendum."
    assert _dates(geoparser, body) == {(date(2026, 6, 15), date(2026, 6, 15), False)}


def test_a_vote_of_the_story_s_own_year_is_not_read_so(geoparser: Geoparser) -> None:
    body = "Border guards detained two reporters before the 2026 referendum."
    assert all(
        (s, e) != (date(2025, 1, 1), date(2026, 12, 31)) for s, e, _ in _dates(geoparser, body)
    )


def test_a_happening_in_another_clause_dates_nothing(geoparser: Geoparser) -> None:
    body = "Border guards detained two reporters, who had campaigned before the 2021 referendum."
    assert all((s, e) != _BEFORE for s, e, _ in _dates(geoparser, body))
