"""Two recall faults of issue 16 (happenings): a launch told as a noun whose weapon stands
behind a possessor and two adjectives, and an attack on a ship told at a sea by one outlet and
off that sea's coast by another. Every sentence and report below was written for these tests;
none is taken from an evaluation set."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "General Ortiz watched the launch of the navy's newest solid-fuel missile on Tuesday.",
        "The minister attended the test of the army's latest long-range rocket on Tuesday.",
        "State television showed the launch of the republic's first intercontinental missile "
        "on Tuesday.",
    ],
)
def test_a_launch_whose_weapon_has_class_words_is_read(extract: Extract, body: str) -> None:
    # a missile's class by range or fuel stands right before it, after a possessor and an
    # adjective: five tokens from "launch of" to the weapon, one more than a gap may skip
    assert [code(e) for e in real(extract(body), "15")] == ["150"], body


def test_a_launch_of_something_else_is_no_show_of_force(extract: Extract) -> None:
    body = "The minister attended the launch of the party's newest long-range plan on Tuesday."
    assert not rooted(extract(body), "15")


GULF = Spot(
    "sea:gulf",
    "Gulf of Test",
    "sea",
    None,
    None,
    None,
    None,
    3,
    bbox=(40.0, 10.0, 45.0, 15.0),
    shores=frozenset({"YE", "ER"}),
)
YEMEN = Spot("cc:YE", "Yemen", "country", 15.5, 47.5, "YE", None, 3)
DAY = date(2025, 3, 9)


def at_sea(n: int, side: str | None = None, root: str = "19") -> Report:
    """An attack at the sea, told by ``a{n}`` with ``side`` as who acted (or no one)."""
    sides = frozenset({side}) if side else frozenset()
    return Report(f"e{n}", f"a{n}", root, DAY, DAY, 1, GULF, countries=sides, source_country=side)


def off_yemen(n: int, offshore: bool = True, root: str = "19") -> Report:
    """An attack placed at Yemen with no side named, told off its coast (or not)."""
    return Report(f"e{n}", f"a{n}", root, DAY, DAY, 1, YEMEN, offshore=offshore)


def test_an_attack_told_off_a_coast_meets_the_attack_at_that_sea() -> None:
    # "rebels said they sank a freighter in the gulf" and "a freighter was struck off Yemen"
    assert match(at_sea(1, "YE"), off_yemen(2)) is not None
    assert match(at_sea(1), off_yemen(2)) is not None


def test_an_attack_ashore_or_by_another_side_stays_apart() -> None:
    # "a drone hit a depot in Yemen" is ashore: no shared side ties it to the sea's attack
    assert match(at_sea(1), off_yemen(2, offshore=False)) is None
    # the sea report names who acted, and not the coast's country
    assert match(at_sea(1, "IR"), off_yemen(2)) is None
    # a protest told off a coast is no act of force
    assert match(at_sea(1, root="14"), off_yemen(2, root="14")) is None


SHIP = [
    {
        "title": "Rebels say they sank freighter",
        "text": "Yemen's armed forces said on Sunday they had attacked the freighter Grey Gull "
        "in the Red Sea with drones.",
        "date": "2025-03-09",
        "source": "Harbour Wire",
        "url": "https://harbour.example/grey-gull",
    },
    {
        "title": "Crew abandon freighter",
        "text": "The crew of a freighter abandoned ship on Sunday after it was attacked with "
        "drones off Yemen, its manager said.",
        "date": "2025-03-09",
        "source": "Coast Times",
        "url": "https://coast.example/crew",
    },
]


def test_the_store_tells_one_attack_at_sea_and_off_the_coast(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "ship.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SHIP), encoding="utf-8")
    pipe.ingest([path])
    of: dict[str, set[str]] = {}
    for r in pipe.store.event_rows():
        if r["event_code"][:2] in ("18", "19", "20"):
            of.setdefault(r["url"], set()).add(r["happening_id"])
    sea, coast = (r["url"] for r in SHIP)
    assert of[sea] & of[coast]
