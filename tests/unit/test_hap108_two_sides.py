"""A drill or a release told at each of its two states (``happenings.two_sides``, issue 16
recall): reports written for these tests, placed as the reader places a country named alone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

CHILE = Spot("cc:CL", "Chile", "country", -35.7, -71.5, "CL", None, 3)
PERU = Spot("cc:PE", "Peru", "country", -9.2, -75.0, "PE", None, 3)
BOLIVIA = Spot("cc:BO", "Bolivia", "country", -16.3, -63.6, "BO", None, 3)
LIMA = Spot("gn:3936456", "Lima", "city", -12.05, -77.04, "PE", "PE-LIM", 1)
DAY = date(2024, 3, 12)


def act(
    n: int,
    place: Spot,
    countries: tuple[str, ...],
    *,
    root: str = "15",
    days: int = 0,
    week: bool = False,
    source: str | None = None,
) -> Report:
    start = DAY + timedelta(days=days)
    end = start + timedelta(days=6) if week else start
    if week:
        start -= timedelta(days=3)
    return Report(
        f"e{n}",
        f"a{n}",
        root,
        start,
        end,
        2 if week else 1,
        place,
        countries=frozenset(countries),
        source_country=source,
        code={"15": "150", "08": "0841"}.get(root, root + "0"),
    )


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_drill_placed_at_the_state_that_held_it_and_at_its_target_is_one() -> None:
    # "Chile's navy held live-fire drills near Peru's waters, Lima said" (placed at Peru)
    # and "Chile held naval drills aimed at Peru on Tuesday" (placed at Chile)
    held = act(1, CHILE, ("CL", "PE"), source="CL")
    aimed = act(2, PERU, ("CL", "PE"), source="CL")
    assert groups([held, aimed, act(3, PERU, ("CL",), source="CL")]) == [["e1", "e2", "e3"]]


def test_a_release_placed_where_the_freed_were_held_and_where_they_came_home_is_one() -> None:
    # "Bolivia freed three Peruvian fishermen" and "three fishermen held in Bolivia arrived
    # home in Peru"; a week-dated report holding that day joins too
    held = act(1, BOLIVIA, ("BO", "PE"), root="08", source="BO")
    home = act(2, PERU, ("BO", "PE"), root="08")
    week = act(3, BOLIVIA, ("PE",), root="08", week=True)
    assert groups([held, home, week]) == [["e1", "e2", "e3"]]


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (act(2, LIMA, ("CL", "PE"), source="CL"), "a town named is where it was held"),
        (act(2, PERU, ("CL", "PE"), source="CL", days=1), "a drill a day later is another"),
        (act(2, PERU, ("PE",), source="PE"), "Peru's own drill names no Chile"),
        # (two reports of one day's fighting at the two states join since session 92:
        # ``two_sides.clash_sides_match``, tests/unit/test_hap117_clash_sides.py)
        (act(2, PERU, ("CL", "PE"), root="14", source="CL"), "a protest has no two sides"),
        (act(2, PERU, ()), "a report that names no side"),
        (act(2, BOLIVIA, ("CL", "BO"), source="CL"), "the same day's drill aimed elsewhere"),
    ],
)
def test_reports_at_two_states_that_are_not_one_act_stay_apart(other: Report, why: str) -> None:
    held = act(1, CHILE, ("CL", "PE"), root=other.root, source="CL")
    assert groups([held, other]) == [["e1"], ["e2"]], why


def test_two_week_dated_releases_at_two_states_stay_apart() -> None:
    # a week holds two releases as well as one: neither is dated to a day
    a = act(1, BOLIVIA, ("BO", "PE"), root="08", week=True)
    b = act(2, PERU, ("BO", "PE"), root="08", week=True)
    assert groups([a, b]) == [["e1"], ["e2"]]
