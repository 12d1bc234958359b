"""Confident wrong cards a second fresh user found (newuser77), mended by general rules.
Sentences written for these tests, on other topics and places than the user's articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 8)  # a Saturday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said there was no indication the shooting was connected to extremism.",
        "Officials said there was no evidence that the fire was linked to an attack.",
        "The mayor said there was no sign the bombing was tied to a militant group.",
        "Investigators said there is no indication that the stabbing was motivated by hatred.",
    ],
)
def test_a_denied_link_of_a_known_act_is_no_card(extract: Extract, sentence: str) -> None:
    # the definite act is presupposed and only its link is denied: no card, negated or not
    assert extract(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the act itself is denied: a negated card stays
        ("Officials found no evidence that troops had shelled the village.", "194"),
        # a link told without a denial: the act's card stays, not negated
        ("Police said the shooting on Friday was linked to extremism.", "180"),
    ],
)
def test_a_denied_act_or_a_told_link_keeps_its_card(
    extract: Extract, sentence: str, code: str
) -> None:
    got = extract(sentence)
    assert [e.event_code for e in got] == [code]


def test_a_link_in_a_relative_clause_leaves_the_denied_act(extract: Extract) -> None:
    got = extract(
        "Police said there was no sign that soldiers had attacked the convoy, which was "
        "linked to the ministry."
    )
    assert [("negated" in e.flags) for e in got] == [True]


def source_of(events: list[Event]) -> list[str | None]:
    return [e.roles.source for e in events]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Peruvian soldiers drove away crowds of backers of detained former President Luis "
            "Carranza from the congress building, using water cannon, police said Friday.",
            "Peru",
        ),
        (
            "Bangladeshi police scattered hundreds of supporters of imprisoned former Prime "
            "Minister Rahim Uddin outside the court, firing rubber bullets, officials said "
            "Friday.",
            "Bangladesh",
        ),
    ],
)
def test_a_jailed_leaders_supporters_leave_him_no_side(
    extract: Extract, sentence: str, source: str
) -> None:
    # "supporters of <status> <title> X": X is whom the crowd backs, not the force acting
    got = extract(sentence)
    assert got
    assert source_of(got)[0] == source


def test_a_jailed_leader_named_as_subject_stays_the_source(extract: Extract) -> None:
    got = extract("Jailed former President Luis Carranza urged his followers to stay calm.")
    assert source_of(got) == ["Luis Carranza"]


def target_of(events: list[Event]) -> list[str | None]:
    return [e.roles.target for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar condemned the shooting and said it had alerted Austrian officials about the man.",
        "Spanish Prime Minister Carlos Ruiz denounced the assault and said Spain would fly the "
        "injured fans home.",
        "Canadian Prime Minister Mark Dupont denounced the shooting and said Canada would send "
        "investigators to help.",
    ],
)
def test_a_coordinated_saying_names_no_side_of_the_condemnation(
    extract: Extract, sentence: str
) -> None:
    # what "and said" tells is said, so whom it names is no target of the condemnation
    got = extract(sentence)
    assert [e.event_code for e in got] == ["111"]
    assert target_of(got) == [None]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Chancellor Anna Berger condemned Hungary and said Austria would recall its envoy.",
            "Hungary",
        ),
        ("Morocco condemned the Spanish raid on the port.", "Spain"),
        ("The Philippines accused China of ramming its vessel and said it would protest.", "China"),
    ],
)
def test_a_target_named_before_the_saying_stays(
    extract: Extract, sentence: str, target: str
) -> None:
    assert target_of(extract(sentence))[0] == target


def place_of(events: list[Event]) -> list[str | None]:
    return [e.location.place.name if e.location and e.location.place else None for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "OSLO (AP) — Attackers killed nine people at a wedding hall on Thursday. Officials said the men had "
        "planned to flee to Denmark.",
        "OSLO (AP) — Masked men killed five guards at a depot on Thursday. Police said the attackers "
        "escaped into Sweden.",
    ],
)
def test_where_attackers_fled_is_not_where_they_struck(extract: Extract, body: str) -> None:
    got = extract(body)
    assert got[0].event_code == "180"
    assert place_of(got)[0] not in ("Denmark", "Sweden")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the act's own place, named before the flight, stays
        (
            "OSLO (AP) — Masked men killed five guards at a depot in Sweden, then tried to flee to Finland.",
            "Sweden",
        ),
        # where the tellers are is the story's country, as before
        (
            "OSLO (AP) — Gunmen killed five guards at a depot on Thursday. Police in Sweden said the men were caught.",
            "Sweden",
        ),
    ],
)
def test_a_place_not_a_flights_goal_still_places_the_act(
    extract: Extract, body: str, place: str
) -> None:
    assert place_of(extract(body))[0] == place
