"""Codes, sides and flags mended for the fresh-user report of session 68 (newuser68), each
rule on sentences written for these tests (none comes from the report or an evaluation
set), with near misses that must stay as they were. Publication is Thursday 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def full(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """(full code, flags) of each trigger of ``sentence``."""
    return [(t.full or t.code, t.flags) for t in triggers(sentence)]


# ---------------------------------------------------------------- invented acts


def test_an_armed_subject_of_another_act_makes_no_assault_of_its_own(extract: Extract) -> None:
    events = extract("Masked gunmen blew up a railway bridge in the Sahel on Tuesday.")
    assert [code(e) for e in events] == ["1712"]


def test_a_killing_told_as_the_subject_of_a_reaction_stays_an_act(extract: Extract) -> None:
    # near miss: the killing noun (no agent noun) drew the reaction, and is a happening
    body = "Niger condemned the attack. The killing of two farmers by gunmen drew condemnation."
    assert rooted(extract(body), "18")


def test_a_wanted_person_makes_no_appeal() -> None:
    assert not [c for c, _ in full("The former governor is wanted for fraud in Spain.")]
    assert not [c for c, _ in full("Two brothers were wanted by police in Peru.")]


def test_the_crime_a_person_is_wanted_for_is_no_act_told() -> None:
    assert not full("The former governor is also wanted for the shooting of a judge.")
    assert not full("Two brothers were wanted in connection with the bombing of a bank.")


def test_a_shooting_told_as_done_stays_an_act() -> None:
    # near miss: no "wanted" before the act
    assert full("Gunmen shot dead a judge in Lima on Monday.")[0][0] == "186"


def test_a_state_that_wants_something_still_appeals() -> None:
    # near miss: the active verb is the subject's own request (CAMEO 1.1b3 §020)
    assert [c[:2] for c, _ in full("Kenya wants more aid from its donors.")] == ["02"]


def test_a_journey_s_purpose_is_no_act_and_the_denial_leads() -> None:
    found = full("Aides said the journey was to attend a memorial ceremony and denied wrongdoing.")
    assert found[0][0] == "016"
    assert not [c for c, _ in found if c.startswith("017")]


def test_an_agent_s_arranged_attendance_stays_planned() -> None:
    # near miss: "be to" with a person as subject is the modal idiom of arrangement
    found = full("The president is to attend a memorial ceremony on Friday.")
    assert found == [("017", ("planned",))]


# ---------------------------------------------------------------- denial


def test_denying_wrongdoing_is_a_denial(extract: Extract) -> None:
    events = extract("The governor of Lagos denied any wrongdoing on Tuesday.")
    assert [(code(e), e.flags) for e in events] == [("016", ())]


def test_wrongdoing_found_by_others_is_no_denial() -> None:
    # near miss: the noun without a denying verb
    assert not [c for c, _ in full("Investigators found evidence of wrongdoing.")]


# ---------------------------------------------------------------- negation and tense


def test_a_negated_verb_leaves_its_infinitive_undone() -> None:
    found = full("Riot police did not intervene to break up the rally.")
    assert found[0][0].startswith("17")
    assert "negated" in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police did not hesitate to break up the rally.",  # a negative implicative
        "Riot police intervened to break up the rally.",  # no negation
    ],
)
def test_an_infinitive_told_as_done_stays_unflagged(sentence: str) -> None:
    found = full(sentence)
    assert found[0][0].startswith("17")
    assert "negated" not in found[0][1]


def test_a_second_verb_group_keeps_its_own_negation() -> None:
    body = (
        "The minister said he would stay in the alliance but would not allow Russia to open a base."
    )
    found = [c for c, _ in full(body) if not c.startswith("01")]
    assert found == ["123"]


def test_an_intent_in_one_verb_group_stays_an_intent() -> None:
    # near miss: one verb group, no "but would not"
    found = full("The minister said he would allow Russia to open a base.")
    assert found[0][0] == "034"


def test_did_not_attend_is_past_though_a_later_clause_looks_ahead(extract: Extract) -> None:
    body = "The prime minister of Nepal did not attend the summit and his aide said he would quit."
    events = rooted(extract(body), "04")
    assert len(events) == 1
    assert "negated" in events[0].flags
    assert "planned" not in events[0].flags
    assert events[0].date_end <= date(2026, 6, 18)


def test_will_not_attend_stays_planned(extract: Extract) -> None:
    # near miss: the future operator, no "did"
    events = extract("The prime minister of Nepal will not attend the summit next week.")
    assert events
    assert all("planned" in e.flags for e in events)


# ---------------------------------------------------------------- sides


def test_the_victim_of_a_condemned_attack_is_no_target(extract: Extract) -> None:
    events = rooted(extract("Canada condemned the attack on Nigerian soldiers."), "11")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Canada", None)]


def test_the_doer_of_a_condemned_attack_is_the_target(extract: Extract) -> None:
    events = rooted(extract("Canada condemned the raid by Israel."), "11")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Canada", "Israel")]
    events = rooted(extract("Canada condemned the strikes on Yemen by Israel."), "11")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Canada", "Israel")]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        ("The attack on Nigerian soldiers was condemned by Canada.", ("Canada", None)),
        ("Iran's attack on Israel was condemned by Canada.", ("Canada", "Iran")),
    ],
)
def test_the_victim_in_a_passive_s_subject_is_no_side(
    extract: Extract, body: str, sides: tuple[str, str | None]
) -> None:
    events = rooted(extract(body), "11")
    assert [(e.roles.source, e.roles.target) for e in events] == [sides]


def test_a_passive_subject_that_is_no_act_s_object_stays_the_target(extract: Extract) -> None:
    # near miss: the state itself is the subject, no attack noun before it
    events = rooted(extract("Iran was condemned by Canada."), "11")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Canada", "Iran")]


def test_a_passive_clause_s_agent_is_no_doer_of_a_noun(extract: Extract) -> None:
    # near miss: "the attacks were plotted by": a clause of its own, as before
    body = "Kenyan officials allege the attacks were plotted by Somali militants."
    assert all(e.roles.target != "Somalia" for e in extract(body))


def test_a_possessor_of_a_condemned_attack_stays_the_target(extract: Extract) -> None:
    # near miss: the doer named by its possessive, before the victim
    events = rooted(extract("Canada condemned Iran's attack on Israel."), "11")
    assert [(e.roles.source, e.roles.target) for e in events] == [("Canada", "Iran")]


@pytest.mark.parametrize(
    ("body", "root", "sides"),
    [
        ("Ghana postponed a visit by a Chinese trade delegation.", "16", ("Ghana", "China")),
        ("Kenya welcomed the visit by the Indian prime minister.", "05", ("Kenya", "India")),
    ],
)
def test_the_agent_of_the_object_noun_is_the_target(
    extract: Extract, body: str, root: str, sides: tuple[str, str]
) -> None:
    events = rooted(extract(body), root)
    assert [(e.roles.source, e.roles.target) for e in events] == [sides]


def test_the_agent_of_a_noun_trigger_stays_its_source(extract: Extract) -> None:
    # near miss: the act's own noun with its "by" agent
    body = "The seizure of the tanker by the Iranian navy angered Britain."
    events = rooted(extract(body), "17")
    assert [e.roles.source for e in events] == ["Iran"]
