"""Confident wrong cards newuser98 found, each mended by a general rule (fix102): an act
verb whose object is a negative word ("detained nobody"), a store of gas or fuel that
exploded (an industrial accident, no bombing), an agreement to stop firing or military
action (an intent to de-escalate, no threat), and onlookers' forecasts in a sentence that
names "the United States" (a name's "States" is no reporting verb), and a gang's or an
armed group's raid (an attack, not the police's arrest). Each rule has near
misses that must stay. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# --- 1. a negative word as the act's object negates it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Troops in Goma detained nobody after the riot on Friday.",
        "Soldiers in Gao have arrested no suspects for the ambush on the convoy.",
    ],
)
def test_negative_object_is_no_arrest(extract: Extract, text: str) -> None:
    events = extract(text)
    assert rooted(events, "17")  # still read, but flagged: no arrest told as done
    assert not real(events, "17")


def test_quantity_after_no_stays_an_arrest(extract: Extract) -> None:
    events = extract("Police arrested no fewer than 40 protesters in Dhaka on Friday.")
    assert real(events, "173")


# --- 2. a store of gas or fuel that exploded is an industrial accident ------------------


@pytest.mark.parametrize(
    "text",
    [
        "A propane cylinder exploded at a restaurant in Nairobi on Friday, injuring six diners.",
        "A fuel storage tank exploded near Basra on Sunday, killing four workers.",
    ],
)
def test_gas_store_blast_is_an_accident(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not rooted(events, "18", "19", "20")
    assert any(e.event_type.code.startswith("DIS-") for e in events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Militants blew up a gas pipeline in Sinai on Friday.", "18"),
        ("A fuel pipeline burst into flames near Lagos on Friday after a drone struck it.", "19"),
    ],
)
def test_blast_with_an_attacker_stays_force(extract: Extract, text: str, root: str) -> None:
    assert real(extract(text), root)


# --- 3. an agreement to stop firing or military action ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Kosovo agreed on Tuesday to halt military activity near the Jarinje crossing.",
        "Sudan and South Sudan agreed on Monday to stop all firing along their shared frontier.",
    ],
)
def test_agreed_to_stop_firing_is_de_escalation(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [code(e) for e in rooted(events, "03")] == ["0356"]
    assert not rooted(events, "13")


def test_stopped_firing_is_de_escalation(extract: Extract) -> None:
    events = extract("Thai and Cambodian troops stopped firing along the border on Sunday.")
    assert real(events, "087")


def test_agreed_military_action_is_no_de_escalation(extract: Extract) -> None:
    events = extract("NATO allies agreed on Friday to take military action against the rebels.")
    assert not rooted(events, "0356", "087")


# --- 4. "the United States" is no saying: onlookers' forecasts stay hypothetical ---------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the Islamic State would attack Mosul if the army left the city.",
        "Observers said Beijing would hold larger drills if the Philippine president visited "
        "the United States again.",
    ],
)
def test_onlookers_forecast_beside_a_name_is_no_threat(extract: Extract, text: str) -> None:
    assert not real(extract(text), "13", "15", "19")


def test_own_leader_conditional_stays_a_threat(extract: Extract) -> None:
    text = (
        "Xi said Beijing would hold larger drills if the Philippine president visited the "
        "United States again."
    )
    assert real(extract(text), "13")


# --- 5. a raid by a gang or an armed group is an attack, not an arrest -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Bandits carried out a raid on a village school in Zamfara on Friday.",
        "Gangs carried out raids on two prisons in Cap-Haitien on Friday.",
    ],
)
def test_irregulars_raid_is_no_arrest(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not rooted(events, "17")
    assert real(events, "180")


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a gang hideout in Port-au-Prince on Friday.",
        "Rebels said police raids in Goma on Friday detained 20 men.",
    ],
)
def test_police_raid_stays_an_arrest(extract: Extract, text: str) -> None:
    assert real(extract(text), "173")


def test_gangs_raiding_a_station_stays_an_attack(extract: Extract) -> None:
    assert real(extract("Armed gangs raided a police station in Jos on Friday."), "180")
