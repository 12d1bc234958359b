"""A report placed only by a country lent from its sentence (``happenings.lent_countries``,
issue 16 recall): reports written for these tests, placed as the reader places an act whose
own clause names no place ("Norway condemned the raid", lent Norway)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.store import happening_neighbours as nb

NORWAY = Spot("cc:NO", "Norway", "country", 61.0, 8.0, "NO", None, 3, inferred=True)
MALI = Spot("cc:ML", "Mali", "country", 17.0, -4.0, "ML", None, 3, inferred=True)
GAO = Spot("gn:2457163", "Gao", "city", 16.27, -0.04, "ML", "ML-7", 1)
NIAMEY = Spot("gn:2440485", "Niamey", "city", 13.51, 2.11, "NE", "NE-8", 1)
DAY = date(2024, 10, 8)


def act(
    n: int,
    place: Spot,
    countries: tuple[str, ...],
    *,
    days: int = 0,
    week: bool = False,
    actors: tuple[str, ...] = (),
) -> Report:
    start = DAY + timedelta(days=days)
    end = start + timedelta(days=6) if week else start
    return Report(
        f"e{n}",
        f"a{n}",
        "18",
        start,
        end,
        2 if week else 1,
        place,
        actors=frozenset(actors),
        countries=frozenset(countries),
        code="180",
    )


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_raid_told_by_the_state_that_condemned_it_joins_the_raid_at_its_town() -> None:
    # "Gunmen attacked a market in Gao on Tuesday" (twice) and "Norway condemned Tuesday's
    # attack by gunmen on Malian traders, its foreign ministry said" (lent Norway)
    at_gao = [act(1, GAO, ("ML",), actors=("gunmen",)), act(2, GAO, ("ML",), actors=("gunmen",))]
    told = act(3, NORWAY, ("ML",), actors=("gunmen",))
    assert groups([*at_gao, told]) == [["e1", "e2", "e3"]]


def test_a_lent_country_of_the_same_side_as_the_act_joins_it() -> None:
    # the lent place is the side's own nationality ("a Malian convoy was ambushed", lent
    # Mali) and the act is told at Niamey by the others: the side shared is Mali's
    told = act(1, MALI, ("ML",))
    assert groups([told, act(2, NIAMEY, ("ML", "NE"))]) == [["e1", "e2"]]


def test_two_happenings_that_fit_leave_the_lent_report_alone() -> None:
    told = act(3, NORWAY, ("ML",), actors=("gunmen",))
    gao, niamey = act(1, GAO, ("ML",)), act(2, NIAMEY, ("ML",))
    assert groups([gao, niamey, told]) == [["e1"], ["e2"], ["e3"]]


def test_a_lent_report_of_another_day_stays_apart() -> None:
    told = act(2, NORWAY, ("ML",), days=1)
    assert groups([act(1, GAO, ("ML",)), told]) == [["e1"], ["e2"]]


def test_a_week_dated_lent_report_stays_apart() -> None:
    told = act(2, NORWAY, ("ML",), week=True)
    assert groups([act(1, GAO, ("ML",)), told]) == [["e1"], ["e2"]]


def test_a_lent_report_sharing_no_side_stays_apart() -> None:
    told = act(2, NORWAY, ("NO",), actors=("police",))
    assert groups([act(1, GAO, ("ML",), actors=("gunmen",)), told]) == [["e1"], ["e2"]]


def test_two_lent_reports_never_join_each_other_across_countries() -> None:
    other = Spot("cc:SE", "Sweden", "country", 62.0, 15.0, "SE", None, 3, inferred=True)
    told = act(2, other, ("ML",))
    assert groups([act(1, NORWAY, ("ML",)), told]) == [["e1"], ["e2"]]


def test_the_store_looks_up_every_block_of_a_lent_reports_type_on_its_day(tmp_path: Any) -> None:
    # a lent report refreshed alone must meet the act's block, whichever country it is in
    from dashboard.store.db import Store
    from tests.unit.test_speed68_home_day_index import _insert_links

    store = Store(str(tmp_path / "store.db"))
    rows = [
        ("gao", "18", "ML", DAY, DAY),
        ("kidal", "19", "ML", DAY, DAY),  # the same family (acts of force)
        ("march", "14", "ML", DAY, DAY),  # near miss: a protest
        ("later", "18", "NE", DAY + timedelta(days=1), DAY + timedelta(days=1)),  # near miss
    ]
    _insert_links(store, rows)
    with store.engine.connect() as conn:
        found = nb._lent_days(conn, [act(9, NORWAY, ("ML",))])
        own = nb._lent_days(conn, [act(8, GAO, ("ML",)), act(7, NORWAY, ("ML",), week=True)])
    assert (found, own) == ({"gao", "kidal"}, set())
