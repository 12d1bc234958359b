"""Confident wrong cards (newuser57b, section A, SAME as the version before): a possessive in
a passive's subject is not the passive's agent; a vehicle ploughing into a crowd is §180 and a
crash by mishap no force; a nationality before a festival or a community is no side; strikers
who "strike" stop work (§143); a gathering to remember or to greet is no rally; police
removing protesters is §175; taking over from a person is no §192; "X's president said Y must
not" is X's demand of Y. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.heritage import heritage_after
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2025-03-12\n\n" + body, path="t"))


def _code(e: Event) -> str:
    return e.event_code or e.event_type.code


def _codes(events: list[Event]) -> list[str]:
    return [_code(e) for e in events]


def _one(events: list[Event], prefix: str) -> Event:
    found = [e for e in events if _code(e).startswith(prefix)]
    assert len(found) == 1, [(_code(e), e.roles, e.summary) for e in events]
    return found[0]


# -- "its" in a passive's subject points back to the sayer, never to the agent after "by"


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Malian army said its convoy was ambushed by JNIM near Gao on Monday.", "JNIM"),
        ("Ukraine said its border posts were shelled by Russian troops on Monday.", "Russia"),
    ],
)
def test_a_passive_subjects_its_is_not_the_agents(extract: Extract, text: str, agent: str) -> None:
    lines = [e.summary for e in extract(text)]
    assert lines
    assert not any(line.startswith(agent) for line in lines), lines


def test_an_active_its_still_takes_the_actor(extract: Extract) -> None:
    # near miss: "its jets struck" is the actor's own; the line names the actor
    event = _one(extract("Moscow said its jets struck a depot in Odesa on Monday."), "19")
    assert "its jets" not in event.summary


# -- a vehicle into a crowd (§180), a crash by mishap (no force), a culture's nationality


def test_a_driver_ploughing_into_a_crowd_is_unconventional_violence(extract: Extract) -> None:
    text = "A driver ploughed into a crowd at a Turkish street fair in Hamburg on Saturday."
    event = _one(extract(text), "18")
    assert _code(event) == "180"
    assert event.roles.source is None


def test_a_crash_after_a_brake_failure_is_no_attack(extract: Extract) -> None:
    text = "A lorry drove into a crowd of shoppers after its brakes failed, killing six people."
    assert not [c for c in _codes(extract(text)) if c[:2] in ("18", "19", "20")]


def test_a_ramming_with_no_mishap_stays_an_attack(extract: Extract) -> None:
    # near miss: no brake failure, no accident: the ramming is kept
    text = "A man drove a van into a crowd of shoppers in Graz on Saturday, killing six people."
    assert any(c.startswith("18") for c in _codes(extract(text)))


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("at a Turkish street fair", 12, False),
        ("the Somali community of Minneapolis", 10, True),
        ("a Chinese restaurant in Prato", 9, True),
        ("a Chinese coast guard ship", 9, False),
        ("the Canadian Food Inspection Agency", 12, False),
    ],
)
def test_heritage_nouns_after_a_nationality(text: str, end: int, expected: bool) -> None:
    assert heritage_after(text, end) is expected


def test_a_nationality_before_a_community_is_no_target(extract: Extract) -> None:
    text = "Gunmen attacked a Somali community centre in Minneapolis on Sunday."
    event = _one(extract(text), "18")
    assert event.roles.target != "Somalia"


# -- strikers who strike


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers are projected to strike nationwide on Thursday.",
        "Miners are projected to strike across Chile on Friday.",
    ],
)
def test_strikers_who_strike_stop_work(extract: Extract, text: str) -> None:
    assert _codes(extract(text)) == ["143"]


def test_a_state_expected_to_strike_stays_force(extract: Extract) -> None:
    # near miss: no strikers named: a strike on a state stays force
    assert _codes(extract("Israel is projected to strike Iran on Thursday."))[0].startswith("19")


# -- gatherings that are no rally


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered in Halabja to commemorate the victims of the 1988 gas attack.",
        "Thousands gathered in Manila to welcome the returning athletes on Monday.",
    ],
)
def test_a_gathering_to_remember_or_welcome_is_no_rally(extract: Extract, text: str) -> None:
    assert not [c for c in _codes(extract(text)) if c.startswith("14")]


def test_a_gathering_to_protest_stays_a_rally(extract: Extract) -> None:
    # near miss: a gathering whose purpose is a protest
    text = "Thousands gathered in Tbilisi to protest the foreign agents law on Monday."
    assert any(c.startswith("14") for c in _codes(extract(text)))


def test_greeting_supporters_is_no_visit_hosted(extract: Extract) -> None:
    text = "The prime minister walked to the square in Tirana to greet supporters on Sunday."
    assert not [c for c in _codes(extract(text)) if c.startswith("04")]


def test_greeting_a_leader_stays_a_visit_hosted(extract: Extract) -> None:
    # near miss: a guest greeted is hosted (§043)
    assert "043" in _codes(extract("Erdogan greeted Orban in Ankara on Monday."))


# -- police removing protesters


def test_police_removing_protesters_is_repression(extract: Extract) -> None:
    text = "Police dragged demonstrators away from the ministry in Belgrade on Friday."
    assert _code(_one(extract(text), "17")) == "175"


def test_police_removing_barriers_is_no_repression(extract: Extract) -> None:
    # near miss: what was removed is no crowd
    text = "Police removed the barriers from the ministry in Belgrade on Friday."
    assert "175" not in _codes(extract(text))


# -- taking over from a person


def test_taking_over_from_a_person_is_no_occupation(extract: Extract) -> None:
    text = "Defence Minister Ana Costa took over from Joao Silva as interim premier on Monday."
    assert not [c for c in _codes(extract(text)) if c.startswith("192")]


def test_taking_over_from_forces_stays_an_occupation(extract: Extract) -> None:
    # near miss: force named after "from"
    text = "Rebels took over from government troops in the town of Kidal on Monday."
    assert "192" in _codes(extract(text))


# -- a reported necessity: the sayer's office speaks for its country


def test_a_countrys_office_demands_of_the_clause_subject(extract: Extract) -> None:
    text = "Japan's foreign minister said Moscow must not try to change the border by force."
    event = _one(extract(text), "10")
    assert (event.roles.source, event.roles.target) == ("Japan", "Russia")
