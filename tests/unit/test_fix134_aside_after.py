"""An "after" clause parting the subject from its verb dates its own verb, not the main act:
"Police, after the mayor announced on Monday that …, dispersed the crowd" dispersed on or
after Monday (``after_clause_dates.aside_after``), never on Monday alone."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real

# published Thursday 2026-06-18 (``reading.PUB``); Monday is 2026-06-15
_MONDAY = date(2026, 6, 15)


def _spans(geoparser: Geoparser, body: str) -> list[tuple[date, date]]:
    events = real(make_extract(geoparser)(body), "17")
    assert events
    return [(e.date_start, e.date_end) for e in events]


def test_a_dispersal_after_an_announcement_in_an_aside(geoparser: Geoparser) -> None:
    body = (
        "Riot police, after the mayor announced on Monday that the square was off limits, "
        "dispersed the crowd."
    )
    assert _spans(geoparser, body) == [(_MONDAY, date(2026, 6, 18))]


def test_a_dispersal_after_a_speech_in_an_aside(geoparser: Geoparser) -> None:
    body = "Troops, after the president spoke on Monday, dispersed the crowd."
    assert _spans(geoparser, body) == [(_MONDAY, date(2026, 6, 18))]


def test_a_day_of_the_act_itself_stays_its_own(geoparser: Geoparser) -> None:
    body = "Riot police dispersed the crowd on Monday, after the mayor spoke."
    assert _spans(geoparser, body) == [(_MONDAY, _MONDAY)]


def test_an_aside_with_no_verb_of_its_own_dates_the_act(geoparser: Geoparser) -> None:
    body = "Riot police, after dark on Monday, dispersed the crowd."
    assert _spans(geoparser, body) == [(_MONDAY, _MONDAY)]
