"""Shows of force (CAMEO 1.1b3 §150) told only through another party's reaction that were not
read as acts (hap82, issue 16): a state's protest of warships' presence (read §140 alone), a
criticised incursion of aircraft into an air defence zone (read as a §190 noun, which a
reaction does not take), drills owned by a coast guard (a two-word owner), drills named with
their day as the subject of a reaction (two coordinated proper adjectives between the day and
the noun) and drills as the subject of "drew warnings from" (placed at the warner's city).
Near misses keep their readings: a crowd's protest of a presence, a presence of fishing
boats, troops' incursion into a territory, drills planned, a reaction after its verb.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def shows(extract: Extract, text: str) -> list[Event]:
    return [e for e in real(extract(text), "15") if code(e) == "150"]


# -- a state's protest of a show of force (reacted_acts._official_protest; cameo.csv presence)


def test_a_states_protest_of_warships_presence_reads_the_presence(extract: Extract) -> None:
    text = (
        "Vietnam on Wednesday protested the presence of Chinese warships near the Paracel Islands."
    )
    assert len(shows(extract, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # no armed force: fishing boats are no show of force
        "Vietnam on Wednesday protested the presence of Chinese fishing boats near the islands.",
        # a crowd's protest (§14): its place and day are its own, the presence is left
        "Hundreds of students on Wednesday protested the presence of US warships at the port.",
    ],
)
def test_a_protested_presence_near_miss_reads_no_show_of_force(extract: Extract, text: str) -> None:
    assert shows(extract, text) == []


# -- an incursion of aircraft into a zone (cameo.csv §150 noun row) --------------------------


def test_a_criticised_incursion_of_aircraft_is_a_show_of_force(extract: Extract) -> None:
    text = "Tokyo on Wednesday criticised the incursion of 20 Chinese aircraft into its air defence zone."
    assert len(shows(extract, text)) == 1
    assert real(extract(text), "11")  # the reaction stays


def test_an_incursion_of_troops_into_a_region_is_no_show_of_force(extract: Extract) -> None:
    text = "Kyiv on Monday condemned the incursion of Russian troops into the Sumy region."
    assert shows(extract, text) == []


# -- drills owned by a coast guard (reacted_acts FORCE_OWNER heads) ---------------------------


def test_a_coast_guards_drills_are_its_countrys(extract: Extract) -> None:
    text = "Manila on Wednesday condemned the Chinese coast guard's drills near the shoal."
    acts = shows(extract, text)
    assert [e.roles.source_country for e in acts] == ["CN"]


def test_a_coast_guards_planned_drills_are_none(extract: Extract) -> None:
    text = "Manila on Wednesday condemned the Chinese coast guard's planned drills near the shoal."
    assert shows(extract, text) == []


# -- dated drills as a reaction's subject (date_scope._MODIFIER_GAP; reacted_acts.subject_span)


def test_dated_drills_of_two_sides_as_a_subject_are_their_own_act(extract: Extract) -> None:
    text = "Monday's Russian and Belarusian drills near the border alarmed Lithuania."
    acts = shows(extract, text)
    assert len(acts) == 1
    assert acts[0].when.start.isoformat() == "2026-06-15"


def test_drills_that_drew_warnings_are_placed_in_their_own_phrase(extract: Extract) -> None:
    text = "Sunday's Chinese naval exercises around Taiwan drew warnings from Washington."
    acts = shows(extract, text)
    assert [where(e)[1] for e in acts] == ["TW"]


def test_planned_drills_judged_are_none(extract: Extract) -> None:
    text = "Tokyo on Wednesday condemned planned drills near the islands."
    assert shows(extract, text) == []


# -- a measure before the act's noun, a quoted name, a side's bare plural (reacted_acts) -------


@pytest.mark.parametrize(
    "text",
    [
        "Seoul on Wednesday condemned Pyongyang's latest round of artillery drills off the coast.",
        "Manila on Wednesday condemned Beijing's three days of naval drills near the shoal.",
        'Taipei on Wednesday slammed Beijing\'s "Blue Dragon" exercises near the island.',
        "Manila on Wednesday condemned Chinese naval drills near the shoal.",
    ],
)
def test_a_measured_quoted_or_sided_show_of_force_is_its_own_act(
    extract: Extract, text: str
) -> None:
    assert len(shows(extract, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a bare plural with no place of its own: drills in general
        "Manila on Wednesday condemned Chinese naval drills.",
        # planned: not done
        "Manila on Wednesday condemned planned Chinese naval drills near the shoal.",
        # a round of talks is no show of force
        "Manila on Wednesday welcomed Beijing's latest round of talks in Hanoi.",
    ],
)
def test_a_bare_or_planned_show_near_miss_reads_none(extract: Extract, text: str) -> None:
    assert shows(extract, text) == []
