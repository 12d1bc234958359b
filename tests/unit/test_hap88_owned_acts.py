"""An act told through what was destroyed by it, through its owner's admission or claim, or a
disaster told through the mourning for its victims joins the happening of the act
(``happenings.merged_as``, ``data/lexicon/merged_as.csv``): CAMEO 1.1b3 §1712 and §015 whose
own clause names the strike, attack, clash or shooting down are merged as the fight (§19),
and §018 whose own clause names a hazard as that hazard; the same codes of anything else keep
their root. Reports and sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.unit.happening_reports import article

UA_RU, AZ_AM, NP = frozenset({"UA", "RU"}), frozenset({"AZ", "AM"}), frozenset({"NP"})


@pytest.mark.parametrize(
    ("code", "texts", "countries", "merged"),
    [
        ("1712", ["Kyiv said it had destroyed a patrol boat in a drone attack"], UA_RU, "19"),
        ("1712", ["a depot was destroyed in a Russian air strike on Izium"], UA_RU, "19"),
        ("015", ["Baku admitted it had lost two soldiers in a clash at the border"], AZ_AM, "19"),
        ("015", ["Moscow acknowledged a jet had been shot down over the sea"], UA_RU, "19"),
        (
            "018",
            ["Kathmandu declared a day of mourning for victims of the earthquake"],
            NP,
            "DIS-QUAKE",
        ),
        ("018", ["The king offered condolences to families hit by the floods"], NP, "DIS-FLOOD"),
    ],
)
def test_an_owned_or_destroying_act_is_merged_as_the_act(
    code: str, texts: list[str], countries: frozenset[str], merged: str
) -> None:
    assert merged_as(code, texts, countries) == merged


@pytest.mark.parametrize(
    ("code", "texts", "countries"),
    [
        # near misses: destruction with no weapon, an admission of something else
        ("1712", ["Bulldozers destroyed twelve homes in the village"], UA_RU),
        ("015", ["The minister admitted mistakes in the grain deal"], UA_RU),
        # sympathy for no hazard, and a hazard mourned by no one of a country
        ("018", ["The president offered condolences to the family of the late singer"], NP),
        ("018", ["Mourners gathered a year after the earthquake"], frozenset()),
    ],
)
def test_the_same_codes_of_anything_else_keep_their_root(
    code: str, texts: list[str], countries: frozenset[str]
) -> None:
    assert merged_as(code, texts, countries) is None


def _happenings(store_url: str, geoparser: Geoparser, tmp_path: Path, reports: list[dict]):
    """Ingest ``reports``; each (URL slug, CAMEO root) -> the happening of that event."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    pipe.ingest([path])
    return {
        (r["url"].rsplit("/", 1)[1], r["event_code"]): r["happening_id"]
        for r in pipe.store.event_rows()
    }


BOAT = [
    article(
        "struck",
        "2025-02-11",
        "Ukrainian sea drones struck a Russian patrol boat in the port of Sevastopol on "
        "Tuesday, Ukraine's navy said.",
        "Black Sea Wire",
    ),
    article(
        "destroyed",
        "2025-02-11",
        "KYIV — Ukraine said on Tuesday it had destroyed a Russian patrol boat in a drone "
        "attack on the port of Sevastopol.",
        "Dnipro Daily",
    ),
    # near miss: another boat destroyed in the port three days on is its own attack
    article(
        "later",
        "2025-02-14",
        "KYIV — Ukraine said on Friday it had destroyed a Russian patrol boat in a drone "
        "attack on the port of Sevastopol.",
        "Dnipro Daily",
    ),
]


def test_a_ship_destroyed_in_an_attack_joins_the_attack(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _happenings(store_url, geoparser, tmp_path, BOAT)
    destroyed = next(v for (slug, _), v in of.items() if slug == "destroyed")
    later = next(v for (slug, _), v in of.items() if slug == "later")
    assert destroyed == of["struck", "19"]
    assert later != of["struck", "19"]
