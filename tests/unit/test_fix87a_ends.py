"""A hand-over told at its two countries and a drill told at a strait and at an island by it
are one happening (``happenings.ends``); other senders, other days and attacks stay apart.
Reports written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

DAY = date(2023, 9, 15)
US = Spot("cc:US", "United States", "country", 39.8, -98.5, "US", None, 3)
MX = Spot("cc:MX", "Mexico", "country", 23.0, -102.0, "MX", None, 3)
PE = Spot("cc:PE", "Peru", "country", -10.0, -76.0, "PE", None, 3)
# a strait of no country, with its box (west, south, east, north) and the states it lies off
STRAIT = Spot(
    "rg:test-strait", "Test Strait", "sea", 26.5, 56.5, None, None, 3,
    (55.9, 25.9, 57.2, 27.0), shores=frozenset({"IR", "OM", "AE"}),
)  # fmt: skip
# an island town about 90 km west of that box, and one about 450 km away
ISLAND = Spot("gn:1", "Isle Town", "city", 25.87, 55.02, "AE", None, 1)
FAR = Spot("gn:2", "Far Town", "city", 24.0, 52.0, "AE", None, 1)


def _report(
    eid: str, place: Spot, src: str | None, tgt: str | None, code: str = "063", day: date = DAY
) -> Report:
    countries = frozenset(c for c in (src, tgt) if c)
    return Report(
        eid, "a" + eid, code[:2], day, day, 1, place,
        countries=countries, source_country=src, target_country=tgt, code=code,
    )  # fmt: skip


def _groups(*reports: Report) -> set[frozenset[str]]:
    return {frozenset(g.event_ids) for g in cluster(list(reports))}


def test_an_extradition_told_at_its_sender_and_its_receiver_is_one() -> None:
    # "The United States extradited him to Peru on Sunday" / "LIMA - he landed, handed over by
    # US marshals": one at the sender, one at the receiver
    sent, landed = _report("e1", US, "US", "PE"), _report("e2", PE, "US", "PE")
    assert _groups(sent, landed) == {frozenset({"e1", "e2"})}


def test_two_senders_to_one_receiver_stay_two() -> None:
    # Mexico and another state each send a suspect to the United States that day
    mexico = _report("e1", MX, "MX", "US")
    other = _report("e2", US, "PE", "US")
    assert len(_groups(mexico, other)) == 2


def test_a_hand_over_with_no_named_sender_stays_apart() -> None:
    sent, landed = _report("e1", US, "US", "PE"), _report("e2", PE, None, "PE")
    assert len(_groups(sent, landed)) == 2


def test_a_hand_over_and_a_deportation_stay_apart() -> None:
    sent = _report("e1", US, "US", "PE")
    deported = _report("e2", PE, "US", "PE", code="174")
    assert len(_groups(sent, deported)) == 2


def _drill(eid: str, place: Spot, day: date = DAY, code: str = "150", src: str = "IR") -> Report:
    r = _report(eid, place, src, None, code=code, day=day)
    return replace(r, actors=frozenset({"navy"}), kind="exercise" if code == "150" else None)


def test_a_drill_told_at_the_strait_and_at_an_island_by_it_is_one() -> None:
    # "naval exercises near the strait on Tuesday" / "exercises today on the island"
    assert _groups(_drill("e1", STRAIT), _drill("e2", ISLAND)) == {frozenset({"e1", "e2"})}


def test_a_drill_on_the_next_day_stays_apart() -> None:
    later = _drill("e2", ISLAND, day=DAY + timedelta(days=1))
    assert len(_groups(_drill("e1", STRAIT), later)) == 2


def test_an_island_far_from_the_strait_stays_apart() -> None:
    assert len(_groups(_drill("e1", STRAIT), _drill("e2", FAR))) == 2


def test_a_strike_in_the_strait_and_one_on_the_island_stay_apart() -> None:
    # one side's attack on a ship in the strait and its strike ashore are two attacks
    ship = _drill("e1", STRAIT, code="190")
    shore = _drill("e2", ISLAND, code="190")
    assert len(_groups(ship, shore)) == 2
