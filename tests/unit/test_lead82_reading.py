"""Faults the lead found reading news of its own (session 82). See docs/history/reading.md,
session 82. Sentences written for these tests; each rule has near misses that must not change.

1. A state that closed a border crossing after a wire dateline with a plain hyphen
   ("PRISTINA (Wire) - Kosovo closed two crossings") was read as a crowd's blockade (§144):
   the hyphen was no clause opener, so the state was not seen as the subject.
2. "told the Security Council in New York that rebels had attacked" placed the attack in New
   York: the "told X in Y" cue never matched (a doubled space was required after "told").
3. The hearer of "told" was taken as the doer of the act told ("told the Security Council
   that Eritrea had massed troops" gave the council as the source).
4. A holder dismissed from a post ("dismissed his finance minister", "the third general to
   be dismissed") was read as a rejection (§12).
5. "A riot at the prison killed 15 inmates" was read as military force (§190), not a riot.
6. "X accused Y of sending troops, an allegation Y rejected" made the accusation itself
   hypothetical: the accusation was made; only what it alleges is disputed.
7. "said it would respond to the expulsions" was read as a planned expulsion by the speaker,
   not as the threat of a like measure it is (found by newuser86).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A wire dateline's hyphen opens the clause its state acts in (CAMEO 1.1b3 §144 vs §172)


@pytest.mark.parametrize(
    "text",
    [
        "PRISTINA (Wire) - Kosovo closed two border crossings with Serbia on Friday.",
        "VILNIUS (Wire) - Lithuania shut its border crossings with Belarus on Tuesday.",
    ],
)
def test_a_state_closing_crossings_after_a_hyphen_dateline_restricts(
    extract: Extract, text: str
) -> None:
    events = real(extract(text), "14", "17")
    assert [code(e) for e in events] == ["172"]


def test_a_crowd_blocking_a_road_after_a_hyphen_dateline_still_protests(
    extract: Extract,
) -> None:
    text = "LIMA (Wire) - Farmers blocked the main highway to Cusco on Friday."
    assert [code(e)[:3] for e in real(extract(text), "14", "17")] == ["144"]


# 2. Where a speaker told of an act is not where the act was (ACLED: where it took place)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The minister told parliament in Nairobi that rebels had attacked a camp near "
            "the border with Somalia.",
            "Nairobi",
        ),
        (
            "The envoy told the Security Council in New York on Monday that militias had "
            "shelled a camp near the border.",
            "New York",
        ),
    ],
)
def test_where_an_act_was_told_is_not_where_it_was(extract: Extract, text: str, wrong: str) -> None:
    events = real(extract(text), "19")
    assert events
    assert all(where(e)[0] != wrong for e in events), [where(e) for e in events]


def test_an_act_done_where_it_is_told_keeps_its_place(extract: Extract) -> None:
    text = "Militias shelled a camp in Nyala on Monday, the envoy told reporters."
    assert [where(e)[0] for e in real(extract(text), "19")] == ["Nyala"]


# 3. The hearer of "told" is no side of what it was told (Huddleston and Pullum 2002, ch. 11)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's envoy told the Security Council in New York on Monday that Eritrea had "
        "massed troops on the border.",
        "Kenya's minister briefed the African Union in Addis Ababa that Somalia had "
        "deployed troops to the border.",
        "The general briefed NATO allies on Monday that Russia had massed troops on the border.",
    ],
)
def test_the_hearer_is_not_the_source(extract: Extract, text: str) -> None:
    events = real(extract(text), "15")
    assert [e.roles.source for e in events] == [text.split(" had ")[0].split()[-1]]


def test_the_hearer_with_no_place_was_never_the_source(extract: Extract) -> None:
    text = (
        "Ethiopia's envoy told the Security Council on Monday that Eritrea had massed troops "
        "on the border."
    )
    assert [e.roles.source for e in real(extract(text), "15")] == ["Eritrea"]


def test_a_hearer_who_acts_in_its_own_clause_stays_the_source(extract: Extract) -> None:
    text = "The Security Council condemned the attack on the camp on Monday."
    assert [e.roles.source for e in real(extract(text), "11")] == ["Security Council"]


# 4. A post taken away is no claim rejected (WordNet 3.0 dismiss v. 2 vs v. 1)


@pytest.mark.parametrize(
    "text",
    [
        "The president dismissed the finance minister on Friday.",
        "The army chief, the third general to be dismissed this year, was replaced on Friday.",
        "The interior minister was dismissed late on Friday, state television reported.",
    ],
)
def test_a_holder_dismissed_is_no_rejection(extract: Extract, text: str) -> None:
    assert not [code(e) for e in extract(text) if code(e).startswith("12")]


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("The government dismissed the report as propaganda on Friday.", "120"),
        ("The minister dismissed the accusations on Friday.", "016"),
        ("The general dismissed the proposal for talks on Friday.", "12"),
    ],
)
def test_a_claim_dismissed_is_still_rejected_or_denied(
    extract: Extract, text: str, full: str
) -> None:
    assert [code(e)[: len(full)] for e in real(extract(text), "01", "12")] == [full]


# 5. A riot that kills is a riot (CAMEO 1.1b3 §145)


@pytest.mark.parametrize(
    "text",
    [
        "A riot at the prison killed 15 inmates over the weekend.",
        "Riots in the northern city killed four people on Friday.",
    ],
)
def test_a_riot_that_kills_is_a_riot(extract: Extract, text: str) -> None:
    assert [code(e)[:3] for e in real(extract(text), "14", "18", "19")] == ["145"]


def test_police_killing_rioters_is_still_repression(extract: Extract) -> None:
    text = "Police killed two rioters in the capital on Friday."
    assert [code(e)[:3] for e in real(extract(text), "14", "17", "18", "19")] == ["175"]


# 6. An accusation disputed was still made (CAMEO 1.1b3 §112; FactBank: the content is PS/U)


def test_a_disputed_accusation_was_still_made(extract: Extract) -> None:
    text = (
        "Guyana accused Venezuela on Wednesday of sending troops across the river, an "
        "allegation Caracas rejected."
    )
    assert [code(e)[:3] for e in real(extract(text), "11")] == ["112"]


def test_a_disputed_claim_of_force_stays_unconfirmed(extract: Extract) -> None:
    text = "The army said it shot down five drones over the border, a claim the rebels denied."
    assert not real(extract(text), "19", "20")


# 7. A measure answered in kind is a threat (CAMEO 1.1b3 §130)


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania expelled two Belarusian diplomats on Wednesday. Belarus's foreign ministry "
        "said it would respond to the expulsions.",
        "Hungary said on Monday it would respond to the ban on its grain exports.",
    ],
)
def test_a_measure_to_be_answered_is_a_threat(extract: Extract, text: str) -> None:
    said = extract(text)
    assert "13" in [code(e)[:2] for e in real(said, "13")]
    assert not [code(e) for e in said if code(e)[:3] in ("163", "174") and "planned" in e.flags]


def test_a_question_about_a_measure_is_no_threat(extract: Extract) -> None:
    text = "The minister said he would respond to questions about the sanctions next week."
    assert not real(extract(text), "13")


# tester82: what an "-ing" appeal asks for is not done, nor is its object's noun


def test_the_object_of_an_urged_act_is_no_act(extract: Extract) -> None:
    text = "The pope addressed a crowd in Rome on Tuesday, urging governments to reject war."
    assert [code(e)[:2] for e in real(extract(text), "02", "12", "19")] == ["02"]
