"""A clause joined by ", and," with a date aside before its subject ("…, and, on 12 March,
inspectors raided the mills") is a clause of its own: its act is read, with its own day, and
the first clause keeps none of it (Quirk et al. 1985, 13.5 and 15.54)."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract

# published Thursday 2026-06-18 (``reading.PUB``)


def _read(geoparser: Geoparser, body: str) -> dict[str, tuple[date, date]]:
    return {code(e)[:3]: (e.date_start, e.date_end) for e in make_extract(geoparser)(body)}


def test_a_joined_arrest_after_a_dated_aside(geoparser: Geoparser) -> None:
    body = "Customs closed the dockyard, and, on 9 June, police arrested four smugglers."
    read = _read(geoparser, body)
    assert read.get("173") == (date(2026, 6, 9), date(2026, 6, 9))
    assert "172" in read  # the closing is read, so its date is asserted of a card
    assert read["172"][0] != date(2026, 6, 9)


def test_a_joined_charge_after_a_weekday_aside(geoparser: Geoparser) -> None:
    body = "Regulators froze the accounts, and, on Monday, prosecutors charged the banker."
    read = _read(geoparser, body)
    assert read.get("112") == (date(2026, 6, 15), date(2026, 6, 15))
    assert "163" in read  # the freeze is read too, not lost to the joined clause


def test_an_aside_of_manner_opens_no_clause(geoparser: Geoparser) -> None:
    body = "Customs closed the dockyard, and, as a result, prices rose."
    assert [code(e)[:3] for e in make_extract(geoparser)(body)] == ["172"]
