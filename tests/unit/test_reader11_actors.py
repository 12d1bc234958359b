"""reader11's own sentences for the sides of an event (stop 34): a vessel's flag, owner or
manager is no actor unless the roles make it the side struck, and a state that tells of an
act after a dateline reports it, as it does without one. Near-misses keep their sides. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_struck_ships_owner_is_no_actor(extract: Extract) -> None:
    body = "A Norwegian-owned freighter was hit by a missile in the Gulf of Aden on Tuesday."
    events = real(extract(body), "18", "19", "20")
    assert events
    assert all("NO" not in e.actor_countries for e in events)


def test_a_ships_flag_is_the_side_struck_when_the_act_has_one(extract: Extract) -> None:
    # near-miss: with an attacker named, the flag state is the target, as before
    body = "Houthi fighters attacked a Malta-flagged bulk carrier in the Red Sea on Tuesday."
    events = real(extract(body), "18", "19", "20")
    assert events
    assert events[0].roles.target_country == "MT"


def test_a_state_telling_of_a_seizure_after_a_dateline_is_no_taker(extract: Extract) -> None:
    body = (
        "ATHENS — Greece said on Tuesday that pirates had seized a fishing trawler off the "
        "Somali coast."
    )
    events = real(extract(body), "17", "18")
    assert events
    assert events[0].roles.source_country != "GR"


def test_a_state_telling_of_its_own_act_after_a_dateline_is_its_agent(extract: Extract) -> None:
    # near-miss: "its forces" points back to the speaker, who acted
    body = "ATHENS — Greece said on Tuesday its navy had seized a trawler off Crete."
    events = real(extract(body), "17", "18")
    assert events
    assert events[0].roles.source_country == "GR"
