"""A ship taken, told off a whole country's coast ("captured off the coast of Yemen"), meets a
seizure at a sea lying off that country (``rules._off_country``), at a place score that yields
to a link by the sides (``rules.COUNTRY_COAST``). Reports and sentences written for these
tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match

RED_SEA = Spot(
    "rg:red-sea",
    "Red Sea",
    "sea",
    20.0,
    38.5,
    None,
    None,
    3,
    (32.3, 12.5, 43.5, 30.0),
    shores=frozenset({"YE", "SA", "ER", "SD", "EG"}),
)
HORMUZ = Spot(
    "rg:strait-of-hormuz",
    "Strait of Hormuz",
    "sea",
    26.6,
    56.6,
    None,
    None,
    3,
    (55.8, 26.0, 57.2, 27.2),
    shores=frozenset({"IR", "AE", "OM"}),
)


def country(code: str) -> Spot:
    return Spot(f"cc:{code}", code, "country", None, None, code, None, 3)


DAY = date(2025, 11, 16)


def seizure(
    n: int,
    spot: Spot,
    *,
    day: date = DAY,
    off: bool = False,
    root: str = "17",
    countries: tuple[str, ...] = (),
) -> Report:
    return Report(
        f"e{n}", f"a{n}", root, day, day, 1, spot, countries=frozenset(countries), offshore=off
    )


def test_a_seizure_at_sea_meets_one_told_off_a_country_coast() -> None:
    # "Rebels seized a car carrier in the Red Sea on Sunday" and "Armed men captured a ship
    # off the coast of Yemen on Sunday"
    m = match(seizure(1, RED_SEA, countries=("YE",)), seizure(2, country("YE"), off=True))
    assert m is not None
    assert "told off its coast" in m.reason


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (seizure(2, country("YE"), off=True, day=DAY + timedelta(days=2)), "two days later"),
        (seizure(2, country("OM"), off=True), "Oman's coast is not on the Red Sea"),
        (seizure(2, country("YE")), "not told off the coast: taken in Yemen"),
        # an attack told off the coast meets one at that sea too since hap13 (``_off_coast``;
        # its near misses: tests/unit/test_hap13_launch_and_coast.py); one ashore does not
        (seizure(2, country("YE"), root="19"), "an attack in Yemen, not off its coast"),
    ],
)
def test_near_misses_stay_apart(other: Report, why: str) -> None:
    assert match(seizure(1, RED_SEA, root=other.root), other) is None, why


def test_a_link_by_the_sides_beats_a_country_coast() -> None:
    # "Iran's Guards seized a container ship near the Strait of Hormuz" fits both "Iran's
    # forces seized a ship" (placed in Iran) and "a ship was taken off the coast of the UAE"
    # (a coast alone): the link by the side named wins, rather than neither
    at_sea = seizure(1, HORMUZ, countries=("IR",))
    in_iran = seizure(2, country("IR"), countries=("IR",))
    off_uae = seizure(3, country("AE"), off=True, countries=("IR",))
    groups = {g.event_ids for g in cluster([at_sea, in_iran, off_uae])}
    assert ("e1", "e2") in {tuple(sorted(ids)) for ids in groups}
