"""Happenings a report leads with that the reader gave no card (issue 16, recall): oil,
chemicals or mine waste spilled into a river or the sea, a sinkhole or a road that caved in,
a power grid that collapsed, a fire at a fuel terminal, and an agreement told as signed in a
participle clause set off by commas. Every sentence below was written for these tests; none
is taken from an evaluation set. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazards, make_extract, real

TUESDAY = date(2026, 6, 16)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _kinds(events: list) -> list[str]:
    return [h[0] for h in hazards(events)]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # EM-DAT technological: chemical or oil spill, told by the verb and its substance
        (
            "A cracked valve at the Kerrville refinery spilled an estimated 40,000 litres of "
            "diesel into the Guadalupe River on Tuesday, the state agency said.",
            "DIS-INDUSTRIAL",
        ),
        (
            "Toxic sludge from a zinc smelter seeped into Lake Prespa on Tuesday after a "
            "containment wall cracked, officials said.",
            "DIS-INDUSTRIAL",
        ),
        # EM-DAT geophysical: mass movement (dry), subsidence
        (
            "A sinkhole swallowed two parked cars in the centre of Gori on Tuesday night, "
            "police said.",
            "DIS-LANDSLIDE",
        ),
        (
            "A stretch of road in the Kadikoy district of Istanbul caved in on Tuesday, "
            "trapping a delivery van, the municipality said.",
            "DIS-LANDSLIDE",
        ),
        # Merriam-Webster blackout: a failure of electrical power
        (
            "Puerto Rico's power grid collapsed on Tuesday after a fault at a coastal plant, "
            "leaving a million homes without electricity.",
            "DIS-ACCIDENT",
        ),
        (
            "Families in Valparaiso cooked by candlelight after the nationwide blackout that "
            "began on Tuesday.",
            "DIS-ACCIDENT",
        ),
        # a fuel terminal is a depot: a fire at it is an industrial accident
        (
            "A fire at the fuel terminal in Beira burned through Tuesday night, port officials "
            "said.",
            "DIS-INDUSTRIAL",
        ),
    ],
)
def test_the_accident_is_read_on_its_day(extract: Extract, body: str, kind: str) -> None:
    found = hazards(extract(body))
    assert [h[0] for h in found] == [kind], body
    assert found[0][1] == TUESDAY, body


def test_a_dated_spill_noun_is_one_spill(extract: Extract) -> None:
    body = "Volunteers scrubbed rocks off Mindoro after last week's oil spill blackened beaches."
    assert _kinds(extract(body)) == ["DIS-INDUSTRIAL"]


@pytest.mark.parametrize(
    "body",
    [
        # a spill feared, a drill, money and memos: no accident
        "Environmental groups fear that oil could leak into the Okavango delta if drilling "
        "goes ahead.",
        "The company held an oil spill drill on Tuesday.",
        "Oil revenues poured into the treasury last year, and leaked oil ministry memos showed "
        "a surplus.",
        # a decision to cut the news and a grid that only missed a target
        "The junta imposed a total media blackout on Tuesday.",
        "The national grid failed to meet demand targets, the regulator said on Tuesday.",
        # a policy that caved in and a map of risks
        "The government caved in to the unions on Tuesday.",
        "The sinkhole risk map was published on Tuesday.",
        # an airport's terminal is no depot
        "A fire drill was held at the airport terminal on Tuesday.",
    ],
)
def test_no_accident_is_read(extract: Extract, body: str) -> None:
    assert _kinds(extract(body)) == [], body


def test_a_spill_from_a_collision_is_the_collisions(extract: Extract) -> None:
    # EM-DAT counts a spill within the accident that caused it: no industrial accident
    body = "Diesel spilled into the Elbe on Tuesday after a barge collided with a bridge pier."
    assert "DIS-INDUSTRIAL" not in _kinds(extract(body))


def test_a_road_caved_in_by_a_quake_is_the_quakes(extract: Extract) -> None:
    body = "A road near Gaziantep caved in when the earthquake struck on Tuesday, officials said."
    assert "DIS-LANDSLIDE" not in _kinds(extract(body))


@pytest.mark.parametrize(
    "body",
    [
        # Quirk et al. 1985 §17.26: a non-restrictive -ed clause after the noun it modifies
        "The gas agreement, signed on Tuesday in Baku, will double exports to the west.",
        "The trade pact between Chile and Vietnam, signed on Tuesday in Hanoi, will cut "
        "tariffs on wine and coffee.",
    ],
)
def test_an_agreement_signed_in_a_comma_clause_is_read(extract: Extract, body: str) -> None:
    signed = real(extract(body), "057")
    assert [str(e.date_start) for e in signed] == ["2026-06-16"], body


@pytest.mark.parametrize(
    "body",
    [
        # no participle after the comma: an aside, or a clause with its own subject
        "The pact, officials said, takes effect in March.",
        "The agreement, he admitted on Tuesday, was a mistake.",
        # a finite verb gives the noun a clause of its own before the comma
        "The deal Kenya made with the lenders, signed on Tuesday, ended the talks.",
        # a participle with an object is a finite verb of a coordinated predicate
        "The minister watched the envoys sign the copies of the trade pact, signed them "
        "herself and then left the hall.",
    ],
)
def test_no_signing_is_read_without_its_participle(extract: Extract, body: str) -> None:
    assert real(extract(body), "057") == [], body
