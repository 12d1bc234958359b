"""Faults fresh users (newuser17, newuser18) met in who-did-what, mended by general rules: an
armed group's fighters boarding a ship, a newsroom's named request for comment, forces that
hit back at an enemy's positions, and threats told from the threatened side. Every sentence
below was written for these tests. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.no_comment import no_comment_spans
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _sides(events: list, root: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.roles.source_country, e.roles.target_country) if e.roles else (None, None)
        for e in real(events, root)
    ]


# ---------------------------------------------------------------- an armed group's fighters


def test_an_armed_groups_fighters_boarding_a_ship_is_a_hijacking(extract: Extract) -> None:
    """CAMEO 1.1b3 §181 (a vessel taken by irregulars); ACE 2005 Attacker: an armed group's
    fighters are its members, as irregular as its rebels."""
    events = extract(
        "ADEN, Yemen — Houthi fighters boarded a Liberian-flagged bulk carrier off Hodeidah "
        "on Monday, a maritime security firm said."
    )
    assert [code(e) for e in real(events, "18")] == ["181"]


def test_militiamen_seizing_a_ship_is_a_hijacking(extract: Extract) -> None:
    events = extract(
        "ADEN, Yemen — Militiamen seized a Panamanian-flagged freighter off Mukalla on Monday."
    )
    assert [code(e) for e in real(events, "18")] == ["181"]


def test_fighter_pilots_boarding_a_ferry_is_no_hijacking(extract: Extract) -> None:
    """Near miss: the singular "fighter" modifies another noun; the pilots are passengers."""
    events = extract("ATHENS — Greek fighter pilots boarded a ferry to Rhodes on Monday.")
    assert rooted_codes(events, "18") == []


def rooted_codes(events: list, root: str) -> list[str]:
    return [code(e) for e in events if code(e).startswith(root)]


# ---------------------------------------------------------------- whose request for comment


@pytest.mark.parametrize(
    "sentence",
    [
        "The army did not respond to Reuters' requests for comment on the raid in Malakal.",
        "The governor did not immediately respond to AFP's request for comment on the arrests.",
        "The embassy did not return the newspaper's calls seeking comment on the shelling.",
    ],
)
def test_a_named_request_for_comment_is_no_event(extract: Extract, sentence: str) -> None:
    """NPR Ethics Handbook (2018), CJR (2024): whose request it was changes nothing; it is the
    newsroom's, no act of the one asked, and what it was about is told elsewhere."""
    assert extract(f"JUBA, South Sudan — {sentence}") == []


def test_a_possessive_request_span_runs_to_the_clause_end() -> None:
    text = "The army did not respond to Reuters' request for comment on the raid, officials said."
    assert [text[a:b] for a, b in no_comment_spans(text)] == [
        "did not respond to Reuters' request for comment on the raid"
    ]


def test_a_sides_demands_unanswered_stay_read() -> None:
    """Near miss: the rebels' demands are a side's, not a newsroom's request for comment."""
    text = "The army did not respond to the rebels' demands for a ceasefire."
    assert no_comment_spans(text) == []


# ---------------------------------------------------------------- hitting back


def test_forces_hitting_back_at_enemy_positions_is_force(extract: Extract) -> None:
    """Merriam-Webster, hit back: 'to respond to an attack'; forces hitting back at an enemy's
    positions use force (CAMEO 1.1b3 §190), and whom "at" names is its target; "forces" before
    a past verb is the subject noun, not the verb "force" (§170 coerce)."""
    events = extract(
        "KYIV — Ukrainian forces hit back at Russian positions near Kupiansk on Monday."
    )
    assert [code(e) for e in real(events, "17", "19")] == ["190"]
    assert _sides(events, "19") == [("UA", "RU")]


def test_troops_striking_back_at_enemy_troops_names_the_target(extract: Extract) -> None:
    events = extract(
        "KYIV — Ukrainian troops struck back at Russian units near Vovchansk on Monday."
    )
    assert _sides(events, "19") == [("UA", "RU")]


