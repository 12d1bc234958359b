"""A week-dated report goes with its own article's report of a day inside its week
(``happenings.own_day``), and two sayings that name no one do not merge
(``actor_sides.no_speakers``). Our own reports, built as the merge sees them."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

CITY = Spot("gn:1", "Southtown", "city", 17.0, -96.7, "MX", "MX-OAX", 1)
STATE = Spot("a1:MX-OAX", "Oaxaca", "admin1", 17.0, -96.5, "MX", "MX-OAX", 2)
CAPITAL = Spot("gn:2", "Sofia", "city", 42.7, 23.3, "BG", "BG-22", 1)


def day(n: int) -> date:
    return date(2025, 3, n)


def report(
    eid: str, art: str, root: str, start: date, end: date, place: Spot, **kw: object
) -> Report:
    return Report(eid, art, root, start, end, 1 if start == end else 2, place, **kw)  # type: ignore[arg-type]


def groups_of(reports: list[Report]) -> dict[str, set[str]]:
    return {e: set(g.event_ids) for g in cluster(reports) for e in g.event_ids}


def test_a_week_dated_killing_dated_by_its_own_article_keeps_off_another_killing() -> None:
    # "the treasurer was murdered less than a week after his appointment" (the week to Monday
    # the 10th), then "Montes was murdered Saturday" (the 8th); another outlet's police chief
    # shot on Wednesday the 5th in the same city is another act
    week = report("w", "a1", "19", day(4), day(10), STATE)
    own = report("d", "a1", "19", day(8), day(8), CITY)
    other = report("o", "a2", "18", day(5), day(5), CITY)
    found = groups_of([week, own, other])
    assert found["w"] == {"w"}  # its article's day stands alone: so does it
    assert found["o"] == {"o"}


def test_a_week_report_joins_its_own_days_happening_not_another_days() -> None:
    week = report("w", "a1", "19", day(4), day(10), STATE)
    own = report("d", "a1", "19", day(8), day(8), CITY)
    same = report("s", "a3", "19", day(8), day(8), CITY)
    other = report("o", "a2", "18", day(5), day(5), CITY)
    found = groups_of([week, own, same, other])
    assert found["w"] == {"w", "d", "s"}
    assert found["o"] == {"o"}


def test_near_miss_a_week_report_whose_article_dates_two_days_is_placed_as_before() -> None:
    # either day may be the one it tells: main's rule decides (here: the only other outlet)
    week = report("w", "a1", "19", day(4), day(10), STATE)
    first = report("d1", "a1", "19", day(5), day(5), CITY)
    second = report("d2", "a1", "19", day(8), day(8), CITY)
    other = report("o", "a2", "19", day(5), day(5), CITY)
    assert groups_of([week, first, second, other])["w"] == {"w", "d1", "o"}


def test_near_miss_a_week_report_whose_article_gives_no_day_still_joins_its_week() -> None:
    # main's rule, unchanged: the only act of its type and place in its week
    week = report("w", "a1", "19", day(4), day(10), STATE)
    other = report("o", "a2", "18", day(5), day(5), CITY)
    assert groups_of([week, other])["w"] == {"w", "o"}


def test_near_miss_its_own_articles_day_outside_its_week_does_not_hold_it() -> None:
    week = report("w", "a1", "19", day(4), day(10), STATE)
    before = report("d", "a1", "19", day(1), day(1), CITY)
    other = report("o", "a2", "18", day(5), day(5), CITY)
    assert groups_of([week, before, other])["w"] == {"w", "o"}


def test_two_demands_that_name_no_one_stay_apart() -> None:
    # "the whole ballot must be held again" and "the cabinet must now fix a new date"
    a = report("m1", "a1", "10", day(3), day(9), CAPITAL)
    b = report("m2", "a2", "10", day(4), day(10), CAPITAL)
    assert groups_of([a, b])["m1"] == {"m1"}


def test_near_miss_two_demands_of_one_named_side_still_merge() -> None:
    side = {"actors": frozenset({"opposition"}), "countries": frozenset({"BG"})}
    a = report("m1", "a1", "10", day(3), day(9), CAPITAL, **side)
    b = report("m2", "a2", "10", day(4), day(10), CAPITAL, **side)
    assert groups_of([a, b])["m1"] == {"m1", "m2"}


def test_near_miss_two_actorless_acts_of_force_still_merge() -> None:
    # a deed is at a place and a time whoever did it: "a bomb went off in the market"
    a = report("f1", "a1", "19", day(6), day(6), CAPITAL)
    b = report("f2", "a2", "19", day(6), day(6), CAPITAL)
    assert groups_of([a, b])["f1"] == {"f1", "f2"}


def test_near_miss_a_week_report_meets_another_outlets_week_report() -> None:
    # two outlets' loose reports of one week (neither told on another day of it) still meet
    week = report("w", "a1", "19", day(4), day(10), STATE)
    own = report("d", "a1", "19", day(8), day(8), CITY)
    loose = report("l", "a2", "19", day(4), day(10), STATE)
    assert groups_of([week, own, loose])["w"] == {"w", "d", "l"}
