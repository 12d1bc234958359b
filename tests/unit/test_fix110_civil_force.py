"""Harm done by no armed force, and forces sent with relief (newuser102, items 1 and 5).

A crowd's, a private person's or the police's harm to civilians was read by the generic
"kill|injure|hit" row as conventional military force (§190); a ship arriving with relief
goods or soldiers sent to clear mud as a build-up of forces (§154). CAMEO 1.1b3 §19 needs an
armed force, §073 codes what is sent and why. Near misses: an army's or a state's attack
stays §19, police fighting gunmen stay §190, a deployment to a front stays §154. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd's violence is a riot (§145), also when told by the harm it did
        ("Rioters injured twelve officers outside the town hall on Saturday.", "145"),
        ("A mob stoned a bus with bricks on Monday and wounded four passengers.", "145"),
        # a private person's harm is unconventional violence (§180)
        ("Prosecutors said a student had hit the mayor's car with a hammer.", "180"),
        ("A student killed two classmates at a school in the suburbs on Tuesday.", "180"),
        # the police harming a civilian: no fight between armed sides (§180)
        ("A police van ran over and killed a cyclist on the bridge on Monday.", "180"),
    ],
)
def test_harm_by_no_armed_force_is_no_fight(extract: Extract, text: str, expected: str) -> None:
    codes = _codes(extract, text)
    assert expected in codes
    assert not [c for c in codes if c.startswith("19")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed five militants near the border on Tuesday.",
        "Police killed two gunmen in a shootout on Monday.",
        "Russia hit the port with missiles on Tuesday.",
    ],
)
def test_armed_force_stays_a_fight(extract: Extract, text: str) -> None:
    assert any(c.startswith("19") for c in _codes(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        "Two navy frigates arrived in the harbour on Friday with tents and blankets "
        "for the storm victims.",
        "The army sent 500 soldiers to the villages on Sunday to shovel rubble and "
        "distribute blankets.",
    ],
)
def test_relief_deployment_is_aid(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert "073" in codes
    assert not [c for c in codes if c.startswith("15")]


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed two brigades to the front line on Sunday to reinforce its positions.",
        "Warships arrived off the coast on Monday with tanks and supplies.",
        "The army sent troops to the flooded region on Sunday to restore order.",
        "The navy sent two ships to the border on Friday to deliver weapons.",
    ],
)
def test_deployment_without_relief_stays_a_build_up(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert any(c.startswith("15") for c in codes)
    assert "073" not in codes


@pytest.mark.parametrize(
    "text",
    [
        # harm by accident, a headline's passive, a wound told as a noun: no doer's violence
        "A neighbour accidentally hit a jogger while reversing out of a garage on Monday.",
        "Three pedestrians hit by a bus near the station.",
        "The farmer suffered a deep hand wound on Sunday.",
    ],
)
def test_no_doer_no_civil_violence(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert "180" not in codes
    assert "145" not in codes
