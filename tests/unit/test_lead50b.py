"""Faults a second fresh user (newuser50b) found in this round's merged rules: abstaining
verbs, a possibility of another side's force kept open, a forecast told with a light verb,
captives freed from those who "held" them, and an island named like a town abroad.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2026-03-11\n" + body, path="t"))


@pytest.mark.parametrize(
    "sentence",
    [
        "BAGHDAD — Turkish forces stayed out of the fighting near Mosul on Tuesday.",
        "BAGHDAD — Turkish forces were not involved in the fighting near Mosul on Tuesday.",
        "BAGHDAD — Turkish forces took no part in the clashes near Mosul on Tuesday.",
    ],
)
def test_who_abstains_is_no_side_of_the_fight(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert events
    assert all(e.roles.source is None for e in events)


def test_who_joined_is_still_a_side(extract: Extract) -> None:
    (event,) = extract("BAGHDAD — Iraqi forces joined the fighting near Mosul on Tuesday.")
    assert event.roles.source_country == "IQ"


def test_another_sides_force_kept_possible_is_no_threat_by_the_speaker(extract: Extract) -> None:
    events = extract("BERLIN — Merz did not rule out that Russia could attack the Baltic states.")
    assert events
    assert all(e.event_code != "138" for e in events)
    assert all("hypothetical" in e.flags for e in events)


def test_own_force_kept_possible_is_still_a_threat(extract: Extract) -> None:
    events = extract("TAIPEI — Beijing did not rule out that it could attack Taiwan.")
    assert [e.event_code for e in events] == ["138"]


def test_a_forecast_with_a_light_verb_is_the_speakers_comment(extract: Extract) -> None:
    (event,) = extract("WASHINGTON — Trump said Iran will launch a major new offensive.")
    assert event.event_code == "012"
    assert event.roles.target_country == "IR"


def test_captives_freed_from_those_who_held_them_were_taken_by_force(extract: Extract) -> None:
    (event,) = extract(
        "ABUJA — Nigerian soldiers freed 14 farmers held by bandits in Katsina on Tuesday."
    )
    assert event.event_code == "190"
    assert event.roles.target == "bandits"


def test_an_island_is_not_a_large_town_abroad(geoparser: Geoparser) -> None:
    text = "SUVA, Fiji — Floods cut roads on the island of Koro on Tuesday."
    assert not [m for m in geoparser.parse(text) if m.text == "Koro" and m.place is not None]


def test_a_town_of_the_name_at_home_stays(geoparser: Geoparser) -> None:
    text = "BAMAKO, Mali — Gunmen attacked Koro on Tuesday."
    found = [m.place.country_code for m in geoparser.parse(text) if m.text == "Koro" and m.place]
    assert found == ["ML"]
