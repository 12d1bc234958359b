"""A denial told by a pronoun after a dated act ("… indicted on Monday. She denied any
wrongdoing") answers what is held against the speaker on an occasion of its own: no day of
the act before it, but the span from that day up to publication, flagged ``date_inferred``
(``same_occasion``). Another act told by the pronoun still carries the occasion on."""

from __future__ import annotations

from datetime import date

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract

# published Thursday 2026-06-18 (``reading.PUB``); Monday is 2026-06-15
_MONDAY = date(2026, 6, 15)


def _of(geoparser: Geoparser, body: str, full: str) -> Event:
    return next(e for e in make_extract(geoparser)(body) if code(e) == full)


def test_a_denial_after_an_indictment_is_not_dated_to_it(geoparser: Geoparser) -> None:
    body = "The mayor was indicted on Monday. She denied any wrongdoing."
    denial = _of(geoparser, body, "016")
    assert (denial.date_start, denial.date_end) == (_MONDAY, date(2026, 6, 18))
    assert "date_inferred" in denial.flags


def test_a_denial_after_an_arrest_is_not_dated_to_it(geoparser: Geoparser) -> None:
    body = "Customs officers arrested the importer on Monday. He denied the charges."
    denial = _of(geoparser, body, "016")
    assert (denial.date_start, denial.date_end) != (_MONDAY, _MONDAY)
    assert "date_inferred" in denial.flags


def test_a_denial_with_its_own_day_keeps_it(geoparser: Geoparser) -> None:
    body = "The mayor was indicted on Monday. She denied any wrongdoing on Tuesday."
    denial = _of(geoparser, body, "016")
    assert (denial.date_start, denial.date_end) == (date(2026, 6, 16), date(2026, 6, 16))


def test_a_looting_told_by_they_keeps_the_occasion(geoparser: Geoparser) -> None:
    body = "Rebels seized the town on Monday. They looted the market."
    events = [e for e in make_extract(geoparser)(body) if code(e) != "016"]
    assert events
    assert all((e.date_start, e.date_end) == (_MONDAY, _MONDAY) for e in events)
