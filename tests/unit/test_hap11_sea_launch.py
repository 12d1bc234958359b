"""A missile launch told at sea by an outlet that names no side ("a missile came down in the
Sea of Japan, the defence ministry said") and told at home by its launcher ("North Korea fired
an ICBM"): one launch (issue 16, recall; ``rules._launched_home``). Reports written for these
tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match

NORTH_KOREA = Spot("cc:KP", "North Korea", "country", 40.0, 127.0, "KP", None, 3)
SOUTH_KOREA = Spot("cc:KR", "South Korea", "country", 36.5, 127.8, "KR", None, 3)
EAST_SEA = Spot(
    "gn:2128894",
    "Sea of Japan",
    "sea",
    40.0,
    135.0,
    None,
    None,
    3,
    (127.0, 33.0, 142.0, 52.0),
    shores=frozenset({"JP", "KP", "KR", "RU"}),
)
DAY = date(2024, 10, 31)


def launch(n: int, place: Spot, side: str | None, kind: str | None = "launch") -> Report:
    """A show of force (CAMEO 15) told by article ``a{n}``; ``side`` None names no actor."""
    sides = frozenset({side}) if side else frozenset()
    r = Report(f"e{n}", f"a{n}", "15", DAY, DAY, 1, place, frozenset(), sides, side)
    return replace(r, kind=kind)


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_sideless_launch_at_sea_meets_the_launch_told_at_home() -> None:
    assert match(launch(1, EAST_SEA, None), launch(2, NORTH_KOREA, "KP")) is not None
    assert _groups([launch(1, EAST_SEA, None), launch(2, NORTH_KOREA, "KP")]) == [["e1", "e2"]]


def test_a_sea_report_naming_another_side_stays_apart() -> None:
    # near miss: the neighbour's reply into the same sea, told with its own side
    assert match(launch(1, EAST_SEA, "KR"), launch(2, NORTH_KOREA, "KP")) is None


def test_a_drill_at_home_never_meets_a_sideless_launch() -> None:
    assert match(launch(1, EAST_SEA, None), launch(2, SOUTH_KOREA, "KR", "exercise")) is None


def test_a_launch_told_abroad_is_not_its_home() -> None:
    # "North Korea's missile set off sirens" placed in South Korea is not the launcher's end
    assert match(launch(1, EAST_SEA, None), launch(2, SOUTH_KOREA, "KP")) is None


def test_two_launchers_on_one_sea_leave_the_sideless_report_alone() -> None:
    # near miss: both shores launch the same day; the sea report could be either
    reports = [
        launch(1, EAST_SEA, None),
        launch(2, NORTH_KOREA, "KP"),
        launch(3, SOUTH_KOREA, "KR"),
    ]
    assert _groups(reports) == [["e1"], ["e2"], ["e3"]]