def test_forces_hitting_back_at_critics_is_no_force(extract: Extract) -> None:
    """Near miss (other_senses.csv 'a retort in words'): critics are answered, not shot."""
    events = extract("KYIV — Ukrainian forces hit back at critics on Monday.")
    assert rooted_codes(events, "17") == rooted_codes(events, "19") == []


def test_forces_coercing_an_object_stay_coercion(extract: Extract) -> None:
    """Near miss: "forces" with a noun object after it is still the verb."""
    events = extract(
        "MINSK — The regime forces opposition leaders to leave Belarus, a report said."
    )
    assert all(not code(e).startswith("19") for e in events)


# ---------------------------------------------------------------- threats told from the target


def _threats(events: list) -> list[tuple[str | None, str | None]]:
    return [
        (e.roles.source_country, e.roles.target_country) if e.roles else (None, None)
        for e in events
        if code(e).startswith("13")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan said on Monday that Armenia would pay dearly for the shelling of its posts.",
        '"Armenia will pay dearly for this provocation," Azerbaijan\'s defence ministry said.',
        "Armenia will face consequences for the border raid, Azerbaijan's foreign ministry said.",
        "Azerbaijan warned on Monday that Armenia would face consequences for the raid.",
        "Azerbaijan warned on Monday that Armenia would pay a heavy price for the raid.",
    ],
)
def test_the_speaker_threatens_the_side_told_to_pay(extract: Extract, sentence: str) -> None:
    """CAMEO 1.1b3 §13 codes who makes a threat as its source and who is threatened as its
    target; 'pay dearly' / 'pay a heavy price' (Merriam-Webster: to suffer for something one
    has done) are repercussions warned of, told from the target's side; the reporting
    clause's subject, before or after, says it (Huddleston and Pullum 2002, ch. 11 §3)."""
    events = extract(f"BAKU, Azerbaijan — {sentence}")
    assert _threats(events) == [("AZ", "AM")]
    assert not any(unreal(e) for e in events if code(e).startswith("13"))


def test_paying_workers_is_no_threat(extract: Extract) -> None:
    """Near miss: paying wages names no 'dearly', heavy price or 'price for'."""
    events = extract(
        "BAKU, Azerbaijan — The ministry said the state would pay the miners next week."
    )
    assert _threats(events) == []


# ---------------------------------------------------------------- a threat or intent is its telling


def test_an_intent_told_on_monday_is_dated_monday(extract: Extract) -> None:
    """CAMEO 1.1b3 §03: the coded event is the expression of intent, made when said; "next
    month" dates the launch it announces, and the statement has happened (not planned)."""
    events = extract(
        "SEOUL — North Korea said on Monday that it would launch a spy satellite next month."
    )
    told = [e for e in events if code(e).startswith(("03", "13"))]
    assert [str(e.when.start) for e in told] == ["2026-06-15"]
    assert not any(unreal(e) for e in told)


def test_a_threat_told_with_no_day_is_dated_by_publication(extract: Extract) -> None:
    """With no date of the saying, the report's time dates it, never the act's month."""
    events = extract(
        "SEOUL — North Korea said it would launch a spy satellite in August, state media said."
    )
    told = [e for e in events if code(e).startswith(("03", "13"))]
    assert told
    assert all(e.when.start <= date(2026, 6, 18) and not unreal(e) for e in told)


def test_someone_elses_act_to_come_stays_planned(extract: Extract) -> None:
    """Near miss: officials telling what the army will do is no threat of their own."""
    events = extract(
        "KHARTOUM — Officials said on Monday that the army would shell Nyala next week."
    )
    assert events
    assert all("planned" in e.flags for e in events if not code(e).startswith("01"))


def test_a_scheduled_visit_stays_planned(extract: Extract) -> None:
    """Near miss: a visit told by a third party is the visit to come, planned and dated."""
    events = extract("HANOI — Wang Yi will visit Hanoi next week, the ministry said.")
    assert events
    assert all("planned" in e.flags for e in events)
    assert all(str(e.when.start) == "2026-06-22" for e in events)
