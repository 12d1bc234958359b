"""Reports of one happening that name its sides differently are one happening; reports whose
sides differ are not. Reports written for this test, ingested into a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

# one missile strike told four ways (the attacker by name, the defender's air force with
# the attacker named, the attacker's capital, the side struck naming nobody), then two
# strikes on one town by two sides
REPORTS = [
    {
        "title": "Missiles hit Kharkiv",
        "date": "2024-06-02",
        "source": "Northern Wire",
        "url": "https://northern.example/strike",
        "text": "KHARKIV — Russia fired missiles at Kharkiv on Sunday, killing two people.",
    },
    {
        "title": "Air defence over Kharkiv",
        "date": "2024-06-03",
        "source": "The Evening Ledger",
        "url": "https://ledger.example/defence",
        "text": "Ukraine's air force said it shot down most of the missiles that Russia fired at "
        "Kharkiv on 2 June. Debris fell on a park.",
    },
    {
        "title": "Moscow claims Kharkiv strike",
        "date": "2024-06-02",
        "source": "Eastern Courier",
        "url": "https://courier.example/claim",
        "text": "Moscow said its aircraft struck Kharkiv on Sunday. It gave no figures.",
    },
    {
        "title": "School hit in Kharkiv",
        "date": "2024-06-03",
        "source": "Daily Sentinel",
        "url": "https://sentinel.example/school",
        "text": "Ukrainian officials said a missile struck a school in Kharkiv on 2 June. Nobody "
        "was inside.",
    },
    {
        "title": "Depot burns in Belgorod",
        "date": "2024-06-09",
        "source": "Northern Wire",
        "url": "https://northern.example/depot",
        "text": "Ukrainian drones struck an oil depot in Belgorod on Sunday.",
    },
    {
        "title": "Market shelled in Belgorod",
        "date": "2024-06-09",
        "source": "Eastern Courier",
        "url": "https://courier.example/market",
        "text": "Russian artillery hit a market in Belgorod on Sunday.",
    },
]


@pytest.fixture
def happening_of(store_url: str, geoparser: Geoparser, tmp_path: Path) -> dict[str, str]:
    """Each report's url -> the happening of its fight (CAMEO root 19) event."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    assert [r.status for r in pipe.ingest([path])] == ["added"]
    out: dict[str, str] = {}
    for r in pipe.store.event_rows():
        if (r["event_code"] or "").startswith("19"):
            assert r["url"] not in out, f"one fight event per report: {r['url']}"
            out[r["url"]] = r["happening_id"]
    return out


def test_one_strike_named_four_ways_is_one_happening(happening_of: dict[str, str]) -> None:
    strike, defence, claim, struck = (happening_of[r["url"]] for r in REPORTS[:4])
    assert strike == defence == claim == struck


def test_two_strikes_by_two_sides_on_one_town_and_day_stay_apart(
    happening_of: dict[str, str],
) -> None:
    depot, market = (happening_of[r["url"]] for r in REPORTS[4:])
    assert depot != market
