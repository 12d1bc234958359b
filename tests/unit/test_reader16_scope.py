"""reader16's own sentences for the scope of negation and modals (stop 35): a negation or a
modal scopes over its own clause, from its operator on (Quirk et al. 1985 §10.64 ff.).

- A verb group after "and" or "but" with an operator of its own ("but did not disperse"), or
  with a past form the operator before it cannot take ("did not fire … but dispersed", "could
  block … and urged"), is outside the first group's negation or modal; a bare verb after "and"
  shares it ("could attack … and seize").
- "tell" with an object and a "to" infinitive is a directive: what it directs is not told as
  done, and a "not" before "to" is its content.
- A negated future ("would not be drawn into war") denies the act after its preposition;
  only a past negation leaves a definite act after it asserted ("was not linked to the
  bombing").

Near misses are paired with the rule's own case, so that each test fails without the rule.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def hidden(ev: Event) -> bool:
    """Flagged so that the map hides it: negated or hypothetical ("planned" cards show)."""
    return bool({"negated", "hypothetical"} & set(ev.flags))


# coordination: "but"/"and" and a new verb group


def test_a_dispersal_after_but_is_outside_the_negation_before_it(extract: Extract) -> None:
    events = extract("Riot police did not use water cannon but dispersed the marchers with batons.")
    assert real(events, "175")


def test_a_second_verb_without_an_operator_of_its_own_shares_the_negation(
    extract: Extract,
) -> None:
    # near miss: "or disperse" has no operator of its own, so "did not" scopes over it too
    shared = extract("Riot police did not use water cannon or disperse the marchers.")
    assert not real(shared, "17")
    # its contrast: a past form after "but" cannot follow "did"
    own = extract("Riot police did not use water cannon but dispersed the marchers with batons.")
    assert real(own, "17")


def test_an_appeal_after_and_is_outside_the_modal_of_a_warning(extract: Extract) -> None:
    events = extract(
        "Forecasters warned that a cyclone could strike the coast on Friday and urged fishermen "
        "to stay in port."
    )
    appeals = rooted(events, "02")
    assert appeals
    assert not any(unreal(e) for e in appeals)


def test_a_bare_verb_after_and_shares_the_modal(extract: Extract) -> None:
    # near miss: "and seize" is a bare verb, so "could" scopes over the seizure too
    shared = extract("The governor said militants could attack the depot and seize the airport.")
    assert not real(shared, "18", "19")
    # its contrast: "sent" cannot follow "could", so the sending is told as done
    own = extract(
        "The governor said militants could attack the depot and sent soldiers to guard it."
    )
    assert real(own, "15")


# "tell" with an object and a "to" infinitive: a directive


def test_what_a_governor_tells_soldiers_to_do_is_not_told_as_done(extract: Extract) -> None:
    events = extract("The governor told soldiers to disperse the protesters.")
    assert not real(events, "17")


def test_what_a_governor_tells_reporters_was_done_stays_real(extract: Extract) -> None:
    # near miss: "told reporters that" reports a fact; no infinitive is directed
    told = extract("The governor told reporters that soldiers had dispersed the protesters.")
    assert real(told, "175")
    # its contrast: "told soldiers to disperse" directs the act
    directed = extract("The governor told soldiers to disperse the protesters.")
    assert rooted(directed, "175")
    assert not real(directed, "175")


def test_a_not_before_to_is_the_directives_content(extract: Extract) -> None:
    # the governor's telling is no event of its own; the dispersal is neither done nor a
    # real card, and the negation is its content
    events = extract("The governor told soldiers not to disperse the protesters.")
    dispersals = rooted(events, "175")
    assert dispersals
    assert all("planned" in e.flags for e in dispersals)


# a negated future over the act after its preposition


def test_a_war_a_state_will_not_be_drawn_into_is_no_threat(extract: Extract) -> None:
    events = extract("Hanoi said it would never be drawn into a war over the islands.")
    # a "planned" card is still shown as a card: the war must be hidden as not told
    assert all(hidden(e) for e in rooted(events, "13", "19"))


def test_a_past_negation_leaves_a_definite_bombing_asserted(extract: Extract) -> None:
    # near miss: "was not linked to the bombing": the bombing happened
    linked = extract("The envoy was not linked to the bombing of the consulate.")
    assert real(linked, "18")
    # its contrast: a negated future denies the war after "into"
    future = extract("Hanoi said it would not be drawn into war over the islands.")
    assert all(hidden(e) for e in rooted(future, "13", "19"))
