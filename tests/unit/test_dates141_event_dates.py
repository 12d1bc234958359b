"""Event-date faults of the reader (session 94, dates141): a count after a day in a fronted
phrase ("Three days after the riot on Sunday, ..."), the future in the past ("were to meet on
Tuesday") and a stretch between two months ("between January and March")."""

from __future__ import annotations

from datetime import date

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract

# published Thursday 2026-06-18 (``reading.PUB``): Sunday 14, Monday 15, Tuesday 16, Wednesday 17


def _read(geoparser: Geoparser, body: str) -> list[Event]:
    events = make_extract(geoparser)(body)
    assert events  # a card the reader gives, so its date is asserted of something
    return events


def _spans(events: list[Event]) -> set[tuple[date, date, bool]]:
    return {(e.date_start, e.date_end, "date_inferred" in e.flags) for e in events}


def test_a_fronted_count_after_a_day_moves_the_day(geoparser: Geoparser) -> None:
    # the comma closes the phrase, so Sunday is the riot's and the arrests three days on
    body = "Three days after the riot on Sunday, troops arrested forty youths in the market."
    spans = _spans(_read(geoparser, body))
    assert (date(2026, 6, 17), date(2026, 6, 17), False) in spans


def test_a_count_after_a_day_closing_the_sentence_is_left(geoparser: Geoparser) -> None:
    # near miss: "on Monday" closing the sentence may be the arrest's own day
    body = "Troops arrested the ringleader two days after the riot on Monday."
    assert (date(2026, 6, 17), date(2026, 6, 17), False) not in _spans(_read(geoparser, body))


def test_were_to_meet_on_a_weekday_looks_ahead(geoparser: Geoparser) -> None:
    # "was/were to" + infinitive: the future in the past (Quirk et al. 1985 §4.49)
    body = "The two presidents were to meet on Tuesday in Nairobi, their aides said."
    spans = {(s, e) for s, e, _ in _spans(_read(geoparser, body))}
    assert spans == {(date(2026, 6, 23), date(2026, 6, 23))}


def test_met_on_a_weekday_stays_past(geoparser: Geoparser) -> None:
    body = "The two presidents met on Tuesday in Nairobi, their aides said."
    spans = {(s, e) for s, e, _ in _spans(_read(geoparser, body))}
    assert spans == {(date(2026, 6, 16), date(2026, 6, 16))}


def test_between_two_months_is_the_whole_stretch(geoparser: Geoparser) -> None:
    body = "Militias shelled the border villages between January and March, the army said."
    spans = {(s, e) for s, e, _ in _spans(_read(geoparser, body))}
    assert spans == {(date(2026, 1, 1), date(2026, 3, 31))}


def test_between_two_months_that_do_not_meet(geoparser: Geoparser) -> None:
    body = "Gunmen raided farms in the valley between February and May."
    spans = {(s, e) for s, e, _ in _spans(_read(geoparser, body))}
    assert spans == {(date(2026, 2, 1), date(2026, 5, 31))}
