"""A happening's place: a tie of support goes to the finer reading, and a country is coarser
than a water body or region of the same geo precision (``happenings.summary.summarise``).
Places and reports written for these tests."""

from __future__ import annotations

from datetime import date

from dashboard.happenings import Spot
from dashboard.happenings.summary import Witness, summarise

DAY = date(2026, 3, 4)
GULF = Spot("sea:test-gulf", "Gulf of Test", "sea", 26.5, 56.3, None, None, 3)
LANDIA = Spot("cc:LD", "Landia", "country", 32.0, 53.0, "LD", None, 3)
BAYTOWN = Spot("gn:1", "Baytown", "city", 27.1, 56.2, "LD", "LD-1", 1)


def _w(eid: str, outlet: str, place: Spot | None) -> Witness:
    return Witness(eid, f"a{eid}", outlet, "t", "u", "s", DAY, DAY, 1, place, ())


def test_a_country_loses_a_tie_to_a_sea_named_after_it() -> None:
    # the country is told first; before, the first named won the tie
    s = summarise([_w("1", "Outlet A", LANDIA), _w("2", "Outlet B", GULF)])
    assert s.place == GULF


def test_more_support_still_wins_over_a_finer_place() -> None:
    # near miss: two outlets say the country, one the sea
    ws = [_w("1", "Outlet A", LANDIA), _w("2", "Outlet C", LANDIA), _w("3", "Outlet B", GULF)]
    assert summarise(ws).place == LANDIA


def test_a_tie_of_two_places_below_the_country_keeps_the_precision_order() -> None:
    # near miss: a town (precision 1) beats a sea (3), as before
    s = summarise([_w("1", "Outlet A", GULF), _w("2", "Outlet B", BAYTOWN)])
    assert s.place == BAYTOWN
