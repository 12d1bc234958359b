"""reader14's own sentences for an act a speaker calls terrorism or a crime (stop 34): CAMEO
1.1b3 §112 (accuse; §1121 accuse of crime) is the caller's act, and the act so named is what
the accusation is about, no assault of its own. Near misses keep the act the sentence tells.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_calling_a_bombing_an_act_of_a_sides_terrorism_accuses(extract: Extract) -> None:
    events = extract("Greece's foreign ministry called the bombing an act of Turkish terrorism.")
    assert rooted(events, "112")
    assert not rooted(events, "18", "19")
    assert events[0].roles.source_country == "GR"


def test_calling_sabotage_state_terrorism_accuses(extract: Extract) -> None:
    body = (
        "Poland's prime minister called the sabotage an act of Russian state terrorism on Monday."
    )
    events = extract(body)
    assert rooted(events, "112")
    assert not rooted(events, "18", "19")


def test_calling_an_arson_a_crime_accuses(extract: Extract) -> None:
    events = extract("Chile's president called the arson a cowardly crime.")
    assert rooted(events, "112")
    assert not rooted(events, "18", "19")


def test_a_bombing_the_police_call_terrorism_stays_a_bombing(extract: Extract) -> None:
    # near miss: the bombing is the sentence's act; the calling sits in its adjunct
    body = (
        "Gunmen bombed a bus station in Quetta on Monday in what police called an act of terrorism."
    )
    events = extract(body)
    assert rooted(events, "18")
    assert not rooted(events, "112")


def test_calling_for_an_end_to_terrorism_is_an_appeal(extract: Extract) -> None:
    # near miss: "called for" asks; it accuses no one
    events = extract("Israel's government called for an end to Iranian terrorism.")
    assert events
    assert not rooted(events, "112")
