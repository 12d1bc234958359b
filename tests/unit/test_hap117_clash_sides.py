"""A clash or a ship taken, told at each of its two states (``happenings.two_sides``,
``clash_sides_match``; issue 16 recall): reports written for these tests, placed as the
reader places a town or a country named alone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

# a border clash between Ecuador and Peru, and a trawler Chile took from Argentina
ECUADOR = Spot("cc:EC", "Ecuador", "country", -1.8, -78.2, "EC", None, 3)
PERU = Spot("cc:PE", "Peru", "country", -9.2, -75.0, "PE", None, 3)
BOLIVIA = Spot("cc:BO", "Bolivia", "country", -16.3, -63.6, "BO", None, 3)
TUMBES = Spot("gn:3691148", "Tumbes", "city", -3.57, -80.45, "PE", "PE-TUM", 1)
PUNTA_ARENAS = Spot("gn:3874787", "Punta Arenas", "city", -53.16, -70.91, "CL", "CL-MA", 1)
BUENOS_AIRES = Spot("gn:3435910", "Buenos Aires", "city", -34.61, -58.38, "AR", "AR-C", 1)
DAY = date(2024, 5, 14)


def report(
    n: int,
    place: Spot,
    countries: tuple[str, ...],
    *,
    root: str = "19",
    code: str = "190",
    days: int = 0,
    week: bool = False,
    taken: str = "",
) -> Report:
    start = DAY + timedelta(days=days)
    end = start + timedelta(days=6) if week else start
    return Report(
        f"e{n}",
        f"a{n}",
        root,
        start,
        end,
        2 if week else 1,
        place,
        countries=frozenset(countries),
        code=code,
        taken=taken,
    )


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_border_clash_told_at_a_town_of_one_side_and_at_the_other_state_is_one() -> None:
    # "Two Peruvian soldiers were killed in a firefight near Tumbes on Tuesday" (Peru named
    # alone), "Peru's army said its posts came under fire on Tuesday" and "Ecuador said its
    # troops returned fire on Peruvian forces on Tuesday" (placed at Ecuador, naming both)
    town = report(1, TUMBES, ("PE",))
    state = report(2, PERU, ("PE",))
    other = report(3, ECUADOR, ("EC", "PE"))
    assert groups([town, state, other]) == [["e1", "e2", "e3"]]


def test_a_trawler_taken_told_at_the_takers_port_and_at_the_flag_states_capital_is_one() -> None:
    # "Chile's navy seized an Argentine trawler and towed it to Punta Arenas on Tuesday" and
    # "Buenos Aires protested the seizure of its trawler by Chile on Tuesday"
    port = report(1, PUNTA_ARENAS, ("CL", "AR"), root="17", code="171", taken="171")
    capital = report(2, BUENOS_AIRES, ("AR", "CL"), root="17", code="171", taken="171")
    assert groups([port, capital]) == [["e1", "e2"]]


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report(2, ECUADOR, ("EC", "PE"), days=1), "the answer a day later is another act"),
        (report(2, ECUADOR, ("EC", "PE"), week=True), "a week holds two clashes as well as one"),
        (report(2, BOLIVIA, ("BO", "EC")), "a clash between two other states"),
        (report(2, ECUADOR, ()), "a report that names no side"),
        (report(2, ECUADOR, ("EC", "PE"), root="14", code="140"), "a protest has no two sides"),
    ],
)
def test_reports_at_two_states_that_are_not_one_clash_stay_apart(other: Report, why: str) -> None:
    town = report(1, TUMBES, ("PE",))
    assert groups([town, other]) == [["e1"], ["e2"]], why


def test_an_arrest_at_each_state_is_not_a_ship_taken() -> None:
    # "Chile detained two Argentine fishermen" and "Argentina detained a Chilean trucker":
    # of the seizure family, but no vessel taken, so no taker and flag to join by
    held = report(1, PUNTA_ARENAS, ("CL", "AR"), root="17", code="173")
    other = report(2, BUENOS_AIRES, ("AR", "CL"), root="17", code="173")
    assert groups([held, other]) == [["e1"], ["e2"]]


def test_two_clashes_of_one_week_each_week_dated_stay_apart() -> None:
    # neither report is dated to a day: "clashes on the border this week" from each side
    a = report(1, PERU, ("PE", "EC"), week=True)
    b = report(2, ECUADOR, ("EC", "PE"), week=True)
    assert groups([a, b]) == [["e1"], ["e2"]]


def test_a_town_report_two_neighbours_name_on_one_day_joins_neither() -> None:
    # "Peruvian soldiers were killed near Tumbes" (Peru alone), and that day Ecuador and
    # Bolivia each tell a clash with Peru: which one the town's report tells is not known
    town = report(1, TUMBES, ("PE",))
    ecuador = report(2, ECUADOR, ("EC", "PE"))
    bolivia = report(3, BOLIVIA, ("BO", "PE"))
    assert groups([town, ecuador, bolivia]) == [["e1"], ["e2"], ["e3"]]
