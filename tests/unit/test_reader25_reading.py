"""reader25's own sentences (stop 38) for acts a fresh user found missed or wrongly flagged.

- A ship told damaged is force used on it (CAMEO 1.1b3 §190, as its sinking is), and a
  negated act before "but" does not take the damage with it; a mishap named as the cause
  (a fire, running aground) is no force.
- A party that drops its objection or veto yields (CAMEO 1.1b3 §080).
- An actor's dated announcement that a protest or a condemnation answers is a happening of
  its own, coded by the act it announces (halting talks, §164).
- A statement, promise or threat told in the past about what the speaker would do ("said
  on Monday that it would reconsider the agreement", §014; "would strike the port", §13) was
  made when told: it is no plan. A time phrase between the verb and "that" ("said last week
  that") leaves the clause the verb's complement.

Near misses are paired with each rule's own case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_damage_after_a_negated_sinking_survives_with_its_place(extract: Extract) -> None:
    events = extract(
        "The rebels sank no vessel on Friday, but an oil tanker was badly damaged in the "
        "Gulf of Aden, the navy said."
    )
    hits = real(events, "19")
    assert hits
    assert where(hits[0])[0] == "Gulf of Aden"
    # near miss: a ship damaged by a fire on board is an accident, no force
    fire = extract("A tanker was damaged by a fire in its engine room off Oman on Friday.")
    assert not rooted(fire, "19")


def test_dropping_an_objection_or_a_veto_yields(extract: Extract) -> None:
    assert rooted(
        extract(
            "Greece on Tuesday dropped its objection to North Macedonia's bid to join the bloc."
        ),
        "080",
    )
    assert rooted(
        extract("Hungary withdrew its veto on the aid package for Kyiv on Tuesday."), "080"
    )
    # near miss: troops withdrawn from opposition-held towns de-escalate (§087), no yielding
    troops = extract("The army withdrew troops from opposition-held towns on Tuesday.")
    assert rooted(troops, "087")
    assert not rooted(troops, "080")


def test_a_dated_announcement_a_protest_answers_is_its_own_act(extract: Extract) -> None:
    events = extract(
        "Hundreds protested in Taipei on Saturday against the cabinet's announcement last "
        "month that it would halt trade talks with Beijing."
    )
    assert real(events, "14")
    halted = rooted(events, "164")
    assert halted
    assert halted[0].date_start.month == 5
    # near miss: with no date of its own, the announcement is only what the protest is about
    undated = extract(
        "Hundreds protested in Taipei on Saturday against the cabinet's announcement that it "
        "would halt trade talks with Beijing."
    )
    assert not rooted(undated, "16")


def test_a_past_statement_of_a_review_is_no_plan(extract: Extract) -> None:
    events = extract(
        "The Indian defence ministry said on Monday that it would reconsider the arms "
        "agreement with France."
    )
    assert real(events, "014")
    policy = extract(
        "Japan's trade ministry said on Monday that it would review its export policy."
    )
    assert real(policy, "014")
    # near miss: the review itself, told as still to come, is planned
    ahead = extract("The Indian defence ministry will reconsider the arms agreement with France.")
    assert rooted(ahead, "014")
    assert not real(ahead, "014")


def test_a_threat_or_a_promise_told_in_the_past_is_made(extract: Extract) -> None:
    threat = extract("Moscow's defence ministry said on Monday it would strike the port of Izmail.")
    assert real(threat, "13")
    # "last week" between the verb and "that" is a time adverbial: the clause is the
    # saying's complement, and its promise is the event
    promise = extract("The cabinet said last week that it would send aid to the flood zone.")
    assert real(promise, "03")
    # near miss: a promise still to be made is no statement yet
    ahead = extract("The cabinet is expected to promise aid to the flood zone next week.")
    assert not real(ahead, "03")
