"""A week-dated report reaches a day past its own range (the rule's slack for a week's edge in
another time zone) only when its block holds no happening told inside that range at a place
that fits it (``grouping._within_own_week``). Our own reports, built as the merge sees them."""

from __future__ import annotations

from datetime import date

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot

CITY = Spot("gn:1", "Northtown", "city", 34.5, 69.2, "AF", "AF-13", 1)
COUNTRY = Spot("cc:AF", "Afghanistan", "country", 33.0, 65.0, "AF", None, 3)


def day(n: int) -> date:
    return date(2021, 8, n)


def fight(eid: str, art: str, start: date, end: date, place: Spot, **kw: object) -> Report:
    return Report(eid, art, "18", start, end, 1 if start == end else 2, place, **kw)  # type: ignore[arg-type]


def groups_of(reports: list[Report]) -> dict[str, set[str]]:
    out = {}
    for g in cluster(reports):
        for e in g.event_ids:
            out[e] = set(g.event_ids)
    return out


def test_a_week_report_refused_by_its_weeks_happening_does_not_take_the_next_day() -> None:
    # a bombing on Thursday (its two reports name other sides than the week report), a drone
    # strike on Sunday by the week report's side, and "this week" told on the Saturday
    bombing = [
        fight("b1", "a1", day(26), day(26), CITY, countries=frozenset({"AF"}), source_country="AF"),
        fight("b2", "a2", day(26), day(26), CITY),
    ]
    strike = [
        fight("s1", "a3", day(29), day(29), CITY, countries=frozenset({"US"}), source_country="US"),
        fight("s2", "a4", day(29), day(29), CITY, countries=frozenset({"US"}), source_country="US"),
    ]
    week = fight(
        "w1", "a5", day(23), day(28), COUNTRY, countries=frozenset({"US"}), source_country="US"
    )
    found = groups_of([*bombing, *strike, week])
    assert found["w1"] == {"w1"}
    assert found["s1"] == {"s1", "s2"}
    # with nothing inside its week, the slack at its edge still holds
    assert groups_of([*strike, week])["w1"] == {"w1", "s1", "s2"}


def test_a_week_report_joins_the_happening_inside_its_week_not_the_one_a_day_before() -> None:
    # one ship hit on the Sunday, another (named otherwise) on the Monday; "this week" from Monday to Thursday
    # fits the Monday's inside its range and the Sunday's only by the slack
    sea = Spot("sea:1", "Red Sea", "sea", 20.0, 38.0, None, None, 3)
    one, other = frozenset({"first ship"}), frozenset({"second ship"})
    sunday = [
        fight("x1", "a1", day(6), day(6), sea, ships=one),
        fight("x2", "a2", day(6), day(6), sea, ships=one),
    ]
    monday = [fight("y1", "a3", day(7), day(7), sea, ships=other)]
    week = fight("w1", "a5", day(7), day(10), sea)
    found = groups_of([*sunday, *monday, week])
    assert found["w1"] == {"w1", "y1"}
