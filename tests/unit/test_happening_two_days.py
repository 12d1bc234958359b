"""Two happenings of two days, each day told by several outlets (issue 16, precision): the
rule's one-day slack forgives one outlet's day, not two outlets agreeing on each of two days
(``grouping.two_days``). Reports written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

CHILE = Spot("cc:CL", "Chile", "country", -33.0, -71.0, "CL", None, 3)
TEMUCO = Spot("gn:3870011", "Temuco", "city", -38.74, -72.6, "CL", "CL.14", 1)
MONDAY = date(2023, 5, 8)


def told(n: int, on: int, place: Spot = TEMUCO, root: str = "18") -> Report:
    d = MONDAY + timedelta(days=on)
    return Report(f"e{n}", f"a{n}", root, d, d, 1, place, countries=frozenset({"CL"}))


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_two_days_each_told_by_two_outlets_are_two_happenings() -> None:
    # a bomb in Temuco on Monday (told at the town and the country), another on Tuesday
    monday = [told(1, 0, TEMUCO), told(2, 0, CHILE)]
    tuesday = [told(3, 1, TEMUCO), told(4, 1, CHILE)]
    assert _groups([*monday, *tuesday]) == [["e1", "e2"], ["e3", "e4"]]


def test_one_outlet_a_day_off_still_joins() -> None:
    # near miss: one outlet dates Monday night's bomb to Tuesday ("overnight"): the slack
    monday = [told(1, 0, TEMUCO), told(2, 0, CHILE)]
    assert _groups([*monday, told(3, 1, TEMUCO)]) == [["e1", "e2", "e3"]]


def test_two_outlets_against_one_still_join() -> None:
    # near miss: two outlets say Tuesday, the only other says Monday: one outlet's day
    assert _groups([told(1, 0), told(3, 1), told(4, 1, CHILE)]) == [["e1", "e3", "e4"]]


def test_one_article_telling_a_day_twice_is_not_two_outlets() -> None:
    # near miss: Tuesday's two reports are one article's two sentences
    monday = [told(1, 0, TEMUCO), told(2, 0, CHILE)]
    again = Report(
        "e5",
        "a3",
        "18",
        MONDAY + timedelta(days=1),
        MONDAY + timedelta(days=1),
        1,
        CHILE,
        countries=frozenset({"CL"}),
    )
    assert _groups([*monday, told(3, 1, TEMUCO), again]) == [["e1", "e2", "e3", "e5"]]


BLASTS = [
    {
        "title": "Bomb in market",
        "date": "2023-05-08",
        "source": "Southern Wire",
        "url": "https://southern.example/market-bomb",
        "text": "TEMUCO — A bomb exploded in the central market of Temuco on Monday, killing "
        "three people, police said.",
    },
    {
        "title": "Market blast kills three",
        "date": "2023-05-09",
        "source": "Valley Post",
        "url": "https://valley.example/market-blast",
        "text": "A bomb that exploded in a market in Temuco yesterday killed three people, the "
        "regional prosecutor said on Tuesday.",
    },
    {
        "title": "Second bomb hits bus station",
        "date": "2023-05-09",
        "source": "Southern Wire",
        "url": "https://southern.example/bus-bomb",
        "text": "TEMUCO — A second bomb exploded at the bus station of Temuco on Tuesday, "
        "killing two people, police said.",
    },
    {
        "title": "Bus station blast",
        "date": "2023-05-10",
        "source": "Valley Post",
        "url": "https://valley.example/bus-blast",
        "text": "A bomb exploded at the bus station in Temuco yesterday, killing two people, "
        "police said on Wednesday.",
    },
]


def test_two_days_of_bombs_in_one_town_stay_two_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "bombs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in BLASTS), encoding="utf-8")
    pipe.ingest([path])
    of = {r["url"]: r["happening_id"] for r in pipe.store.event_rows()}
    market, bus = [u["url"] for u in BLASTS[:2]], [u["url"] for u in BLASTS[2:]]
    assert of[market[0]] == of[market[1]]
    assert of[bus[0]] == of[bus[1]]
    assert of[market[0]] != of[bus[0]]


def test_a_store_grouped_before_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import grouping
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "bombs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in BLASTS), encoding="utf-8")
    with monkeypatch.context() as old_rule:  # group as 0016's release did: the slack alone
        old_rule.setattr(grouping, "two_days", lambda later, earlier: False)
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0016'"))
    of = {r["url"]: r["happening_id"] for r in pipe.store.event_rows()}
    assert of[BLASTS[0]["url"]] == of[BLASTS[2]["url"]]
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0017, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0017"
    of = {r["url"]: r["happening_id"] for r in store.event_rows()}
    assert of[BLASTS[0]["url"]] == of[BLASTS[1]["url"]] != of[BLASTS[2]["url"]]


def test_the_second_day_told_later_is_kept_apart_on_write(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # the same reports, ingested day by day: each write regroups only its neighbourhood
    pipe = Pipeline(Store(store_url), geoparser)
    for n, report in enumerate(BLASTS):
        path = tmp_path / f"blast{n}.jsonl"
        path.write_text(json.dumps(report) + "\n", encoding="utf-8")
        pipe.ingest([path])
    of = {r["url"]: r["happening_id"] for r in pipe.store.event_rows()}
    assert of[BLASTS[0]["url"]] == of[BLASTS[1]["url"]] != of[BLASTS[2]["url"]]
    assert of[BLASTS[2]["url"]] == of[BLASTS[3]["url"]]


def test_a_disaster_s_toll_told_next_day_by_two_outlets_still_joins() -> None:
    # near miss: Monday's flood told by two outlets; on Tuesday two outlets tell its toll,
    # dated by the day officials gave it: the aftermath, not a second flood
    monday = [told(1, 0, TEMUCO, "DIS-FLOOD"), told(2, 0, CHILE, "DIS-FLOOD")]
    toll = [replace(told(n, 1, TEMUCO, "DIS-FLOOD"), aftermath=True) for n in (3, 4)]
    assert _groups([*monday, *toll]) == [["e1", "e2", "e3", "e4"]]
    # while a new flood told by two outlets on Tuesday stays apart
    again = [told(n, 1, TEMUCO, "DIS-FLOOD") for n in (3, 4)]
    assert _groups([*monday, *again]) == [["e1", "e2"], ["e3", "e4"]]
