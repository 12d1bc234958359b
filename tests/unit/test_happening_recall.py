"""Reports of one happening that the rule once kept apart (issue 16, recall): each test is
one rule, with reports written for it. Store tests run on both backends (``store_url``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import OTHER_ROOT, family, match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

MOSUL = Spot("gn:99072", "Mosul", "city", 36.34, 43.13, "IQ", "IQ-NI", 1)
DAY = date(2024, 5, 6)


def _report(event_id: str, article: str, root: str, actors: frozenset[str] = frozenset()) -> Report:
    return Report(event_id, article, root, DAY, DAY, 1, MOSUL, actors)


# ---------------------------------------------------------------- 18 and 19: one violent act


def test_an_assault_and_a_fight_at_one_town_on_one_day_match_below_one_root() -> None:
    assault, fight = _report("e1", "a1", "18"), _report("e2", "a2", "19")
    same = match(_report("e3", "a3", "19"), fight)
    crossed = match(assault, fight)
    assert crossed is not None
    assert same is not None
    assert crossed.score == pytest.approx(same.score * OTHER_ROOT, abs=1e-3)
    assert "roots 18 and 19" in crossed.reason


@pytest.mark.parametrize(("a", "b"), [("14", "19"), ("17", "18"), ("15", "19")])
def test_roots_outside_the_family_of_violence_stay_apart(a: str, b: str) -> None:
    assert family(a) != family(b)
    assert match(_report("e1", "a1", a), _report("e2", "a2", b)) is None


ATTACK = [
    {
        "title": "Checkpoint attacked in Mosul",
        "date": "2024-05-07",
        "source": "River Post",
        "url": "https://river.example/checkpoint",
        "text": "MOSUL — Gunmen attacked a police checkpoint in Mosul on Monday, killing three "
        "officers.",
    },
    {
        "title": "Clashes in Mosul",
        "date": "2024-05-07",
        "source": "Plains Herald",
        "url": "https://plains.example/clashes",
        "text": "Fighting broke out in Mosul on Monday as security forces battled gunmen at a "
        "checkpoint.",
    },
    {
        "title": "Power cuts protest",
        "date": "2024-05-07",
        "source": "Plains Herald",
        "url": "https://plains.example/power",
        "text": "Hundreds of people protested in Mosul on Monday against power cuts.",
    },
]


@pytest.mark.parametrize("one_batch", [True, False])
def test_an_attack_told_as_assault_and_as_fighting_is_one_happening_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path, one_batch: bool
) -> None:
    # in one batch the rebuild groups them; in two the second ingest's refresh must find
    # the first report although its root (18) is not the newcomer's (19)
    pipe = Pipeline(Store(store_url), geoparser)
    batches = [ATTACK] if one_batch else [ATTACK[:1], ATTACK[1:]]
    for n, batch in enumerate(batches):
        path = tmp_path / f"batch{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        pipe.ingest([path])
    of = {(r["url"], r["event_code"][:2]): r["happening_id"] for r in pipe.store.event_rows()}
    assault = of[ATTACK[0]["url"], "18"]
    assert of[ATTACK[1]["url"], "19"] == assault
    assert of[ATTACK[2]["url"], "14"] != assault  # a protest that day is another happening


# ---------------------------------------------------------------- a sea and the country off it

GULF = Spot(
    "rg:gulf-of-aden",
    "Gulf of Aden",
    "sea",
    12.5,
    48.0,
    None,
    None,
    3,
    (42.5, 10.4, 51.5, 15.3),
    shores=frozenset({"DJ", "SO", "YE"}),
)
RED_SEA = Spot(
    "rg:red-sea",
    "Red Sea",
    "sea",
    20.0,
    38.5,
    None,
    None,
    3,
    (32.3, 12.4, 43.6, 30.0),
    shores=frozenset({"SD", "YE"}),
)
YEMEN = Spot("cc:YE", "Yemen", "country", 15.5, 47.5, "YE", None, 3)


def _at(
    event_id: str,
    place: Spot,
    actors: tuple[str, ...] = ("houthi",),
    countries: tuple[str, ...] = (),
) -> Report:
    return Report(
        event_id,
        f"art-{event_id}",
        "19",
        DAY,
        DAY,
        1,
        place,
        frozenset(actors),
        frozenset(countries),
    )


def test_a_sea_and_the_country_it_lies_off_match_when_they_share_a_side() -> None:
    m = match(_at("e1", GULF), _at("e2", YEMEN))
    assert m is not None
    assert "lies off Yemen" in m.reason


@pytest.mark.parametrize(
    ("sea", "why"),
    [
        (_at("e1", GULF, actors=("pirates",)), "no side shared"),
        (
            _at("e1", GULF, actors=("houthi", "united states"), countries=("US",)),
            "names actor countries, not Yemen",
        ),
    ],
)
def test_a_sea_and_its_shore_stay_apart_without_the_land_s_side(sea: Report, why: str) -> None:
    assert match(sea, _at("e2", YEMEN)) is None, why


def test_a_happening_at_sea_joins_the_one_ashore_but_not_when_two_at_sea_want_it() -> None:
    one = cluster([_at("e1", GULF), _at("e2", YEMEN)])
    assert [sorted(g.event_ids) for g in one] == [["e1", "e2"]]
    two = cluster([_at("e1", GULF), _at("e2", YEMEN), _at("e3", RED_SEA)])
    assert len(two) == 3  # "a ship hit off Yemen" may tell either attack: neither joins


SHIPS = [
    {
        "title": "Ship hit",
        "date": "2024-05-09",
        "source": "Harbour Times",
        "url": "https://harbour.example/gulf",
        "text": "Houthi rebels struck a cargo ship with a missile in the Gulf of Aden on Thursday, "
        "the ship's operator said.",
    },
    {
        "title": "Ship hit off Yemen",
        "date": "2024-05-10",
        "source": "Gulf Wire",
        "url": "https://gulf.example/yemen",
        "text": "SANAA — The Houthis said their forces attacked a cargo ship off Yemen on Thursday.",
    },
    {
        "title": "Port Sudan fighting",
        "date": "2024-05-09",
        "source": "Gulf Wire",
        "url": "https://gulf.example/port-sudan",
        "text": "Sudan's army and the Rapid Support Forces fought in Port Sudan on Thursday, "
        "residents said.",
    },
]


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_ship_attack_at_sea_and_off_yemen_is_one_happening_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path, one_batch: bool
) -> None:
    # in two batches the second ingest's refresh must look beyond its cell (Yemen) to the
    # seas off it; the day's fighting in Port Sudan, on the Red Sea, shares no side
    pipe = Pipeline(Store(store_url), geoparser)
    for n, batch in enumerate([SHIPS] if one_batch else [SHIPS[:1], SHIPS[1:]]):
        path = tmp_path / f"batch{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        pipe.ingest([path])
    of = {
        r["url"]: r["happening_id"] for r in pipe.store.event_rows() if r["event_code"][:2] == "19"
    }
    assert of[SHIPS[0]["url"]] == of[SHIPS[1]["url"]]
    assert of[SHIPS[2]["url"]] != of[SHIPS[0]["url"]]


# ---------------------------------------------------------------- 0011: stores grouped before


def test_a_store_grouped_by_the_old_rule_is_regrouped_on_upgrade(
    store_url: str, geoparser: Geoparser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlalchemy as sa

    from dashboard.happenings import rules
    from dashboard.store import migrate
    from dashboard.store.happenings import refresh

    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "attack.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ATTACK[:2]), encoding="utf-8")
    pipe.ingest([path])
    ids = [r["id"] for r in pipe.store.event_rows()]
    with monkeypatch.context() as old_rule:  # group as 0010's release did: 18 and 19 apart
        old_rule.setattr(rules, "FAMILIES", {})
        with pipe.store.writer.begin() as conn:
            refresh(conn, ids)
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0010'"))
    assert len({r["happening_id"] for r in pipe.store.event_rows()}) == 2
    pipe.store.engine.dispose()
    store = Store(store_url)  # upgrades through 0011, which regroups
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head() >= "0011"
    assert len({r["happening_id"] for r in store.event_rows()}) == 1
