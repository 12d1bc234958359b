"""Yielding acts (CAMEO 1.1b3 root 08) told by a participle, a noun, a reaction or beside an
intent (hap75, issue 16): "Lithuania received 52 people freed by Belarus on Thursday",
"Damascus welcomed the lifting of US sanctions on Friday", "the hostages will be examined after
being freed on Saturday", "Israel kept its promise and released 90 prisoners". Each is a done
act of its own; "agreed to release", "will withdraw", "refused to free", "welcomed any
withdrawal" stay unreal or absent.

Every sentence here was written for these tests. ``PUB`` is Thursday 18 June 2026."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _dated(events: list, root: str) -> list[tuple[str, str, int]]:
    return [
        (e.date_start.isoformat(), e.date_end.isoformat(), e.when.precision)
        for e in real(events, root)
    ]


# -- a release told by a reduced relative on the freed people's noun (freed_participle) ------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Latvia received 40 people freed by Belarus at the border on Tuesday, officials said.",
            ("2026-06-16", "2026-06-16", 1),
        ),
        (
            "The envoy said the two sailors freed by the rebels on Monday were back in Manila.",
            ("2026-06-15", "2026-06-15", 1),
        ),
        # no day of its own: on or before the day the freed crew arrived (the week up to it)
        (
            "The crew, released by the pirates in Somalia, arrived in Mombasa on Wednesday.",
            ("2026-06-11", "2026-06-17", 2),
        ),
    ],
)
def test_a_release_told_by_a_participle_is_a_done_act(
    extract: Extract, text: str, day: tuple[str, str, int]
) -> None:
    events = extract(text)
    assert _dated(events, "0841") == [day], [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # a finite passive is the clause's own verb, read as before (one release)
        "Forty prisoners were freed by Belarus on Tuesday.",
        # a participle on no persons ("the funds released"), nor with nothing of its own
        "Latvia received the funds released by the bank on Tuesday.",
        "Latvia received the freed prisoners at the border on Tuesday.",
    ],
)
def test_no_second_release_from_a_finite_verb_or_a_description(extract: Extract, text: str) -> None:
    assert len(real(extract(text), "0841")) <= 1


# -- an act a reaction names by its noun, now also a yielding one (reacted_acts) -------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Caracas welcomed the lifting of US sanctions on its oil sector on Tuesday.", "085"),
        ("Kyiv hailed the withdrawal of Russian troops from the island on Tuesday.", "087"),
        (
            "The mayor thanked Washington for the lifting of sanctions on the port on Tuesday.",
            "085",
        ),
    ],
)
def test_a_yielding_act_a_reaction_names_is_an_act_of_its_own(
    extract: Extract, text: str, act: str
) -> None:
    events = extract(text)
    assert real(events, act), [code(e) for e in events]
    assert real(events, "05")  # the welcome stays an event of its own


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # generic, possible or planned: no specific act (ACE 2005 genericity)
        ("Kyiv welcomed any withdrawal of Russian troops on Tuesday.", "087"),
        ("Kyiv welcomed a possible withdrawal of Russian troops on Tuesday.", "087"),
        ("Kyiv welcomed on Tuesday the planned withdrawal of Russian troops.", "087"),
        # a ceasefire welcomed may be only agreed, its start still to come
        ("The EU welcomed the ceasefire between the two armies on Tuesday.", "0871"),
        # "for" then a modifier: not the act's own noun
        (
            "The mayor thanked Washington for the promised lifting of sanctions on Tuesday.",
            "085",
        ),
    ],
)
def test_no_yielding_act_from_a_generic_or_planned_mention(
    extract: Extract, text: str, act: str
) -> None:
    events = extract(text)
    assert not real(events, act), [code(e) for e in events]


# -- a release in an "after" adjunct beside a future main clause (embedded_acts.after_act) --


def test_a_release_after_which_something_will_happen_is_done(extract: Extract) -> None:
    events = extract("The hostages will be examined by doctors after being freed on Monday.")
    assert _dated(events, "0841") == [("2026-06-15", "2026-06-15", 1)], [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive or a modal's verb after "after" is still to come
        "Cuba urged its citizens to rally on Monday after a court ruling to repatriate the boy.",
        "Doctors will examine the hostages after a vote on Monday to free them.",
    ],
)
def test_a_release_to_come_after_which_nothing_is_done(extract: Extract, text: str) -> None:
    assert not real(extract(text), "084"), [code(e) for e in extract(text)]


def test_a_release_told_in_the_background_of_another_is_its_own(extract: Extract) -> None:
    text = "Israel released 90 prisoners early on Monday, hours after Hamas freed three hostages."
    events = real(extract(text), "0841")
    assert len(events) == 2, [code(e) for e in events]
    assert {e.roles.source_country for e in events} == {"IL", "PS"}


# -- a done act coordinated with a kept promise (coordinated, done_conjunct) ------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Iran kept its promise and released the two French citizens on Monday.", "0841"),
        ("The council fulfilled its pledge and lifted the sanctions on the port on Monday.", "085"),
    ],
)
def test_a_past_verb_after_a_kept_promise_is_done(extract: Extract, text: str, act: str) -> None:
    events = extract(text)
    assert real(events, act), [code(e) for e in events]
    assert not real(events, "035"), [code(e) for e in events]  # no intent to release


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("The junta agreed to release the detainees on Monday.", "0353"),
        ("The junta promised on Monday to free the detainees and to lift the curfew.", "0353"),
        ("Russia vowed on Monday to withdraw its troops and pull back its artillery.", "0356"),
    ],
)
def test_an_intent_to_yield_stays_an_intent(extract: Extract, text: str, intent: str) -> None:
    events = extract(text)
    assert real(events, intent), [code(e) for e in events]
    assert not real(events, "084", "087"), [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The junta refused to free the detainees on Monday.",
        "The junta will release the detainees next week.",
        "The government denied releasing the detainees on Monday.",
    ],
)
def test_a_refused_planned_or_denied_release_stays_unreal(extract: Extract, text: str) -> None:
    assert not real(extract(text), "084")
