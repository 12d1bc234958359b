"""reader13's own sentences for the act a condemnation names as its object when a side's
adjective and a plain modifier stand before the noun ("the Russian missile attack"), or when
its own phrase names the place it was aimed at ("on Odesa"): a happening of its own, as with
one modifier. Near-misses keep their reading. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_side_and_a_weapon_before_the_condemned_attack(extract: Extract) -> None:
    body = (
        "The European Union condemned the Russian missile attack on a clinic in Kharkiv on Tuesday."
    )
    force = real(extract(body), "19")
    assert [where(e)[0] for e in force] == ["Kharkiv"]


def test_a_condemned_attack_on_a_named_city_is_a_happening(extract: Extract) -> None:
    body = "Germany condemned the Russian drone attack on Odesa on Monday."
    force = real(extract(body), "19")
    assert [where(e)[0] for e in force] == ["Odesa"]


def test_a_condemned_attack_with_only_a_day_stays_the_condemnation(extract: Extract) -> None:
    # near-miss: a bare date after the noun dates the condemnation, as before
    body = "Germany condemned the Russian drone attack on Monday."
    assert not real(extract(body), "19")


def test_a_condemned_plan_to_attack_is_no_attack(extract: Extract) -> None:
    # near-miss: "the plan to attack" is no act of force
    body = "Germany condemned the Russian plan to attack Odesa on Monday."
    assert not real(extract(body), "19")
