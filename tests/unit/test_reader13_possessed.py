"""reader13's own sentences for an act of force owned by a named side in the genitive, the
subject of a copula ("Iran's drone strikes were illegal"): the subjective genitive names the
act's agent (Quirk et al. 1985, 17.41) and the definite phrase presupposes the act, so it
happened, by that side. Near-misses keep their reading. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_sides_shelling_judged_by_a_copula_is_its_act(extract: Extract) -> None:
    body = "Russia's shelling of the dam was a war crime, the Ukrainian minister said."
    force = real(extract(body), "19")
    assert force
    assert force[0].roles.source_country == "RU"


def test_a_sides_strikes_called_illegal_are_its_act(extract: Extract) -> None:
    body = "Iran's drone strikes were illegal, the Iraqi foreign minister said on Friday."
    force = real(extract(body), "19")
    assert force
    assert force[0].roles.source_country == "IR"


def test_bare_plural_strikes_called_illegal_stay_a_judgement() -> None:
    # near-miss: no side owns them, a kind judged (non_events._judged_noun)
    assert not [
        t for t in triggers("Drone strikes are illegal, the minister said.") if t.code == "19"
    ]


def test_dated_genitive_strikes_called_illegal_stay_a_judgement() -> None:
    # near-miss: "Tuesday's" is a date, no side
    found = triggers("Tuesday's drone strikes were illegal, the minister said.")
    assert not [t for t in found if t.code == "19"]


def test_a_sides_warring_factions_are_no_act() -> None:
    # near-miss: "warring" before its noun is an adjective, no fighting told
    assert not [t for t in triggers("Sudan's warring factions met in Jeddah.") if t.code == "19"]
