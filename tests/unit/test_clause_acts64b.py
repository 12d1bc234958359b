"""Acts told inside a joined or subordinate clause (stop 64, fix64b): a cut in relations
answering an "after" clause's act of force, and a denial in a "but" or "which" clause. Each
rule has near misses it must leave alone. The sentences are written for these tests.
Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted

SUNDAY = date(2026, 6, 14)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ------------------------------------------------ a cut in relations after an act of force


def test_force_a_recall_of_an_envoy_came_after_is_told_too(extract: Extract) -> None:
    # CAMEO 1.1b3 §16 answers at once; TimeML: "after" orders the clause's act BEFORE the day
    text = "Mali recalled its ambassador from Algeria on Sunday after Algerian troops shelled a border post."
    force = real(extract(text), "19")
    assert len(force) == 1
    assert force[0].roles.source_country == "DZ"
    assert force[0].when.end == SUNDAY
    assert force[0].when.start < SUNDAY


def test_ties_cut_after_a_strike_tell_the_strike(extract: Extract) -> None:
    text = (
        "Chad cut diplomatic ties with Sudan on Sunday after Sudanese jets bombed a refugee camp."
    )
    force = real(extract(text), "19")
    assert [e.roles.source_country for e in force] == ["SD"]
    assert force[0].when.end == SUNDAY


@pytest.mark.parametrize(
    "text",
    [
        # a noun, no finite verb: a background of its own, no act
        "Mali recalled its ambassador from Algeria on Sunday after years of tension.",
        "Chad cut diplomatic ties with Sudan on Sunday after the election.",
        # a "before" clause's act did not happen
        "Mali recalled its ambassador from Algeria on Sunday before Algerian troops could shell the post.",
    ],
)
def test_near_miss_no_act_of_force_without_a_finite_past_after_clause(
    extract: Extract, text: str
) -> None:
    assert not rooted(extract(text), "18", "19", "20")


def test_near_miss_a_planned_recall_dates_no_clause_act_by_it(extract: Extract) -> None:
    # the main act is still to come: its day bounds nothing
    text = (
        "Mali will recall its ambassador from Algeria after Algerian troops shelled a border post."
    )
    assert not [e for e in rooted(extract(text), "19") if e.when.end == SUNDAY]


def test_near_miss_talks_after_an_attack_still_give_none(extract: Extract) -> None:
    # a meeting (04) may follow an attack long past: no week is read for it
    text = "The two ministers held talks on Sunday after gunmen attacked a church in the north."
    assert not rooted(extract(text), "18", "19")


# ------------------------------------------------ a denial in a "but" or "which" clause


@pytest.mark.parametrize(
    "text",
    [
        "Police accused the opposition of organising the riot, but the Democratic Party denied the charge.",
        "Police accused the opposition of organising the riot, which the Democratic Party denied.",
        "Police accused the opposition of organising the riot, which the Democratic Party denied as baseless.",
    ],
)
def test_a_joined_denial_is_an_act_of_its_own(extract: Extract, text: str) -> None:
    # CAMEO 1.1b3 §016 deny responsibility, by the clause's own subject
    denials = [e for e in real(extract(text), "01") if e.event_code == "016"]
    assert [e.roles.source for e in denials] == ["Democratic Party"]


def test_a_denial_after_an_attack_names_the_denier(extract: Extract) -> None:
    text = "Rebels attacked a convoy near Goma on Monday, but Rwanda denied any involvement."
    denials = [e for e in real(extract(text), "01") if e.event_code == "016"]
    assert [e.roles.source_country for e in denials] == ["RW"]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun subject names no side here
        "Police accused the opposition of organising the riot, but it denied the charge.",
        # a lower-case common noun: who is meant is left to the story
        "Police accused the opposition of organising the riot, but the party denied the charge.",
        # not done: negated or only possible
        "Police accused the opposition of organising the riot, but the Democratic Party has not denied the charge.",
        "Police accused the opposition of organising the riot, but the Democratic Party may deny the charge.",
        # "which" stands for a riot, not a charge, when the main act is no accusation
        "Police said the opposition organised the riot, which the Democratic Party denied.",
        # another verb in the "which" clause
        "Police accused the opposition of organising the riot, which the party leader had planned.",
    ],
)
def test_near_miss_no_denial_card(extract: Extract, text: str) -> None:
    assert not [e for e in real(extract(text), "01") if e.event_code == "016"]
