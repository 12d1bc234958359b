"""A ship taken at sea by one side and told at a shore country that took no part (issue 16,
recall): the seizure at the sea and the report ashore are tied by the side that took it
(``rules._taken_by_one_side``), at the weaker place score of a coast (``COUNTRY_COAST``).
Reports written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import COUNTRY_COAST, match, place_part

GULF = Spot(
    "rg:test-gulf",
    "Gulf of Oman",
    "sea",
    24.5,
    58.5,
    None,
    None,
    3,
    (56.0, 22.5, 61.5, 26.5),
    shores=frozenset({"IR", "OM", "AE"}),
)
UAE = Spot("cc:AE", "United Arab Emirates", "country", 24.0, 54.0, "AE", None, 3)
IRAN = Spot("cc:IR", "Iran", "country", 32.0, 53.0, "IR", None, 3)
FRIDAY = date(2023, 4, 28)


def told(n: int, place: Spot, *, side: str | None, root: str = "17", taken: str = "") -> Report:
    """A report by article ``a{n}`` naming Iran (IR) among its actors, ``side`` as who acted."""
    r = Report(f"e{n}", f"a{n}", root, FRIDAY, FRIDAY, 1, place, countries=frozenset({"IR"}))
    return replace(r, source_country=side, taken=taken)


def test_a_tanker_taken_at_sea_and_told_off_a_neighbour_s_coast_is_one() -> None:
    # "the Guards seized a tanker in the Gulf of Oman" and "Iranian forces took a tanker
    # off the Emirates' coast", the second placed at the UAE, which took no part
    sea, ashore = told(1, GULF, side=None, taken="171"), told(2, UAE, side="IR")
    assert match(sea, ashore) is not None
    part = place_part(sea, ashore)
    assert part is not None
    assert part.score == COUNTRY_COAST


def test_an_attack_at_sea_and_one_ashore_by_one_side_stay_two() -> None:
    # near miss: a drone at a ship and a missile at a port of a neighbour, one side, one day
    sea, ashore = told(1, GULF, side="IR", root="19"), told(2, UAE, side="IR", root="19")
    assert match(sea, ashore) is None


def test_a_sea_report_naming_another_side_as_taker_stays_apart() -> None:
    sea = replace(told(1, GULF, side="US", taken="171"), countries=frozenset({"IR", "US"}))
    assert match(sea, told(2, UAE, side="IR")) is None


def test_no_ship_taken_stays_apart() -> None:
    # near miss: two coercive acts (17) by one side that day, neither a vessel taken
    assert match(told(1, GULF, side=None), told(2, UAE, side="IR")) is None


def test_the_taker_s_own_coast_is_preferred_to_a_neighbour_s() -> None:
    # the seizure at sea fits the report placed at Iran (a link by the sides) better than the
    # one placed at the UAE, which the Iran report cannot join (two countries): one move only
    reports = [
        told(1, GULF, side="IR", taken="171"),
        told(2, IRAN, side="IR"),
        told(3, UAE, side="IR"),
    ]
    assert sorted(sorted(g.event_ids) for g in cluster(reports)) == [["e1", "e2"], ["e3"]]
