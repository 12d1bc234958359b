"""reader14's own sentences for who reports an act (stop 34): a reporting clause keeps its
speaker out of the act's sides when the verb is followed by its medium ("said in a
statement") or the speaker's gloss ("said, calling it piracy"). Near misses keep the side the
act names. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_reporter_glossing_the_act_is_no_target(extract: Extract) -> None:
    body = (
        "Houthi rebels hijacked a cargo ship in the Red Sea on Monday, the Greek coast guard "
        "said, calling it an act of piracy."
    )
    events = real(extract(body), "18", "19", "20")
    assert events
    assert all("GR" not in e.actor_countries for e in events)


def test_a_reporter_citing_its_statement_is_no_target(extract: Extract) -> None:
    body = "Somali pirates seized a fishing boat off Eyl on Tuesday, the Indian navy said in a statement."
    events = real(extract(body), "18", "19", "20")
    assert events
    assert all("IN" not in e.actor_countries for e in events)


def test_a_spokesman_citing_a_statement_is_no_side(extract: Extract) -> None:
    body = (
        "Myanmar's army retook the border town of Myawaddy on Wednesday from Karen rebels, "
        "junta spokesman Zaw Min Tun said in a statement."
    )
    events = real(extract(body), "19")
    assert events
    assert all("Zaw Min Tun" not in e.actors for e in events)
    assert events[0].roles.target != "Zaw Min Tun"


def test_the_ship_named_before_a_glossing_reporter_stays_the_target(extract: Extract) -> None:
    # near miss: the act names whose ship it struck; the reporter's gloss does not remove it
    body = (
        "Houthi rebels attacked a Greek tanker in the Red Sea on Monday, the British navy said, "
        "calling it reckless."
    )
    events = real(extract(body), "18", "19", "20")
    assert events
    assert events[0].roles.target_country == "GR"
    assert all("GB" not in e.actor_countries for e in events)


def test_a_speaker_whose_words_point_back_keeps_his_side(extract: Extract) -> None:
    # near miss: an opening "X said its ..." is the actor, not a reporter
    body = "Israel said in a statement on Tuesday that its jets struck a Hezbollah depot."
    events = real(extract(body), "19")
    assert events
    assert "IL" in events[0].actor_countries
