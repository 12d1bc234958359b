"""Session 88, fix109 (newuser101's item 8): a leader's or party's supporters attacking
civilians assault them (CAMEO 1.1b3 §180), they do not riot (§145); demonstrators' violence
and partisans storming a building or attacking the police stay a riot. Sentences written
for these tests, with other names, places and topics than the report's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Supporters of the governor attacked journalists in Lyon on 3 May.",
        "Supporters of the president attacked villagers near the border on Tuesday.",
        "Supporters of the mayor attacked students outside the library on Friday.",
    ],
)
def test_partisans_attacking_civilians_assault_them(extract: Extract, body: str) -> None:
    codes = [code(e) for e in real(extract(body), "14", "18")]
    assert codes
    assert all(c.startswith("18") for c in codes), codes


@pytest.mark.parametrize(
    "body",
    [
        "Protesters attacked journalists in Lyon on 3 May.",
        "Supporters of the governor attacked the police in Lyon on 3 May.",
        "Supporters of the governor stormed the town hall in Lyon on 3 May.",
    ],
)
def test_demonstrators_and_attacks_on_authority_stay_a_riot(extract: Extract, body: str) -> None:
    assert not real(extract(body), "18"), body
