"""A ship taken by one state's forces is told by one outlet at the taker's country and by
another off a second country's coast; both name the taker as who acted, so they are one
seizure (``rules._taken_home``, filed together by ``Report.cell``). Another taker, a report
not told off a coast, or two seizures of no vessel stay apart. Places made up for these tests."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match

TAKER = Spot("cc:T1", "Takerland", "country", 32.0, 53.0, "IR", None, 3)
COAST = Spot("cc:T2", "Coastland", "country", 24.0, 54.0, "AE", None, 3)
PORT = Spot("gn:t9", "Coast Port", "city", 25.1, 56.3, "AE", "AE-FU", 1)
DAY = date(2024, 4, 13)


def _r(
    eid: str,
    art: str,
    place: Spot,
    side: str | None = "IR",
    *,
    offshore: bool = False,
    taken: str = "",
) -> Report:
    return Report(
        eid,
        art,
        "17",
        DAY,
        DAY,
        1,
        place,
        frozenset({"guards"}),
        frozenset({side} if side else set()),
        source_country=side,
        offshore=offshore,
        taken=taken,
    )


def test_a_ship_taken_told_at_home_and_off_another_coast_is_one() -> None:
    home = _r("e1", "a1", TAKER, taken="171")
    off = _r("e2", "a2", COAST, offshore=True)
    assert off.cell == "IR"
    m = match(home, off)
    assert m is not None
    assert "one ship taken" in m.reason
    assert len(cluster([home, off])) == 1


def test_other_takers_and_reports_ashore_stay_apart() -> None:
    home = _r("e1", "a1", TAKER, taken="171")
    # another side took it: two seizures
    assert match(home, _r("e2", "a2", COAST, "US", offshore=True)) is None
    # told in the other country's port, not off its coast: an act ashore there
    ashore = _r("e3", "a3", PORT)
    assert ashore.cell == "AE"
    assert len(cluster([home, ashore])) == 2
    # neither tells a vessel taken: an arrest at home and one off a coast are not this
    assert match(_r("e4", "a4", TAKER), _r("e5", "a5", COAST, offshore=True)) is None
