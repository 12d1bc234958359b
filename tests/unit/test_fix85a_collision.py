"""A vehicle told running into another vehicle is a collision, no actor's force
(``accidents._collision``). Our own sentences."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def roots(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: [
        e.event_type.code
        for e in extractor.extract(parse_article(f"date 2025-02-03\n{body}", path="t"))
    ]


def test_a_train_that_rammed_into_another_train_is_no_fight(roots) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A freight train rammed into the rear of a halted commuter train in India's eastern "
        "state of Odisha on Monday, killing at least six people, officials said."
    )
    assert not any(r[:2] in ("18", "19", "20") for r in roots(text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # one vehicle driven into a crowd: a ramming attack (§180), as on main
        ("A man drove a car into a crowd of shoppers in Berlin on Monday, killing six.", "18"),
        # explosives named: an attack, whatever it was driven into
        (
            "Militants rammed a truck packed with explosives into an army convoy in Kabul on "
            "Monday, killing ten soldiers.",
            "19",
        ),
    ],
)
def test_near_miss_a_vehicle_used_as_a_weapon_stays_force(roots, text: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert root in [r[:2] for r in roots(text)]


def test_a_truck_rammed_into_one_carrying_soldiers_is_an_attack(roots) -> None:  # type: ignore[no-untyped-def]
    # tester81: a vehicle driven at a guarded vehicle or a checkpoint is a ramming, no mishap
    text = "A truck rammed into another truck carrying soldiers, killing 12 near the base."
    assert any(r[:2] in ("18", "19") for r in roots(text))
