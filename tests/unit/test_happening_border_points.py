"""A landmark of no country (a bridge or a crossing between two countries, a holy site both
claim) lies between countries like a sea (``shores.BORDER_KINDS``): its reports meet those
placed in a town of either side by distance or a region's box, not by the country alone.
Reports and sentences written for these tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.grouping import cluster
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

BRIDGE = Spot(
    "rg:crimean-bridge",
    "Crimean Bridge",
    "landmark",
    45.29,
    36.58,
    None,
    None,
    1,
    (36.48, 45.2, 36.75, 45.35),
    shores=frozenset({"UA", "RU"}),
)
KERCH = Spot("gn:706524", "Kerch", "city", 45.357, 36.475, "UA", "UA-43", 1)
FEODOSIA = Spot("gn:709161", "Feodosiya", "city", 45.049, 35.379, "UA", "UA-43", 1)
CRIMEA = Spot(
    "rg:crimea", "Crimea", "region", 45.2, 34.3, "UA", None, 3, (32.45, 44.35, 36.7, 46.25)
)
LVIV = Spot("gn:702550", "Lviv", "city", 49.84, 24.03, "UA", "UA-46", 1)
DAY = date(2025, 7, 14)


def report(n: int, spot: Spot, *, day: date = DAY, countries: tuple[str, ...] = ()) -> Report:
    return Report(f"e{n}", f"a{n}", "19", day, day, 1, spot, countries=frozenset(countries))


def test_a_border_point_meets_a_town_beside_it() -> None:
    # "Naval drones struck the Crimean Bridge on Monday" and "blasts near Kerch on Monday"
    m = match(report(1, BRIDGE, countries=("UA",)), report(2, KERCH))
    assert m is not None
    assert "km apart" in m.reason
    # and "an attack in Crimea on Monday": the bridge lies in the region's box
    assert match(report(1, BRIDGE), report(2, CRIMEA)) is not None


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report(2, LVIV), "a town of a shore country far away: the country alone says too little"),
        (report(2, FEODOSIA), "a town of the same side 95 km away"),
        (report(2, KERCH, day=DAY + timedelta(days=2)), "two days later: another attack"),
    ],
)
def test_near_misses_stay_apart(other: Report, why: str) -> None:
    assert match(report(1, BRIDGE), other) is None, why


def test_grouping_puts_the_border_point_into_the_happening_ashore() -> None:
    reports = [report(1, BRIDGE, countries=("UA",)), report(2, KERCH), report(3, CRIMEA)]
    groups = cluster(reports)
    assert len(groups) == 1
    assert set(groups[0].event_ids) == {"e1", "e2", "e3"}


ATTACKS = [
    {
        "title": "Bridge struck",
        "date": "2025-07-14",
        "source": "Black Sea Wire",
        "url": "https://blackseawire.example/bridge",
        "text": "Naval drones struck the Crimean Bridge early on Monday, halting traffic on the "
        "road span, officials said.",
    },
    {
        "title": "Blasts at Kerch",
        "date": "2025-07-14",
        "source": "Daily Ledger",
        "url": "https://ledger.example/kerch",
        "text": "Drones attacked the road bridge at Kerch early on Monday, damaging a section "
        "of the roadway, officials said.",
    },
    {
        "title": "Depot hit",
        "date": "2025-07-16",
        "source": "Daily Ledger",
        "url": "https://ledger.example/feodosia",
        "text": "Drones attacked an oil depot in Feodosia early on Wednesday, officials said.",
    },
]


def test_the_store_joins_the_bridge_and_the_town(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "attacks.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ATTACKS), encoding="utf-8")
    pipe.ingest([path])
    of = {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in pipe.store.event_rows()}
    assert of["bridge"] == of["kerch"]
    assert of["feodosia"] != of["kerch"]  # another town, two days later
