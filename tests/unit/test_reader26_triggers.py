"""reader26's own sentences (stop 39) for triggers and flags a fresh user found missed.

- A date phrase between "launched strikes" and the "on" that opens their target ("on
  Monday on militant positions") leaves the strike a use of force (CAMEO 1.1b3 §190).
- An act stated as the consequence of an open "if" condition is not asserted (ACE 2005
  modality Other); a promise or a threat so stated stays an event (§03, §13).
- Repercussions a target "would face" are the speaker's threat (§130; sanctions §1312).
- A joined clause ", and the government expelled the ambassador" tells an act of its own
  (§166 expel), as joined acts of force or protest do.
- A second quake: a struck place as a passive's subject with the quake its agent, and a
  quake "followed by another", are earthquakes (EM-DAT, USGS).

Near misses are paired with each rule's own case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.events.hazards import hazard_triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(sentence: str) -> list[str | None]:
    return [t.full for t in triggers(sentence)]


def test_a_date_between_strikes_and_their_target_keeps_the_force() -> None:
    assert _codes("Turkey launched strikes on Sunday on Kurdish militant camps in Iraq.")[0] == (
        "190"
    )
    # near misses: "on" opening a second time is no target; a strike by workers is a walkout
    assert "190" not in _codes("The army carried out a strike on Sunday at 6 a.m.")
    assert "190" not in _codes("Dockworkers launched a strike on Sunday at the port.")


def test_a_date_between_strikes_and_their_target_reads_an_event(extract: Extract) -> None:
    events = extract("Turkey launched strikes on Sunday on Kurdish militant camps in Iraq.")
    assert real(events, "19")


def test_an_act_stated_under_an_if_condition_is_hypothetical(extract: Extract) -> None:
    events = extract("The senator said she would demand an inquiry if the minutes were withheld.")
    demands = rooted(events, "10")
    assert demands
    assert all("hypothetical" in e.flags for e in demands)
    # near miss: the same act stated with no condition is no hypothesis
    plain = rooted(extract("The senator said she would demand an inquiry."), "10")
    assert plain
    assert all("hypothetical" not in e.flags for e in plain)
    # "even if" concedes: the demand is told whatever happens (Quirk et al. 1985 §15.39)
    conceded = triggers("She said she would demand an inquiry even if the minutes were sent.")[0]
    assert "hypothetical" not in conceded.flags
    # near misses: a threat or an offer stated under a condition is an event (§13, §03)
    threat = triggers("Moscow said it would strike Kyiv if Western troops were sent.")[0]
    assert (threat.full or "").startswith("13")
    assert "hypothetical" not in threat.flags
    offer = triggers("Brussels would lift the tariffs if the vote was held freely.")[0]
    assert (offer.full or "").startswith("03")
    assert "hypothetical" not in offer.flags


def test_consequences_a_target_would_face_are_a_threat(extract: Extract) -> None:
    events = extract(
        "China said Manila would face consequences if it sent more ships to the shoal."
    )
    threats = real(events, "13")
    assert threats
    assert code(threats[0]) == "130"
    # sanctions a target will face: a threat of sanctions
    assert _codes("The EU said Belgrade would face new sanctions if it moved troops.")[0] == (
        "1312"
    )
    # near miss: consequences faced in the past befell; no one threatens
    assert not any(c and c.startswith("13") for c in _codes("The bank faced consequences."))


def test_a_joined_expulsion_is_an_act_of_its_own(extract: Extract) -> None:
    events = extract(
        "Students burned the flag outside the consulate on Sunday, and the government "
        "expelled the consul."
    )
    assert rooted(events, "14")
    assert rooted(events, "16")


def test_a_second_quake_told_by_its_agent_or_its_follower() -> None:
    passive = hazard_triggers("The province was struck again on Sunday by a 5.8 quake.")
    assert [t.code for t in passive] == ["DIS-QUAKE"]
    followed = hazard_triggers("The quake was followed by another one two hours later.")
    assert [t.code for t in followed] == ["DIS-QUAKE"]
    # near misses: a car hit by a truck, a quake followed by an appeal
    assert not hazard_triggers("The car was hit on Sunday by a truck.")
    assert not hazard_triggers("The quake was followed by an appeal for blood donors.")


def test_a_place_struck_again_by_a_quake_reads_an_event(extract: Extract) -> None:
    events = extract("The coastal province was struck again on Sunday by a 5.8 quake.")
    assert any(e.event_type.code == "DIS-QUAKE" for e in events)


def test_a_craft_sent_with_aid_aboard_provides_aid(extract: Extract) -> None:
    events = extract("Qatar flew three cargo planes with food and medicine to Khartoum on Monday.")
    assert real(events, "07")
    # near miss: a craft sent with no aid named is a deployment, no aid
    assert not rooted(extract("Qatar flew three cargo planes to Khartoum on Monday."), "07")


def test_talks_held_without_hostility_are_no_fight(extract: Extract) -> None:
    events = extract("The talks were held without hostility in Oslo on Monday, aides said.")
    assert not rooted(events, "19")
    assert real(events, "04")
    # near miss: hostilities in the plural are fighting
    assert _codes("Hostilities broke out again on the river on Monday.")[0] == "190"


def test_an_event_word_inside_a_name_is_no_trigger() -> None:
    assert not _codes("The buyer was a little-known firm called Strike Partners.")
    assert not _codes("Shares in Blockade Holdings fell by a third.")
    # near miss: the same words used as nouns
    assert _codes("Dockers called a strike at the port on Monday.")[0] == "143"
