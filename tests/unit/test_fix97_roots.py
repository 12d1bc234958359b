"""Confident wrong roots and unflagged non-events a fresh user found (session 87), mended by
general rules; every sentence is written for these tests, on other topics than the user's.

- a crime noun premodifying an inquiry noun ("a war crimes inquiry") names what is
  investigated (§09), no crime done (``classes.csv`` INQUIRY_HEAD);
- a blast at a works named with a country's genitive ("Chile's main oil depot") is an
  industrial accident as "the country's only depot" was (``hazards.csv``);
- "the slide struck" is the landslide told again, no force (``other_senses.csv``);
- "greeted the ruling with anger" is a reaction, no visit hosted (``other_senses.csv``);
- "there were no protests" denies the gathering of its sentence (``denied_kinds``);
- a legislature's "must ratify" in the writer's own words is a step to come, no demand
  (``procedural_need``).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Investigators launched a genocide investigation into the former army chief on Monday.",
            "094",
        ),
        ("Auditors opened a massacre probe in the northern province on Tuesday.", "094"),
        (
            "The prosecutor opened a murder inquiry into the death of a trade unionist on Monday.",
            "091",
        ),
    ],
)
def test_crime_noun_before_an_inquiry_is_its_topic(extract: Extract, body: str, want: str) -> None:
    events = extract(body)
    assert [code(e) for e in real(events, "09")] == [want]
    assert not real(events, "18", "19", "20")


def test_genocide_committed_stays_a_genocide(extract: Extract) -> None:
    # near miss: the crime told as done, with no inquiry noun after it
    events = extract(
        "A court in The Hague ruled on Tuesday that the militia committed genocide in 2014."
    )
    assert rooted(events, "20")


def test_blast_at_a_named_countrys_depot_is_an_accident(extract: Extract) -> None:
    body = (
        "At least nine workers were killed when a massive explosion tore through Chile's main "
        "oil depot in Antofagasta early on Monday."
    )
    events = extract(body)
    assert [e.event_type.code for e in events] == ["DIS-INDUSTRIAL"]
    assert not real(events, "18")


def test_bomb_at_a_named_countrys_depot_stays_a_bombing(extract: Extract) -> None:
    events = extract(
        "A bomb exploded at Kenya's main fuel depot in Mombasa on Monday, killing four guards."
    )
    assert real(events, "18")


def test_the_slide_that_struck_is_the_landslide(extract: Extract) -> None:
    body = (
        "A mudslide buried a village in Ancash on Sunday. The slide struck at about 4 a.m., "
        "when most families were asleep."
    )
    events = extract(body)
    assert not real(events, "19")
    assert any(e.event_type.code == "DIS-LANDSLIDE" for e in events)


def test_troops_that_struck_still_use_force(extract: Extract) -> None:
    assert real(extract("Troops struck rebel positions near Goma on Sunday."), "19")


def test_a_ruling_greeted_with_anger_hosts_no_visit(extract: Extract) -> None:
    events = extract("Fishermen in the delta greeted the ruling with anger on Wednesday.")
    assert not real(events, "04")


def test_a_visitor_greeted_is_still_hosted(extract: Extract) -> None:
    body = "The king greeted the visiting Japanese prime minister in Amman on Wednesday."
    assert [code(e) for e in real(extract(body), "04")] == ["043"]


def test_gathering_with_no_protests_is_no_demonstration(extract: Extract) -> None:
    body = "Thousands of students gathered outside the ministry in Nairobi on Monday, but there were no protests."
    events = extract(body)
    assert not real(events, "14")


def test_a_march_with_no_violence_stays_a_march(extract: Extract) -> None:
    # near miss: a riot (§145) denied leaves the peaceful march (§141)
    body = "Thousands of students marched peacefully through Nairobi on Monday, and there was no violence."
    assert [code(e) for e in real(extract(body), "14")] == ["141"]


def test_a_denial_restricted_to_one_place_leaves_the_shelling(extract: Extract) -> None:
    # near miss: "no fighting in the town itself" denies fighting there only
    body = "Troops shelled the village of Kafr Nabl on Monday, but there was no fighting in the town itself."
    assert [code(e) for e in real(extract(body), "19")] == ["194"]


def test_legislature_must_ratify_is_no_demand(extract: Extract) -> None:
    body = (
        "The two ministers signed a fisheries accord in Lima on Monday. Lawmakers in both "
        "countries must ratify the accord before it takes effect."
    )
    events = extract(body)
    assert not real(events, "10")
    assert [code(e) for e in real(events, "05")] == ["057"]
    assert any(unreal(e) for e in rooted(events, "05"))


def test_a_voiced_must_stays_a_demand(extract: Extract) -> None:
    body = "The opposition leader said on Monday that the army must withdraw from the capital."
    assert real(extract(body), "10")


def test_road_blockades_that_continued_obstruct_passage(extract: Extract) -> None:
    body = (
        "Truckers blocked highways in Santa Cruz on Monday to protest fuel shortages. Road "
        "blockades continued near Montero on Tuesday."
    )
    events = extract(body)
    assert [code(e) for e in real(events, "14", "19")] == ["144", "144"]


def test_a_navy_blockade_stays_a_blockade(extract: Extract) -> None:
    events = extract("The navy imposed a blockade on the port of Hodeidah on Monday.")
    assert [code(e) for e in real(events, "19")] == ["191"]


def test_weapons_seized_by_militants_are_property(extract: Extract) -> None:
    body = (
        "Militants overran a police post near Kidal on Sunday. The militants also seized "
        "weapons and burned two vehicles."
    )
    events = extract(body)
    assert not real(events, "181")
    assert real(events, "171")


@pytest.mark.parametrize(
    "body",
    [
        "Pirates seized a cargo ship off Somalia on Sunday.",
        "Gunmen seized 20 villagers near Zamfara on Sunday.",
    ],
)
def test_craft_and_people_seized_stay_abductions(extract: Extract, body: str) -> None:
    assert [code(e) for e in real(extract(body), "18")] == ["181"]


def test_how_voters_voted_is_no_praise(extract: Extract) -> None:
    body = (
        "Commentators in Lyon said voters in the Rhone region had largely backed the "
        "centrist alliance."
    )
    assert not real(extract(body), "05")


def test_a_leader_backing_a_proposal_still_endorses_it(extract: Extract) -> None:
    assert real(extract("The president backed the opposition's proposal on Monday."), "05")


def test_a_closed_chapter_closes_nothing(extract: Extract) -> None:
    body = (
        '"We have closed a dark chapter," the Chilean president said at a news conference '
        "in Santiago on Friday."
    )
    assert not real(extract(body), "17")


def test_a_closed_border_is_still_closed(extract: Extract) -> None:
    assert real(extract("Authorities closed the border with Peru on Friday."), "17")


@pytest.mark.parametrize(
    "body",
    [
        "Nine people were killed in Cusco on Friday when protesters tried to take over the radio station.",
        "Rebels attempted to seize the airport in Goma on Friday.",
    ],
)
def test_a_taking_only_tried_holds_nothing(extract: Extract, body: str) -> None:
    events = extract(body)
    assert not real(events, "171", "181", "192")


def test_a_taking_done_is_still_a_taking(extract: Extract) -> None:
    assert [
        code(e) for e in real(extract("Rebels seized the town of Walikale on Friday."), "19")
    ] == ["192"]


def test_a_proposal_greeted_with_protests_stays_as_it_was(extract: Extract) -> None:
    # near miss: the passive is left to the rules that read its "with" phrase
    body = "The minister's budget was greeted with protests from fishermen."
    assert not real(extract(body), "14")
