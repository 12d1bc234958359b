"""reader18's own sentences (stop 35) for two word senses the event reader misread.

- "release" of a video, footage or data issues a picture or a text (WordNet 3.0 release v.
  'prepare and issue for public distribution'), not CAMEO 1.1b3 §0841 release persons.
- "trading" halted on a stock exchange, or shares that trade lower, is a market's dealing
  (WordNet 3.0 trade v. 'be traded at a certain price'): no political actor, so no §061.
- Weapons brandished show force (CAMEO 1.1b3 §150); an attack made with them stays §18 or §19.

Near misses are paired with each rule's own case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_footage_released_is_no_release_of_persons(extract: Extract) -> None:
    events = extract("Footage released by the army showed soldiers searching a fishing boat.")
    assert not rooted(events, "0841")
    # near miss: people freed are §0841
    assert rooted(extract("The rebels released four captured soldiers on Monday."), "0841")


def test_trading_halted_on_an_exchange_is_no_economic_cooperation(extract: Extract) -> None:
    events = extract("The peso slid to a new low and the stock exchange briefly halted trading.")
    assert not rooted(events, "061")
    # near miss: two states that trade cooperate economically
    assert rooted(extract("Chile trades copper with Japan."), "061")


def test_weapons_brandished_are_force_shown(extract: Extract) -> None:
    events = extract("Border guards brandished clubs at the fishermen on Tuesday.")
    assert rooted(events, "150")
    # near miss: a blow struck by men carrying knives is force used, not force shown
    struck = extract("Men brandishing knives attacked a bus station in the city.")
    assert rooted(struck, "18", "19")
    assert not rooted(struck, "150")
