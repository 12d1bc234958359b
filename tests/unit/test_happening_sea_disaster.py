"""A disaster at sea told from a port (issue 16, recall): a disaster has no sides, so a report
at a sea and one at a town of a shore country meet when the town lies within
``rules.RADIUS_KM[2]`` of the sea's box (``rules._coastal``); an act still needs a shared side.
Reports and sentences written for these tests."""

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

GB_FR = frozenset({"GB", "FR", "BE", "NL", "DE", "DK", "NO"})
NORTH_SEA = Spot(
    "rg:north-sea",
    "North Sea",
    "sea",
    56.0,
    3.0,
    None,
    None,
    3,
    (-4.0, 50.9, 9.2, 61.2),
    shores=GB_FR,
)
GRIMSBY = Spot("gn:2647948", "Grimsby", "city", 53.565, -0.076, "GB", "GB-ENG", 2)
ABERDEEN = Spot("gn:2657832", "Aberdeen", "city", 57.144, -2.098, "GB", "GB-SCT", 1)
LYON = Spot("gn:2996944", "Lyon", "city", 45.749, 4.848, "FR", "FR-ARA", 1)
BRITAIN = Spot("cc:GB", "United Kingdom", "country", 54.0, -2.0, "GB", None, 3)
DAY = date(2025, 3, 10)


def report(n: int, spot: Spot, root: str = "DIS-COLLISION") -> Report:
    return Report(f"e{n}", f"a{n}", root, DAY, DAY, 1, spot)


@pytest.mark.parametrize("port", [GRIMSBY, ABERDEEN])
def test_a_collision_at_sea_and_one_told_from_a_port_are_one(port: Spot) -> None:
    m = match(report(1, NORTH_SEA), report(2, port))
    assert m is not None
    assert "North Sea" in m.reason


@pytest.mark.parametrize(
    ("land", "why"),
    [
        (LYON, "an inland town of a shore country, 570 km from the sea's box"),
        (BRITAIN, "a whole country says too little"),
    ],
)
def test_a_collision_at_sea_does_not_meet_one_inland(land: Spot, why: str) -> None:
    assert match(report(1, NORTH_SEA), report(2, land)) is None, why


def test_an_act_at_sea_still_needs_a_shared_side() -> None:
    # no sides named on either report: the coast alone does not tie two seizures
    assert match(report(1, NORTH_SEA, "17"), report(2, GRIMSBY, "17")) is None


COLLISIONS = [
    {
        "title": "Ships collide",
        "date": "2025-03-10",
        "source": "Channel Post",
        "url": "https://channelpost.example/collision",
        "text": "Two cargo ships collided in the North Sea on Monday, leaving one sailor "
        "missing, the coast guard said.",
    },
    {
        "title": "Collision off Grimsby",
        "date": "2025-03-10",
        "source": "Humber Daily",
        "url": "https://humber.example/grimsby",
        "text": "A tanker and a cargo ship collided off Grimsby on Monday, and lifeboats "
        "searched for a missing sailor.",
    },
    {
        "title": "Ferry hits barge",
        "date": "2025-03-10",
        "source": "Rhone Courier",
        "url": "https://rhone.example/lyon",
        "text": "A passenger ferry collided with a barge on the Rhone in Lyon on Monday, "
        "injuring four people.",
    },
]


def test_the_store_joins_the_sea_and_the_port_not_the_river(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "collisions.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in COLLISIONS), encoding="utf-8")
    pipe.ingest([path])
    of = {
        r["url"].rsplit("/", 1)[1]: r["happening_id"]
        for r in pipe.store.event_rows()
        if r["event_code"] == "DIS-COLLISION"
    }
    assert of["collision"] == of["grimsby"]
    assert of["lyon"] != of["collision"]
