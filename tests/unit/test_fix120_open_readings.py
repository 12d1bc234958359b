"""Readings left open by the fresh users of session 90 (fix120): an undated act told
"before the attack" took the day of the story before it; a family name opening another
person's full name ("Choi Min-jae") took up the namesake told earlier; a quake that "hit near"
a town was placed at the capital its result clause names; a speaker's account of its own
force told only by its scope ("said it was targeting only military sites") made a new
attack; "said Kenya had broken the deal and accused Nairobi" made Kenya accuse its own capital.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazards, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


TUESDAY = date(2026, 6, 16)  # the Tuesday before tests.unit.reading.PUB


@pytest.mark.parametrize(
    "body",
    [
        "A court in Graz on Tuesday jailed Karl Brandt for nine years for stabbing Mayor "
        "Anna Huber.\n\nHuber's allies blamed far-right groups for stirring up anger before "
        "the attack.",
    ],
)
def test_act_told_before_another_happening_takes_no_day_of_the_story(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert rooted(events, "112")  # the blame is read, so the check below can fail
    blames = [e for e in rooted(events, "112") if "undated" not in e.flags]
    on_tuesday = [e for e in blames if e.when.start == e.when.end == TUESDAY]
    assert not on_tuesday, [(e.when, e.flags) for e in on_tuesday]


def test_act_with_its_own_day_before_a_happening_keeps_it(extract: Extract) -> None:
    body = (
        "A court in Graz on Tuesday jailed Karl Brandt for stabbing Mayor Anna Huber.\n\n"
        "On Wednesday, Huber's allies blamed far-right groups for stirring up anger before the "
        "attack."
    )
    blames = rooted(extract(body), "112")
    assert [(e.when.start, e.when.end) for e in blames][-1:] == [
        (date(2026, 6, 17), date(2026, 6, 17))
    ]


_IMPEACHMENT = "The court on Tuesday rejected the impeachment of Transport Minister Choi Sung-ho."


def test_another_bearer_of_a_family_name_is_not_the_namesake(extract: Extract) -> None:
    body = f"{_IMPEACHMENT}\n\nIn May, prosecutors indicted the former rail safety chief, Choi Min-jae."
    charges = rooted(extract(body), "17")
    assert charges
    assert all("Choi Sung-ho" not in e.actors for e in charges)


def test_the_family_name_alone_still_names_the_person_told(extract: Extract) -> None:
    body = f"{_IMPEACHMENT}\n\nOn Wednesday, Choi accused the opposition of lying."
    accusations = rooted(extract(body), "112")
    assert [e.roles.source for e in accusations] == ["Choi Sung-ho"]


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("The magnitude 6.3 quake hit near Herat on Sunday, damaging the capital Kabul.", "Her"),
        (
            "A strong earthquake struck near the town of Ica on Sunday, damaging buildings in "
            "the capital Lima.",
            "Ica",
        ),
    ],
)
def test_quake_struck_near_a_town_is_placed_there(extract: Extract, body: str, town: str) -> None:
    quakes = [e for e in extract(body) if e.event_type.code.startswith("DIS-")]
    assert quakes
    assert all((where(e)[0] or "").startswith(town) for e in quakes)


def test_quake_struck_a_town_outright_stays_there(extract: Extract) -> None:
    body = "A strong earthquake struck Tabriz on Sunday, damaging homes in the capital Tehran."
    events = extract(body)
    assert hazards(events)
    assert [where(e)[0] for e in events][:1] == ["Tabriz"]


@pytest.mark.parametrize(
    "body",
    [
        "Kyiv said Russian missiles hit a power plant in Kharkiv on Monday.\n\nThe minister "
        "said the strikes were illegal. Moscow said it was targeting only military sites.",
        "The army said it was targeting only rebel bases.",
        "The rebels said they were shelling solely army posts.",
    ],
)
def test_own_force_told_only_by_its_scope_is_no_new_attack(extract: Extract, body: str) -> None:
    events = extract(body)
    told = [e for e in real(events, "18", "19", "20") if "Kharkiv" not in e.summary]
    assert not told, [(e.event_code, e.summary) for e in told]
    if "Kharkiv" in body:  # the strike told with its place remains
        assert [e for e in real(events, "19") if "Kharkiv" in e.summary]


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Moscow said it had struck an arms depot near Kharkiv on Monday.", "19"),
        ("Police arrested only two protesters in Minsk on Monday.", "17"),
        ("The army said it had shelled only rebel posts near Goma on Monday.", "19"),
        ("The army said it was targeting rebel bases near the border on Monday.", "19"),
    ],
)
def test_force_told_without_a_restriction_of_its_own_stays(
    extract: Extract, body: str, root: str
) -> None:
    assert real(extract(body), root)


@pytest.mark.parametrize(
    "body",
    [
        "The minister said Ghana had breached the deal and accused Accra of bad faith.",
        "The spokesman said Peru had violated the truce and accused Lima of lying.",
        "The envoy said Chile had breached the fishing deal and accused Santiago of lying.",
    ],
)
def test_joined_accusation_of_a_state_is_not_made_by_that_state(
    extract: Extract, body: str
) -> None:
    accusations = rooted(extract(body), "112")
    assert accusations
    assert all(e.roles.source_country != e.roles.target_country for e in accusations)
    assert all(e.roles.source not in ("Ghana", "Chile", "Peru") for e in accusations)


def test_joined_act_on_another_state_keeps_the_first_subject(extract: Extract) -> None:
    body = "The minister said Ghana had breached the deal and accused Togo of bad faith."
    assert [e.roles.source for e in rooted(extract(body), "112")] == ["Ghana"]
