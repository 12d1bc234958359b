"""Confident wrong cards a new user found (newuser90, session 84), each written again as our
own sentences. See docs/history/reading.md, session 84: fix90a. Each rule has near misses
that must not change.

1. A legislature approving a state of emergency or siege was praise (§051), and a declared
   state of siege a blockade (§191): both are §1724.
2. A clash two sides only came "close to" was a §172 closure ("close") or a fight.
3. Migrants escorted to a border and peacekeepers who speak were §074 protection.
4. "X said the gangs were trying to force Y" made the speaker the coercer.
5. The mandative act of a demand outside the governing clause ("…, while groups demanded
   that the government deploy more police") became the card; a counted shutdown a union
   calls gave none.
6. "called the strike political" was the speaker's strike (§143).
7. Guards freed when police retook a prison were a captor's release (§0841).
8. An act in reports a source "did not comment on" was told as done.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A state of emergency or siege approved or declared (CAMEO 1.1b3 §1724)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's Congress approved a 60-day state of emergency in two provinces on Friday.",
        "The Honduran parliament approved a state of siege on Friday.",
        "The president declared a state of siege in three provinces on Friday.",
    ],
)
def test_an_approved_or_declared_state_of_siege_is_imposed(extract: Extract, text: str) -> None:
    assert [code(e) for e in extract(text)] == ["1724"]


def test_approving_a_minister_stays_praise(extract: Extract) -> None:
    text = "The party congress approved the new prime minister on Friday."
    assert "1724" not in [code(e) for e in extract(text)]


# 2. A clash only come close to did not happen (TimeML modality, FactBank CT-)


@pytest.mark.parametrize(
    "text",
    [
        "A dispute over fishing rights in 2019 brought the two coast guards close to a "
        "confrontation near the island.",
        "The crisis pushed the two countries to the brink of war last year.",
    ],
)
def test_a_clash_only_come_close_to_is_no_act(extract: Extract, text: str) -> None:
    assert real(extract(text), "17", "19") == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Protesters blocked the road, which was closed to traffic on Friday.", "14"),
        ("Clashes near the border killed four soldiers on Friday.", "19"),
    ],
)
def test_a_closure_to_traffic_and_clashes_near_a_place_stay(
    extract: Extract, text: str, root: str
) -> None:
    assert rooted(extract(text), root)


# 3. No §074 protection: migrants escorted to a border, peacekeepers as speakers


@pytest.mark.parametrize(
    "text",
    [
        "Police escorted several hundred asylum seekers to the border post on Friday.",
        "The minister said border guards had escorted groups of migrants to the crossing.",
        "Peacekeepers said soldiers from both sides had set up new checkpoints inside the "
        "buffer zone last week.",
    ],
)
def test_escorted_migrants_and_speaking_peacekeepers_are_no_protection(
    extract: Extract, text: str
) -> None:
    assert rooted(extract(text), "074") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police escorted the aid convoy to the town of Kobani on Friday.",
        "Peacekeepers patrolled the buffer zone on Friday.",
    ],
)
def test_an_escorted_convoy_and_patrolling_peacekeepers_stay_protection(
    extract: Extract, text: str
) -> None:
    assert [code(e) for e in extract(text)] == ["074"]


# 4. The speaker is no coercer (ACE 2005: the reporting event is an event of its own)


def test_a_speaker_telling_of_gangs_trying_to_force_is_no_coercer(extract: Extract) -> None:
    text = "Mayor Ana Lopez said the gangs were trying to force the city to drop the curfew."
    events = rooted(extract(text), "17")
    assert events
    assert all(e.roles.source != "Ana Lopez" for e in events)


def test_gunmen_killed_in_a_raid_told_by_a_speaker_stay_as_before(extract: Extract) -> None:
    text = "Mayor Ana Lopez said gunmen were killed in the raid."
    assert all(e.roles.source != "Ana Lopez" for e in rooted(extract(text), "18", "19"))


# 5. A demand outside the governing clause asks for its act (CAMEO 1.1b3 §10); a shutdown


def test_a_demanded_deployment_after_while_is_no_deployment(extract: Extract) -> None:
    text = (
        "The teachers' union called a 24-hour shutdown on Monday, while farmers' groups "
        "demanded that the government deploy more police."
    )
    codes = [code(e) for e in extract(text)]
    assert "143" in codes
    assert not any(c.startswith("15") for c in codes)


def test_a_governing_demand_keeps_its_complement(extract: Extract) -> None:
    text = "Farmers' groups demanded that the government release the detained leaders."
    assert [code(e) for e in extract(text)] == ["1053"]


def test_a_senator_calling_a_government_shutdown_a_disgrace_strikes_not(
    extract: Extract,
) -> None:
    text = "The senator called the government shutdown a disgrace on Friday."
    assert rooted(extract(text), "14") == []


# 6. A strike called "political" is judged (CAMEO 1.1b3 §111), not done


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the strike political on Friday.",
        'The premier called the strike "political" on Friday.',
    ],
)
def test_calling_a_strike_political_criticizes(extract: Extract, text: str) -> None:
    assert [code(e) for e in extract(text)] == ["111"]


def test_a_governor_calling_a_strike_still_strikes(extract: Extract) -> None:
    text = "Unions called a political strike on Friday."
    assert [code(e) for e in extract(text)] == ["143"]


# 7. Guards freed as police retake a prison were taken back by force (§19)


def test_guards_freed_in_a_retaken_jail_are_no_release(extract: Extract) -> None:
    text = "Soldiers retook the central jail in Goma on Sunday, freeing 40 wardens held there."
    codes = [code(e) for e in extract(text)]
    assert "0841" not in codes
    assert any(c.startswith("19") for c in codes)


def test_rebels_freeing_their_captives_still_release(extract: Extract) -> None:
    text = "Rebels freed 20 soldiers they had captured on Sunday, handing them to the Red Cross."
    assert "0841" in [code(e) for e in extract(text)]


# 8. Reports a source did not comment on are not asserted (FactBank Uu)


def test_an_act_in_reports_not_commented_on_is_flagged(extract: Extract) -> None:
    text = "The ministry did not comment on reports that soldiers fired live rounds at students."
    events = rooted(extract(text), "17", "18", "19")
    assert events
    assert real(events, "17", "18", "19") == []


def test_a_comment_declined_beside_a_told_act_keeps_the_act(extract: Extract) -> None:
    text = "The ministry did not comment, and police fired tear gas at students in Bamako."
    assert [code(e) for e in real(extract(text), "17")] == ["175"]


def test_a_demand_noun_under_a_governing_verb_keeps_its_complement(extract: Extract) -> None:
    text = "The rebel group insisted on its demands that the government grant the Tamil minority more rights."
    assert [code(e) for e in extract(text)] == ["1043"]
