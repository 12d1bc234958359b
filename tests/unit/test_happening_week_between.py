"""A week-dated report between two happenings of its week (issue 16, precision of the recall
rules): "this week's earthquake", told on a Wednesday, when one quake struck on Sunday and
another on Tuesday, could be either; how precisely each names the place must not choose for
it (``grouping._best``, ``grouping._both_inside``). Reports written for these tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

PERU = Spot("cc:PE", "Peru", "country", -9.2, -75.0, "PE", None, 3)
AREQUIPA = Spot("a1:PE.04", "Arequipa", "admin1", -16.0, -72.5, "PE", "PE.04", 3)
SUNDAY = date(2022, 8, 14)


def day(n: int, on: int, place: Spot = AREQUIPA, mag: float | None = None) -> Report:
    d = SUNDAY + timedelta(days=on)
    return Report(f"e{n}", f"a{n}", "DIS-QUAKE", d, d, 1, place, magnitude=mag)


def week(n: int, first: int, last: int, place: Spot = AREQUIPA, mag: float | None = None) -> Report:
    return Report(
        f"e{n}",
        f"a{n}",
        "DIS-QUAKE",
        SUNDAY + timedelta(days=first),
        SUNDAY + timedelta(days=last),
        2,
        place,
        magnitude=mag,
    )


def _groups(reports: list[Report]) -> list[list[str]]:
    return sorted(sorted(g.event_ids) for g in cluster(reports))


def test_a_week_report_holding_both_quakes_days_joins_neither() -> None:
    # the Sunday quake (M6.9) told at the country, seen again in Arequipa; the Tuesday shock
    # (M5.1) told in Arequipa: the week report (Saturday to Wednesday, Arequipa) scores
    # better against Tuesday's by place alone, but its date holds both days
    sunday = [day(1, 0, PERU, 6.9), day(2, 0, AREQUIPA)]
    tuesday = [day(3, 2, AREQUIPA, 5.1), day(4, 2, AREQUIPA, 5.2)]
    assert _groups([*sunday, *tuesday]) == [["e1", "e2"], ["e3", "e4"]]
    assert _groups([*sunday, *tuesday, week(5, -1, 3)]) == [["e1", "e2"], ["e3", "e4"], ["e5"]]


def test_a_week_report_holding_one_quake_s_day_joins_it() -> None:
    # near miss: the week report runs Monday to Wednesday, so only Tuesday's shock is inside
    sunday = [day(1, 0, PERU, 6.9), day(2, 0, AREQUIPA)]
    tuesday = [day(3, 2, AREQUIPA, 5.1), day(4, 2, AREQUIPA, 5.2)]
    groups = _groups([*sunday, *tuesday, week(5, 1, 3)])
    assert groups == [["e1", "e2"], ["e3", "e4", "e5"]]


def test_a_rival_of_week_reports_only_does_not_count_as_a_day_inside() -> None:
    # near miss: the other happening is one week report alone (an M6.9 told only as "this
    # week's", no day of its own), so the newcomer's date still says which day-dated
    # happening it tells
    tuesday = [day(3, 2, AREQUIPA, 5.1), day(4, 2, AREQUIPA, 5.2)]
    vague = week(6, 0, 6, PERU, 6.9)
    groups = _groups([*tuesday, vague, week(5, 1, 3)])
    assert groups == [["e3", "e4", "e5"], ["e6"]]


PERU_WEEK = [
    {
        "title": "Quake hits Peru",
        "date": "2022-08-14",
        "source": "Andes Wire",
        "url": "https://andes.example/quake",
        "text": "A magnitude 6.9 earthquake struck southern Peru on Sunday, toppling adobe houses, "
        "the civil defence office said.",
    },
    {
        "title": "Quake in Peru",
        "date": "2022-08-14",
        "source": "Lima Post",
        "url": "https://lima.example/quake",
        "text": "A strong earthquake of magnitude 6.8 shook Peru on Sunday, cracking roads.",
    },
    {
        "title": "New shock",
        "date": "2022-08-16",
        "source": "Coast Herald",
        "url": "https://coast.example/shock",
        "text": "A magnitude 5.1 earthquake struck Arequipa on Tuesday, cracking walls.",
    },
    {
        "title": "New shock told again",
        "date": "2022-08-16",
        "source": "Sur Diario",
        "url": "https://sur.example/shock",
        "text": "An earthquake of magnitude 5.2 hit Arequipa on Tuesday, officials said.",
    },
    # dated by the saying's day: the week up to Wednesday (``hazard_said.said_bound``)
    {
        "title": "Toll",
        "date": "2022-08-17",
        "source": "Pacific Daily",
        "url": "https://pacific.example/toll",
        "text": "The earthquake in Arequipa has killed 41 people, officials said on Wednesday.",
    },
]


def test_a_store_grouped_before_the_rule_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import grouping
    from dashboard.store.happenings import refresh

    def happening_of(store: Store) -> dict[str, str]:
        return {
            r["url"]: r["happening_id"]
            for r in store.event_rows()
            if r["event_code"] == "DIS-QUAKE"
        }

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "quakes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in PERU_WEEK), encoding="utf-8")
    with monkeypatch.context() as old_rule:  # group as 0012's release did: by score alone
        old_rule.setattr(grouping, "_both_inside", lambda r, *h: False)
        pipe.ingest([path])
        with pipe.store.writer.begin() as conn:
            refresh(conn, [r["id"] for r in pipe.store.event_rows()])
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0012'"))
    toll, tuesday = PERU_WEEK[4]["url"], PERU_WEEK[2]["url"]
    assert happening_of(pipe.store)[toll] == happening_of(pipe.store)[tuesday]
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades to 0013, which regroups
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() >= "0013"
    of = happening_of(store)
    assert of[toll] not in (of[tuesday], of[PERU_WEEK[0]["url"]])
    assert of[PERU_WEEK[3]["url"]] == of[tuesday]
