"""One side's acts of force at one place a day apart, told apart by whom or what each says was
hit: the people named killed or targeted (``happenings.named_dead``, read by
``told_days.next_day_apart``) and a ship's name that other reports of those days mark as a
ship's (``happenings.lent_ships``). One strike told by outlets naming different dead on one
day, or the same man a day apart, stays one happening. Reports and sentences written for these
tests (the people and ships are made up); each is read from a stored row as the store reads it
(``happening_reports._report``), so the near misses run on the code before these rules too."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.store.happening_reports import _report

TYRE = Spot("gn:267008", "Tyre", "city", 33.27, 35.2, "LB", "LB-JL", 1)
HODEIDAH = Spot("gn:79415", "Hodeidah", "city", 14.8, 42.95, "YE", "YE-HU", 1)
ADEN = Spot("gn:415189", "Aden", "city", 12.78, 45.04, "YE", "YE-AD", 1)
SPOTS = {s.id: s for s in (TYRE, HODEIDAH, ADEN)}
FRIDAY = date(2024, 5, 10)
SATURDAY = date(2024, 5, 11)


def told(n: int, day: date, sentence: str, spot: Spot = TYRE, side: str = "IL") -> Report:
    """Outlet ``n``'s report of an air strike (CAMEO 195) at ``spot`` on ``day``."""
    row = SimpleNamespace(
        id=f"e{n}",
        article_id=f"a{n}",
        event_code="19",
        date_start=day,
        date_end=day,
        time_precision=1,
        location_id=spot.id,
        geo_precision=1,
        by_dateline=False,
        told_abroad=None,
        actors=json.dumps(["Israel" if side == "IL" else "Houthi"]),
        actor_countries=json.dumps([side]),
        detail=json.dumps({"event_code": "195", "roles": {"source_country": side}}),
        unreal=False,
        summary=sentence,
        evidence=json.dumps([{"text": sentence}]),
    )
    return _report(row, SPOTS, {})


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_two_men_killed_a_day_apart_are_two_strikes() -> None:
    reports = [
        told(1, FRIDAY, "An air strike on a car near Tyre killed militia commander Yusuf Haddad."),
        told(2, FRIDAY, "Yusuf Haddad was killed in an Israeli strike near Tyre, the group said."),
        told(3, SATURDAY, "An Israeli drone strike near Tyre killed senior official Karim Nassar."),
    ]
    assert _groups(reports) == [["e1", "e2"], ["e3"]]


def test_a_man_targeted_the_next_day_is_another_strike() -> None:
    reports = [
        told(1, FRIDAY, "Israeli jets struck a building in Tyre, killing commander Omar Saad."),
        told(
            2,
            SATURDAY,
            "An Israeli strike hit a flat in Tyre, targeting Rami Khalil, the army said.",
        ),
    ]
    assert _groups(reports) == [["e1"], ["e2"]]


def test_two_men_named_on_one_day_are_one_strike() -> None:
    # near miss: one strike kills several people, and each outlet may name another of them
    reports = [
        told(1, FRIDAY, "An Israeli strike in Tyre killed commander Omar Saad."),
        told(2, FRIDAY, "Rami Khalil, an aide, was killed in the Israeli strike in Tyre."),
    ]
    assert _groups(reports) == [["e1", "e2"]]


def test_one_man_named_a_day_apart_is_one_strike() -> None:
    # near miss: the same man by his full name and his surname, the slack's own case
    reports = [
        told(1, FRIDAY, "An Israeli strike in Tyre killed commander Omar Saad."),
        told(2, SATURDAY, "The group said Saad was killed in an Israeli strike in Tyre."),
        told(3, SATURDAY, "Israeli jets struck a car in Tyre, killing two people."),
    ]
    assert _groups(reports) == [["e1", "e2", "e3"]]


def test_counts_and_places_name_no_one() -> None:
    # near miss: a count of the dead and a city's people are no one's names, so a man named
    # the day before does not part them
    reports = [
        told(1, FRIDAY, "An Israeli strike in Tyre killed commander Omar Saad."),
        told(2, SATURDAY, "A man from Tyre City was killed in an Israeli strike, police said."),
        told(3, SATURDAY, "An Israeli strike in Tyre killed at least 12 people in Tyre City."),
    ]
    assert _groups(reports) == [["e1", "e2", "e3"]]


def test_a_ship_named_bare_meets_the_name_another_report_marks() -> None:
    reports = [
        told(1, FRIDAY, "Rebels attacked the bulk carrier Sea Lark off Hodeidah.", HODEIDAH, "YE"),
        told(2, FRIDAY, "Rebels said they had hit the Sea Lark off Hodeidah.", HODEIDAH, "YE"),
        told(3, SATURDAY, "Rebels attacked the tanker Blue Heron near Aden.", ADEN, "YE"),
        told(
            4,
            SATURDAY,
            "The Blue Heron, struck by rebel drones off Hodeidah, sank.",
            HODEIDAH,
            "YE",
        ),
    ]
    groups = _groups(reports)
    assert ["e1", "e2"] in groups
    assert not any("e4" in g and "e1" in g for g in groups)


def test_a_ship_recalled_later_in_the_sentence_is_not_lent() -> None:
    # near miss: the name another report marks is recalled, not the act's own ship
    reports = [
        told(1, FRIDAY, "Rebels attacked the bulk carrier Sea Lark off Hodeidah.", HODEIDAH, "YE"),
        told(
            2,
            SATURDAY,
            "Rebels hit a ship off Hodeidah a day after the Sea Lark was hit.",
            HODEIDAH,
            "YE",
        ),
        told(3, SATURDAY, "Rebels attacked the tanker Blue Heron near Aden.", ADEN, "YE"),
    ]
    assert ["e1", "e2"] in _groups(reports)
