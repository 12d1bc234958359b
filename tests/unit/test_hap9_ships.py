"""Two ships named are two happenings (issue 16, precision): reports of attacks or seizures at
one sea on one day by one side stay apart when each names the ship it befell and the ships
differ (``cues.ship_names``, ``cues.two_ships``, ``rules.told_apart``). Sentences and reports
written for these tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.happenings.cues import ship_names, two_ships
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

ARABIAN_SEA = Spot("sea:arabian", "Arabian Sea", "sea", None, None, None, None, 3)
DAY = date(2021, 5, 11)


def attack(n: int, ships: tuple[str, ...] = ()) -> Report:
    """An attack on a ship (CAMEO 19) in one sea on one day by one side, told by ``a{n}``."""
    return Report(
        f"e{n}",
        f"a{n}",
        "19",
        DAY,
        DAY,
        1,
        ARABIAN_SEA,
        countries=frozenset({"SO"}),
        source_country="SO",
        ships=frozenset(ships),
    )


@pytest.mark.parametrize(
    ("clause", "sentences", "names"),
    [
        ("Pirates boarded the cargo ship Blue Heron off the cape", [], {"blue heron"}),
        (
            "The Sea Falcon, was struck by a drone",
            ["A tanker, the Sea Falcon, was struck."],
            {"sea falcon"},
        ),
        ("Gunmen hijacked the Panama-flagged Morning Star and took it", [], {"morning star"}),
        ("Raiders sank the Northern Lark near the reef", [], {"northern lark"}),
        # a nationality after the noun is no name; nor a ship told without one
        ("They seized the freighter, calling the vessel Kenyan", [], set()),
        ("A tanker was hit by a missile in the gulf", [], set()),
        # a second ship the sentence names, outside the event's clause, is not the clause's
        (
            "The Blue Heron was struck",
            ["The ferry Sea Falcon sank, a day after the Blue Heron was struck."],
            set(),
        ),
    ],
)
def test_the_ship_a_clause_names(clause: str, sentences: list[str], names: set[str]) -> None:
    assert ship_names(clause, sentences) == names


def test_two_ships_named_and_one_ship_named_twice() -> None:
    assert two_ships(frozenset({"blue heron"}), frozenset({"sea falcon"}))
    assert not two_ships(frozenset({"mv blue heron"}), frozenset({"blue heron"}))
    assert not two_ships(frozenset(), frozenset({"sea falcon"}))


def test_two_ships_attacked_at_one_sea_on_one_day_stay_apart() -> None:
    # "Pirates attacked the tanker Blue Heron" and "pirates said they sank the Sea Falcon"
    assert match(attack(1, ("blue heron",)), attack(2, ("sea falcon",))) is None


def test_one_ship_or_an_unnamed_one_still_merges() -> None:
    assert match(attack(1, ("blue heron",)), attack(2, ("blue heron",))) is not None
    assert match(attack(1, ("blue heron",)), attack(2)) is not None


TWO_SHIPS = [
    {
        "title": "Tanker set ablaze off Somalia",
        "text": "NAIROBI - Pirates attacked the tanker Blue Heron with rockets in the Arabian Sea "
        "on Tuesday, setting it ablaze, the shipping agency said.",
        "date": "2021-05-12",
        "source": "Coast Times",
        "url": "https://coast.example/blue-heron",
    },
    {
        "title": "Second ship attacked",
        "text": "NAIROBI - Pirates attacked the freighter Sea Falcon with rockets in the Arabian "
        "Sea on Tuesday, a navy spokesman said.",
        "date": "2021-05-12",
        "source": "Harbour Wire",
        "url": "https://harbour.example/sea-falcon",
    },
]


def test_the_store_keeps_two_ships_apart(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "ships.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TWO_SHIPS), encoding="utf-8")
    pipe.ingest([path])
    of: dict[str, set[str]] = {}
    for r in pipe.store.event_rows():
        if r["event_code"][:2] in ("18", "19", "20"):
            of.setdefault(r["url"], set()).add(r["happening_id"])
    heron, falcon = (r["url"] for r in TWO_SHIPS)
    assert of[heron]
    assert of[falcon]
    assert not of[heron] & of[falcon]
