"""Session 85, fix92 (issue 16, precision: newuser93's repros 01 and 02). A curfew and a state
of emergency are two leaf measures of CAMEO §172 (``happenings/measures``); two named
facilities struck in one city on one day are two attacks (``happenings/named_targets``).
Reports written for these tests, with other names and places than the user's."""

from __future__ import annotations

from pathlib import Path

from dashboard.places.geoparser import Geoparser
from tests.unit.happening_sets import article, happenings_of

CURFEW = article(1, "2023-07-04", "Provincial authorities imposed a curfew in Mataram on Monday.")
EMERGENCY = article(
    2,
    "2023-07-05",
    "JAKARTA - Indonesia declared a state of emergency in West Nusa Tenggara on Tuesday.",
)
CURFEW_AGAIN = article(
    3, "2023-07-04", "A dusk-to-dawn curfew was imposed in Mataram on Monday, officials said."
)
BOTH = article(
    4,
    "2023-07-05",
    "Indonesia declared a state of emergency and a curfew in West Nusa Tenggara on Monday.",
)


def test_a_curfew_and_next_days_state_of_emergency_are_two(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, CURFEW, EMERGENCY)
    assert a
    assert b
    assert a != b


def test_one_curfew_told_two_ways_stays_one(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, CURFEW, CURFEW_AGAIN)
    assert a
    assert a == b


EMBASSY = article(
    5,
    "2024-02-03",
    "Several rockets were fired at the Norwegian embassy compound in Kabul early on Friday.",
)
BASE = article(
    6, "2024-02-03", "A drone targeted the Sabre base complex near Kabul airport on Friday."
)
EMBASSY_AGAIN = article(
    7, "2024-02-03", "Rockets were fired at the Norwegian embassy in Kabul on Friday, police said."
)


def test_two_named_targets_in_one_city_on_one_day_are_two(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, EMBASSY, BASE)
    assert a
    assert b
    assert a != b


def test_one_named_target_told_twice_stays_one(geoparser: Geoparser, tmp_path: Path) -> None:
    a, b = happenings_of(geoparser, tmp_path, EMBASSY, EMBASSY_AGAIN)
    assert a
    assert a == b


def test_a_decree_naming_both_measures_still_joins_the_curfew(
    geoparser: Geoparser, tmp_path: Path
) -> None:
    a, b = happenings_of(geoparser, tmp_path, CURFEW, BOTH)
    assert a
    assert a == b
