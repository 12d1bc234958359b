"""reader19's own sentences (stop 36): one act of force told again later in its article is
one event, its evidence the first telling's; a post named after what it runs ("operations
chiefs") is no act; the act cited as an act's grounds ("in retaliation for the killing of
…") gives it neither its place nor its day. Near misses: an act told as another ("also"),
on another day, at a place outside the first, or by another side stays apart; an armed
operation is still one. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

LEAD = (
    "ANKARA — Turkey said on Tuesday its warplanes had carried out air strikes on militant "
    "hideouts in northern Iraq. "
)


def told(ev: Event) -> str:
    return ev.location.text if ev.location else ""


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


SAME = (
    "Turkish jets struck caves and shelters near the city of Dohuk early on Tuesday, the "
    "defence ministry said."
)


def test_an_act_told_again_at_a_place_within_is_one_event(extract: Extract) -> None:
    events = real(extract(LEAD + SAME), "18", "19", "20")
    assert len(events) == 1
    ev = events[0]
    # the first telling is the card's sentence; the later one supports it, and names where
    assert ev.evidence[0].text.startswith("ANKARA — Turkey said on Tuesday")
    assert [e.text[:12] for e in ev.evidence[1:]] == ["Turkish jets"]
    assert told(ev) == "Dohuk"
    assert ev.roles.source == "Turkey"


@pytest.mark.parametrize(
    "second",
    [
        # told as another act
        "Turkish jets also struck caves and shelters near the city of Dohuk on Tuesday.",
        # another day
        "On Monday, Turkish jets struck caves and shelters near the city of Dohuk.",
        # a place outside the first's
        "Turkish jets struck caves and shelters near the Syrian town of Kobani on Tuesday.",
        # another doer
        "Iraqi militias struck a Turkish base near the city of Dohuk on Tuesday.",
    ],
)
def test_another_act_of_force_stays_apart(extract: Extract, second: str) -> None:
    assert len(real(extract(LEAD + second), "18", "19", "20")) == 2
    # and the same act told again is one
    assert len(real(extract(LEAD + SAME), "18", "19", "20")) == 1


def test_a_post_named_after_operations_is_no_act(extract: Extract) -> None:
    # the fighting told next is read from its own sentence, not folded into the phone call's
    events = extract(
        "The military operations chiefs of the two armies spoke by telephone on Friday. "
        "The fighting began on Monday, when artillery shelled villages near Uri."
    )
    force = real(events, "18", "19", "20")
    assert len(force) == 1
    assert force[0].evidence[0].text.startswith("The fighting began")
    assert told(force[0]) == "Uri"
    # near miss: the phrase heads its own noun phrase, no post after it
    events = extract("Troops launched a military operation near Uri on Friday.")
    assert len(real(events, "19")) == 1


def test_the_grounds_of_a_strike_give_it_no_place(extract: Extract) -> None:
    events = extract(
        "Jordanian jets struck targets in southern Syria on Thursday in retaliation for the "
        "killing of three soldiers near Ruwaished last week."
    )
    force = real(events, "19")
    assert len(force) == 1
    assert told(force[0]) == "Syria"
    assert "Ruwaished" not in [m.text for m in force[0].places]


def test_the_grounds_of_a_strike_give_it_no_day(extract: Extract) -> None:
    # the strike has no day of its own; last week is the soldiers' killing's
    events = extract(
        "Jordanian jets struck targets in southern Syria in retaliation for the killing of "
        "three soldiers near Ruwaished last week."
    )
    force = real(events, "19")
    assert len(force) == 1
    assert force[0].when.text != "last week"
    assert "Ruwaished" not in [m.text for m in force[0].places]


def test_a_place_before_the_grounds_is_the_strikes(extract: Extract) -> None:
    # near miss: the struck town named before the phrase stays the strike's
    events = extract(
        "Indian jets struck nine sites in Pakistan on Wednesday, including Bahawalpur, in "
        "retaliation for the killing of 26 tourists near Pahalgam last month."
    )
    force = real(events, "19")
    assert len(force) == 1
    assert told(force[0]) == "Bahawalpur"
    assert "Pahalgam" not in [m.text for m in force[0].places]


def test_fighting_that_began_when_an_act_was_done_is_that_act(extract: Extract) -> None:
    # CAMEO codes the shelling that began the fighting (194), with its doers' side
    events = real(
        extract("The fighting began on Monday, when Rwandan troops shelled posts near Goma."),
        "19",
    )
    assert [e.event_code for e in events] == ["194"]
    assert events[0].roles.source_country == "RW"
    # near miss: with no act told, the fighting stays fighting
    events = real(extract("The fighting began on Monday in Goma."), "19")
    assert [e.event_code for e in events] == ["190"]
