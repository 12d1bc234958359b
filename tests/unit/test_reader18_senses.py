"""reader18's own sentences (stop 35) for three word senses the event reader misread.

- "release" of a video, footage or data issues a picture or a text (WordNet 3.0 release v.
  'prepare and issue for public distribution'), not CAMEO 1.1b3 §0841 release persons.
- "trading" halted on a stock exchange, or shares that trade lower, is a market's dealing
  (WordNet 3.0 trade v. 'be traded at a certain price'): no political actor, so no §061.
- A ceasefire agreed to is declared (CAMEO 1.1b3 §0871), not an intent to de-escalate (§0356);
  an agreement to talk about a truce stays an intent to meet (§036).

Near misses are paired with each rule's own case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


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


def test_a_ceasefire_agreed_to_is_a_truce_declared(extract: Extract) -> None:
    events = extract("Sudan's rival generals agreed on Friday to a full truce in Darfur.")
    assert [code(e) for e in events] == ["0871"]
    # near miss: an agreement to talk about a truce declares none
    talks = extract("The two militias agreed to talks on a ceasefire next week.")
    assert not rooted(talks, "0871")


def test_a_truce_agreed_on_is_a_truce_declared(extract: Extract) -> None:
    assert rooted(extract("The two militias agreed on a ten-day ceasefire."), "0871")
    # near miss: agreeing on a date to meet about a truce is an intent to meet
    meet = extract("The two militias agreed on Monday to meet about a truce.")
    assert not rooted(meet, "0871")
