"""An act of force told from the attacker's capital (``happenings.homes``, issue 16 recall):
placed at home by the dateline alone, it meets the one act of that side elsewhere that day.
Reports and sentences written for these tests; the store test runs on both backends."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.homes import home_match
from dashboard.happenings.model import Report, Spot
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

TURKEY = Spot("cc:TR", "Turkey", "country", 39.0, 35.0, "TR", None, 3)
SULAYMANIYAH = Spot("gn:98463", "Sulaymaniyah", "city", 35.56, 45.44, "IQ", "IQ-SU", 1)
QAMISHLI = Spot("gn:167046", "Qamishli", "city", 37.05, 41.22, "SY", "SY-HA", 1)
DAY = date(2026, 3, 10)


def strike(
    n: int,
    place: Spot,
    *,
    by: str | None = "TR",
    home: bool = False,
    days: int = 0,
    root: str = "19",
) -> Report:
    day = DAY + timedelta(days=days)
    countries = frozenset({by} if by else ())
    return Report(
        f"e{n}", f"a{n}", root, day, day, 1, place, countries=countries, source_country=by,
        home=home,
    )  # fmt: skip


def groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_strike_told_at_the_attackers_home_meets_the_struck_city() -> None:
    home, there = strike(1, TURKEY, home=True), strike(2, SULAYMANIYAH)
    m = home_match(home, there)
    assert m is not None
    assert "the side that acted" in m.reason
    assert groups([home, there, strike(3, SULAYMANIYAH)]) == [["e1", "e2", "e3"]]


@pytest.mark.parametrize(
    ("others", "why"),
    [
        ([strike(2, SULAYMANIYAH, days=1)], "the struck city's report of the next day"),
        ([strike(2, SULAYMANIYAH, by="IR")], "another side's strike that day"),
        ([strike(2, SULAYMANIYAH, by=None)], "a report that names no one who acted"),
        ([strike(2, SULAYMANIYAH, root="04")], "a meeting is no strike"),
        (
            [strike(2, SULAYMANIYAH), strike(3, QAMISHLI)],
            "one side's strikes in two countries that day: either could be the one",
        ),
    ],
)
def test_a_home_report_that_is_not_clearly_one_strike_stays_apart(
    others: list[Report], why: str
) -> None:
    home = strike(1, TURKEY, home=True)
    assert ["e1"] in groups([home, *others]), why


def test_a_report_at_home_without_the_mark_is_not_moved() -> None:
    # "Turkish jets bombed militants in Turkey's south-east": the act was at home
    assert groups([strike(1, TURKEY), strike(2, SULAYMANIYAH)]) == [["e1"], ["e2"]]


def test_two_home_reports_do_not_meet_each_other_abroad() -> None:
    a, b = strike(1, TURKEY, home=True), strike(2, TURKEY, home=True)
    assert home_match(a, b) is None


RAID = [
    {
        "title": "Strikes on shelters",
        "date": "2026-03-10",
        "source": "Capital Daily",
        "url": "https://capital-daily.example/shelters",
        "text": "ANKARA — Turkey's defence ministry said on Tuesday that its jets had destroyed "
        "militant shelters, killing 20 fighters.",
    },
    {
        "title": "Jets hit Kurdish positions",
        "date": "2026-03-10",
        "source": "Northern Wire",
        "url": "https://northern.example/positions",
        "text": "Turkish warplanes bombed militant positions near Sulaymaniyah on Tuesday, "
        "Iraqi Kurdish officials said.",
    },
]
VILLAGE = {
    "title": "Drones hit village",
    "date": "2026-03-10",
    "source": "River Post",
    "url": "https://river.example/village",
    "text": "Turkish drones struck a village near Qamishli on Tuesday, Kurdish officials in "
    "Syria said.",
}


def _of(store_url: str, geoparser: Geoparser, tmp_path: Path, items: list[dict]) -> dict:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "raid.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if str(r["event_code"])[:2] == "19"]
    return {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in rows}


def test_a_raid_told_from_the_attackers_capital_is_one_happening_with_the_struck_city(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # the first is placed at Turkey by its Ankara dateline alone; Turkey did it
    of = _of(store_url, geoparser, tmp_path, RAID)
    assert of["shelters"] == of["positions"]


def test_a_raid_told_from_home_with_strikes_in_two_countries_that_day_stays_apart(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _of(store_url, geoparser, tmp_path, [*RAID, VILLAGE])
    assert of["shelters"] not in (of["positions"], of["village"])
