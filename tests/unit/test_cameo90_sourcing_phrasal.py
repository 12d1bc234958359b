"""Fresh readers' wrong cards, mended from definitions, with sentences written for these
tests: a source's terms of anonymity are no appeal (AP Stylebook, 'anonymous sources'); a
hospital taking in casualties hosts no visit (CAMEO 1.1b3 §043); a phrasal verb split by its
pronoun object is still the verb (Quirk et al. 1985 §16.4); a side acknowledging its own
earlier deed claims responsibility (§015)."""

from __future__ import annotations

import pytest

from dashboard.events.tokens import tokenize
from tests.unit.reading import full_codes


@pytest.mark.parametrize(
    "text",
    [
        "Two nurses, who asked not to be named, said the ward had run out of oxygen.",
        "A port worker who requested anonymity said the cranes had stopped.",
        "An engineer, who asked not to be identified, said the dam was leaking.",
    ],
)
def test_anonymity_terms_are_no_appeal(text: str) -> None:
    assert not [c for c in full_codes(text) if c.startswith("02")]


def test_an_appeal_beside_the_formula_stays() -> None:
    text = "The farmers asked the governor to reopen the market."
    assert [c for c in full_codes(text) if c.startswith("02")]


@pytest.mark.parametrize(
    "text",
    [
        "The regional clinic received more than 60 patients after the bus crash.",
        "Doctors said the hospital had received at least 40 casualties.",
    ],
)
def test_a_hospital_taking_in_patients_hosts_no_visit(text: str) -> None:
    assert "043" not in full_codes(text)


def test_a_visitor_received_is_still_hosted() -> None:
    assert "043" in full_codes("The prime minister received the Chilean foreign minister.")


def test_a_count_is_stepped_over_to_its_noun() -> None:
    from dashboard.events.count_phrases import past_count  # new here: no import on main

    tokens = tokenize("admitted dozens of wounded miners")
    assert tokens[past_count(tokens, 1)].lower == "wounded"
    tokens = tokenize("received the envoy")
    assert past_count(tokens, 1) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police broke them up with batons.", "175"),
        ("The union put forward an offer, but the employers turned it down.", "120"),
    ],
)
def test_a_phrasal_verb_split_by_its_pronoun_object(text: str, expected: str) -> None:
    assert expected in full_codes(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The children broke them into pieces.", "175"),  # no particle: no phrase
        ("Her lawyer hopes to pull her out of the contest.", "087"),  # "pull out" intransitive
        ("Readers with news can call us on this line.", "020"),  # "call on" prepositional
    ],
)
def test_no_split_without_a_transitive_phrasal_verb(text: str, absent: str) -> None:
    assert absent not in full_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Last week the governor acknowledged that he had authorised the raid.",
        "The mayor acknowledged on Friday that she had signed the permit.",
    ],
)
def test_acknowledging_ones_own_deed_claims_it(text: str) -> None:
    assert full_codes(text)[:1] == ["015"]


def test_acknowledging_a_state_of_affairs_is_no_claim() -> None:
    assert "015" not in full_codes("The governor acknowledged that the harvest was poor.")
