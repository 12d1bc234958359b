"""Events left open by the fresh users of session 89 (fix115): an arrest told in a clause
joined by a semicolon after an act of violent repression was lost. CAMEO 1.1b3 lists the
kinds of root 17 (coerce) as acts apart, so a second kind in a joined clause is read as an
act of its own; the same kind told twice stays one act. Every sentence here was written for
these tests."""

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
    "text",
    [
        "Riot police used tear gas on marchers in Quito; three student leaders were detained.",
        "Officers fired rubber bullets at strikers in Dhaka; the union's secretary was arrested.",
    ],
)
def test_arrest_after_a_semicolon_is_an_act_of_its_own(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert "175" in codes
    assert "173" in codes


@pytest.mark.parametrize(
    "text",
    [
        # one arrest told twice: the same kind of coercion, one act
        "A pilot was detained in Lima on Monday; he was charged with smuggling.",
        # a toll after force is no second act
        "Troops shelled the village of Kumba; four farmers were killed.",
    ],
)
def test_one_act_told_twice_after_a_semicolon_stays_one(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert len(codes) == 1, codes


@pytest.mark.parametrize(
    "text",
    [
        "A fight between pupils at a school in Cardiff left one boy with a broken arm.",
        "A brawl between teenagers broke out at a fairground in Ghent on Monday.",
    ],
)
def test_a_fight_between_private_persons_is_no_military_force(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert codes, "the fight is still read"
    assert not any(c.startswith("19") for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and separatists killed six soldiers near Bamenda.",
        "A clash between rival fans outside the stadium in Porto left nine hurt.",
    ],
)
def test_fights_between_armed_sides_or_crowds_keep_their_codes(extract: Extract, text: str) -> None:
    codes = _codes(extract, text)
    assert codes
    assert not any(c.startswith("18") for c in codes), codes


def _sides(extract: Extract, text: str, root: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.roles.source_country, e.roles.target_country)
        for e in extract(text)
        if code(e).startswith(root)
    ]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the reported clause's subject does not accuse its own capital: the ministry does
        (
            "Morocco's foreign ministry said Spain had broken the fishing accord and "
            "accused Madrid of bad faith.",
            ("MA", "ES"),
        ),
        (
            "The foreign ministry said Italy had acted unlawfully and accused Rome of meddling.",
            (None, "IT"),
        ),
    ],
)
def test_a_joined_accusation_after_a_reported_clause_is_the_reporters(
    extract: Extract, text: str, sides: tuple[str | None, str | None]
) -> None:
    assert _sides(extract, text, "11") == [sides]


def test_an_accusation_of_another_state_keeps_its_subject(extract: Extract) -> None:
    text = "Morocco's foreign ministry accused Madrid of bad faith on Monday."
    assert _sides(extract, text, "11") == [("MA", "ES")]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers walked out of the chamber over a leaked phone call with Peru's president.",
        "Students rallied on Sunday over a secret meeting between the minister and Chile's "
        "foreign minister.",
    ],
)
def test_a_party_of_the_grievance_is_neither_target_nor_place(extract: Extract, text: str) -> None:
    events = [e for e in extract(text) if code(e).startswith("14")]
    assert events
    for e in events:
        assert e.roles.target_country is None
        assert e.location is None or e.location.place is None


def test_whom_a_protest_is_against_stays_its_target(extract: Extract) -> None:
    events = extract("Students rallied on Sunday against Peru's president.")
    assert [e.roles.target_country for e in events if code(e).startswith("14")] == ["PE"]


@pytest.mark.parametrize(
    "text",
    [
        "A fresh eruption began on the flank of Mount Etna in Sicily on Sunday.",
        "Lava flowed into the streets of Goma in Congo on Sunday.",
    ],
)
def test_an_eruption_begun_or_lava_flowing_is_a_volcanic_hazard(
    extract: Extract, text: str
) -> None:
    assert "DIS-VOLCANO" in [e.event_type.code for e in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds poured into the streets of Goma on Sunday.",
        "Violence erupted in the streets of Goma on Sunday.",
    ],
)
def test_violence_erupting_or_crowds_pouring_in_is_no_volcano(extract: Extract, text: str) -> None:
    assert "DIS-VOLCANO" not in [e.event_type.code for e in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses warned the measles outbreak could swamp wards in Kano unless more aid arrived.",
        "Medics warned the cholera epidemic could overwhelm hospitals in Sittwe if aid did not come.",
    ],
)
def test_a_forecast_with_a_condition_is_no_threat(extract: Extract, text: str) -> None:
    assert not [c for c in _codes(extract, text) if c.startswith("13")]


def test_a_threat_with_a_condition_stays_a_threat(extract: Extract) -> None:
    text = "The rebels warned they would attack the garrison in Kidal unless troops withdrew."
    assert [c for c in _codes(extract, text) if c.startswith("13")]
