"""A report naming no actor country but the one it happened in, as the side acted on, tells
the side struck at home; a foreign side named by another report of the same place and day is
who acted, not a contradiction (``rules.struck_at_home``). Reports and sentences written for
these tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

SUMY = Spot("gn:692194", "Sumy", "city", 50.9077, 34.7981, "UA", "UA-59", 1)
SUMY_OBLAST = Spot("a1:UA-59", "Sumy Oblast", "admin1", 50.9, 34.8, "UA", "UA-59", 3)
DAY = date(2025, 4, 13)


def report(
    n: int,
    countries: tuple[str, ...],
    *,
    spot: Spot = SUMY,
    source: str | None = None,
    target: str | None = None,
    day: date = DAY,
) -> Report:
    return Report(
        f"e{n}",
        f"a{n}",
        "19",
        day,
        day,
        1,
        spot,
        countries=frozenset(countries),
        source_country=source,
        target_country=target,
    )


def test_a_foreign_attack_meets_the_side_struck_at_home() -> None:
    # "Russian missiles struck the centre of Sumy on Sunday" (read with no source) and
    # "A missile hit a bus of Ukrainian civilians in the Sumy region on Sunday"
    m = match(report(1, ("RU",), target="RU"), report(2, ("UA",), spot=SUMY_OBLAST, target="UA"))
    assert m is not None
    assert "actors not contradicted" in m.reason


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        # a Russian and a Belarusian act in Sumy: two foreign sides, neither at home
        (report(1, ("RU",)), report(2, ("BY",), target="BY"), "two foreign sides"),
        # the home side named with no role: it may be who acted ("Ukrainian troops fired on
        # positions near Sumy"), one side of a two-sided fight
        (report(1, ("RU",)), report(2, ("UA",)), "home side, no role"),
        # both name who acted, each the other side: "Ukrainian forces shelled ..." against
        # "Russian artillery shelled ..." in one town on one day are two acts
        (report(1, ("UA",), source="UA"), report(2, ("RU",), source="RU"), "two sources"),
        # the side at home, but two days later: another strike on the same town
        (
            report(1, ("RU",)),
            report(2, ("UA",), target="UA", day=DAY + timedelta(days=2)),
            "two days",
        ),
        # the side struck names another country too: not only the side struck at home
        (report(1, ("RU",)), report(2, ("UA", "BY"), target="UA"), "host and a foreign side"),
    ],
)
def test_near_misses_stay_apart(a: Report, b: Report, why: str) -> None:
    assert match(a, b) is None, why


STRIKES = [
    {
        "title": "Missiles hit Sumy",
        "date": "2025-04-13",
        "source": "North Wire",
        "url": "https://northwire.example/sumy",
        "text": "The number of people killed when Russian missiles struck the centre of Sumy "
        "on Sunday has risen to 34, the regional governor said.",
    },
    {
        "title": "Bus hit in Sumy",
        "date": "2025-04-13",
        "source": "Daily Ledger",
        "url": "https://ledger.example/bus",
        "text": "A ballistic missile hit a trolleybus full of Ukrainian civilians in Sumy on "
        "Sunday morning, emergency services said.",
    },
    {
        "title": "Sumy hit again",
        "date": "2025-04-15",
        "source": "Daily Ledger",
        "url": "https://ledger.example/again",
        "text": "A missile hit a school in Sumy on Tuesday, emergency services said.",
    },
]


def test_the_store_joins_the_attack_and_the_side_struck(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "strikes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in STRIKES), encoding="utf-8")
    pipe.ingest([path])
    of = {r["url"].rsplit("/", 1)[1]: r["happening_id"] for r in pipe.store.event_rows()}
    assert of["sumy"] == of["bus"]
    assert of["again"] != of["bus"]  # two days later: another strike


def test_a_crowded_block_still_offers_the_side_struck_at_home() -> None:
    # a busy day (``grouping.CROWD``): the block is looked up by key, and the keys must let the
    # foreign side's report meet the report of the side struck, both ways
    from dashboard.happenings.crowd import Crowd

    struck = report(2, ("UA",), spot=SUMY_OBLAST, target="UA")
    foreign = report(1, ("RU",), target="RU")
    crowd = Crowd()
    crowd.add(struck, 0)
    crowd.add(report(3, ("BY",), source="BY"), 1)
    assert 0 in crowd.near(foreign)
    other = Crowd()
    other.add(foreign, 0)
    assert 0 in other.near(struck)
