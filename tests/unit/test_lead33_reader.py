"""The reader rules the lead added in stop 33, for the kinds of fault QA17 found in event
modality, codes and places, each with sentences written for these tests (none from an
evaluation set or a QA file) and a near miss the rule must leave alone. Publication is
Thursday 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, unreal, where

MONDAY, TUESDAY = date(2026, 6, 15), date(2026, 6, 16)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def told(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


# ---------------------------------------------------------------- a veto announced


def test_a_veto_the_president_says_he_will_cast_is_not_cast(extract: Extract) -> None:
    events = extract("The president said on Monday he would veto the pension bill.")
    assert rooted(events, "12")
    assert not real(events, "12")


def test_a_veto_cast_is_real(extract: Extract) -> None:
    assert real(extract("The governor vetoed the budget bill on Monday."), "12")


def test_a_refusal_told_in_the_past_is_still_made_when_told(extract: Extract) -> None:
    # CAMEO §12: "would never surrender" refuses now; only a formal veto waits to be cast
    events = extract("The government said on Monday it would never surrender the islands.")
    assert real(events, "12")


# ---------------------------------------------------------------- a need no one voices


def test_a_treaty_that_must_still_be_ratified_is_no_demand(extract: Extract) -> None:
    events = extract("The border treaty must still be ratified by both parliaments.")
    assert not rooted(events, "10")


def test_a_passive_need_a_government_voices_is_a_demand(extract: Extract) -> None:
    events = extract("The hostages have to be freed before any talks, Qatar insisted on Monday.")
    assert real(events, "10")


# ---------------------------------------------------------------- airspace violated


def test_warplanes_violating_a_neighbours_airspace_show_force_there(extract: Extract) -> None:
    events = real(extract("Russian fighter jets violated Finnish airspace on Monday."), "15")
    assert events
    assert all(e.roles.source_country == "RU" and where(e)[1] == "FI" for e in events)
    assert all(e.when.start == MONDAY for e in events)


def test_ships_intruding_into_territorial_waters_are_placed_in_those_waters_country(
    extract: Extract,
) -> None:
    text = "Two Chinese coast guard ships intruded into Japanese territorial waters on Tuesday."
    events = real(extract(text), "15")
    assert events
    assert all(where(e)[1] == "JP" for e in events)


def test_a_law_violated_is_no_show_of_force(extract: Extract) -> None:
    events = extract("The company violated export rules on Monday, regulators said.")
    assert not rooted(events, "15")


# ---------------------------------------------------------------- a noun's own verb


def test_unrest_that_erupted_is_past_though_a_bill_would_change_things(extract: Extract) -> None:
    events = told(
        extract("Riots erupted on Monday over a reform that would raise the retirement age."),
        "erupted",
    )
    assert events
    assert not any("planned" in e.flags for e in events)
    assert all(e.when.start == MONDAY for e in events)


def test_a_strike_that_begins_next_week_is_still_planned(extract: Extract) -> None:
    events = told(extract("A strike that would shut the ports begins on Monday."), "strike")
    assert events
    assert all(unreal(e) for e in events)


# ---------------------------------------------------------------- a deliberation's own place


def test_riots_are_not_placed_where_ministers_met_at_the_same_time(extract: Extract) -> None:
    text = (
        "DAKAR, Senegal (Wire) - Riots broke out on Tuesday as ministers in Brussels "
        "discussed new visa rules."
    )
    events = [e for e in extract(text) if code(e).startswith("14")]
    assert events
    assert all(where(e)[1] != "BE" for e in events)


def test_police_and_marchers_at_the_same_time_share_their_place(extract: Extract) -> None:
    events = extract("Police fired tear gas on Tuesday as protesters in Nairobi marched.")
    assert any(where(e) == ("Nairobi", "KE") for e in real(events, "17", "18"))


# ---------------------------------------------------------------- a hyphen after a dateline


@pytest.mark.parametrize(
    "dateline", ["BAMAKO, Mali (Reuters) - ", "BAMAKO (Reuters) - ", "BAMAKO, Mali (AP) — "]
)
def test_the_lead_after_a_hyphened_dateline_is_read(extract: Extract, dateline: str) -> None:
    # a capitalised first word after " - " opens the lead; it is no name inside a sentence
    events = extract(dateline + "Riots broke out on Tuesday in the capital.")
    assert [(code(e)[:2], where(e)[1], e.when.start) for e in events] == [("14", "ML", TUESDAY)]
