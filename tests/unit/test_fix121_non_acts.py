"""Session 91, fix121: four readings of no act. Forces who move in and go straight on to a
stronger act ("entered the clinic and detained four nurses") make one happening, coded by the
act, not a §154 deployment beside it (``approach_moves``); "asking why …" puts a question, no
§02 appeal (``asked_questions``); "has prior arrests" is a record, no §173 arrest
(``unasserted_acts`` background cues); demolishing "the flood-damaged school" clears a ruin,
no §1712 (``cleared_ruins``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Police entered the clinic and detained four nurses.",
        "Riot police moved into the square and arrested dozens of students.",
    ],
)
def test_forces_moving_in_to_act_make_no_deployment(extract: Extract, body: str) -> None:
    codes = [code(e) for e in extract(body)]
    assert not [c for c in codes if c.startswith("15")]
    assert [c for c in codes if c.startswith("17")]


@pytest.mark.parametrize(
    "body",
    [
        "Soldiers arrived in the harbour town on Tuesday.",
        "Police entered the stadium, and fans threw bottles at them.",
    ],
)
def test_a_movement_told_alone_stays_a_deployment(extract: Extract, body: str) -> None:
    assert [e for e in extract(body) if code(e).startswith("15")]


@pytest.mark.parametrize(
    "body",
    [
        "The senator wrote to the finance minister, asking why the grants were cut.",
        "Farmers asked how the loans would be repaid.",
    ],
)
def test_a_question_is_no_appeal(extract: Extract, body: str) -> None:
    assert not [e for e in extract(body) if code(e).startswith("02")]


@pytest.mark.parametrize(
    "body",
    [
        "The governor asked donors for aid.",
        "The envoy asked Brussels to release the frozen funds.",
        "The council is asking everyone who drank the tap water to see a doctor.",
    ],
)
def test_a_request_stays_an_appeal(extract: Extract, body: str) -> None:
    assert [e for e in extract(body) if code(e).startswith("02")]


def test_prior_arrests_are_a_record_not_an_arrest(extract: Extract) -> None:
    assert not [
        e
        for e in extract("The driver has prior arrests for smuggling.")
        if code(e).startswith("17")
    ]


def test_an_arrest_told_with_earlier_stays_an_arrest(extract: Extract) -> None:
    body = "Police had earlier arrested the driver for smuggling."
    assert [e for e in extract(body) if code(e).startswith("17")]


@pytest.mark.parametrize(
    "body",
    [
        "Workers began demolishing the storm-damaged library.",
        "The council bulldozed the unsafe tower block.",
    ],
)
def test_a_ruin_cleared_is_no_property_destroyed(extract: Extract, body: str) -> None:
    assert not [e for e in extract(body) if code(e).startswith("1712")]


@pytest.mark.parametrize(
    "body",
    [
        "Soldiers demolished the homes of the two suspects.",
        "Militants demolished homes and damaged cars in the village.",
    ],
)
def test_a_demolition_of_sound_buildings_stays_property_destroyed(
    extract: Extract, body: str
) -> None:
    assert [e for e in extract(body) if code(e).startswith("1712")]
