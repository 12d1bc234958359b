"""reader14's own sentences for a vowed reprisal (stop 34): a response, retaliation or
reprisal vowed as a noun is a threat (CAMEO 1.1b3 §130), as "vowed to retaliate" is, never an
intent to cooperate (§03). Near misses keep a vowed help or cooperation at §03. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_firm_response_vowed_by_two_states_is_a_threat(extract: Extract) -> None:
    events = extract("Japan and Australia vowed a firm response.")
    assert rooted(events, "13")
    assert not rooted(events, "03")


def test_reprisals_vowed_against_a_state_are_a_threat_at_it(extract: Extract) -> None:
    events = extract("Iran vowed harsh reprisals against Israel.")
    assert rooted(events, "13")
    assert not rooted(events, "03")
    assert events[0].roles.target_country == "IL"


def test_a_befitting_reply_vowed_is_a_threat(extract: Extract) -> None:
    events = extract("India vowed a befitting reply to the attackers on Wednesday.")
    assert rooted(events, "13")


def test_a_quick_response_to_needs_stays_an_intent_to_help(extract: Extract) -> None:
    # near miss: a response to a need is help promised, not a reprisal
    events = extract("The minister vowed a quick response to the flood victims' needs.")
    assert rooted(events, "03")
    assert not rooted(events, "13")


def test_vowed_cooperation_stays_an_intent_to_cooperate(extract: Extract) -> None:
    events = extract("Ghana and Togo vowed closer cooperation on border security.")
    assert rooted(events, "03")
    assert not rooted(events, "13")
