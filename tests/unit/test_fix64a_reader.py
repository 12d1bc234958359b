"""Codes, sides and flags mended for the fresh-user report of session 64 (newuser64), each
rule on sentences written for these tests (none comes from the report or an evaluation
set), with near misses that must stay as they were. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


def sides(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.roles.source, e.roles.target) for e in events]


# ---------------------------------------------------------------- sides


def test_whom_a_time_clause_names_is_no_target_of_the_arrest(extract: Extract) -> None:
    body = (
        "Riot police in Kenya detained scores of students in Nairobi on Tuesday as they "
        "marched toward parliament against President William Ruto."
    )
    arrests = rooted(extract(body), "17")
    assert arrests
    assert all(e.roles.target != "William Ruto" for e in arrests)


def test_a_detainee_s_patron_stays_the_target(extract: Extract) -> None:
    # near miss: no "as"-clause; whose aides were held is read as before
    arrests = rooted(extract("Kenyan police detained two aides of President William Ruto."), "17")
    assert [e.roles.target for e in arrests] == ["William Ruto"]


def test_a_route_country_is_no_source(extract: Extract) -> None:
    body = (
        "The regional government said it would resume crude sales through Georgia once talks "
        "with Moscow conclude."
    )
    events = extract(body)
    assert events
    assert all(e.roles.source != "Georgia" for e in events)
    assert not any(e.summary.startswith("Georgia") for e in events)


def test_a_named_subject_stays_the_source(extract: Extract) -> None:
    # near miss: the country is the subject, no route
    body = "Georgia said it would resume gas exports once talks with Moscow conclude."
    assert [e.roles.source for e in extract(body)] == ["Georgia"]


def test_rebels_in_a_country_s_region_are_not_that_country(extract: Extract) -> None:
    body = "Separatist rebels in the Shan region of Myanmar kidnapped a Chinese engineer."
    events = rooted(extract(body), "18")
    assert events
    assert all(e.roles.source != "Myanmar" for e in events)


def test_soldiers_in_a_country_s_region_are_its_own(extract: Extract) -> None:
    # near miss: a state's soldiers are the state's side
    body = "Soldiers in Myanmar's Shan state kidnapped a Chinese engineer on Monday."
    assert [e.roles.source for e in rooted(extract(body), "18")] == ["Myanmar"]


def test_a_that_relative_on_the_object_names_no_target(extract: Extract) -> None:
    body = (
        "Estonian police boarded a cargo ship on Sunday that they believe cut a data cable "
        "between Estonia and Finland."
    )
    seized = rooted(extract(body), "17")
    assert seized
    assert all(e.roles.target != "Finland" for e in seized)


def test_a_flag_state_stays_the_target_of_a_boarding(extract: Extract) -> None:
    # near miss: the ship's own nationality, no relative clause
    seized = rooted(extract("Estonian police boarded a Finnish cargo ship on Sunday."), "17")
    assert [e.roles.target for e in seized] == ["Finland"]


def test_who_reports_a_craft_s_act_is_not_its_source(extract: Extract) -> None:
    events = rooted(extract("Lithuania said the balloon had entered its airspace on Monday."), "15")
    assert events
    assert all(e.roles.source != "Lithuania" for e in events)


def test_a_craft_s_own_side_stays_the_source(extract: Extract) -> None:
    # near miss: the craft's demonym names its side
    body = "Lithuania said a Belarusian balloon had entered its airspace on Monday."
    assert [e.roles.source for e in rooted(extract(body), "15")] == ["Belarus"]


# ---------------------------------------------------------------- codes


def test_a_person_seized_is_abducted() -> None:
    assert triggers("A local clan militia seized a Kenyan doctor near the border.")[0].full == "181"


def test_a_person_s_belongings_seized_stay_property() -> None:
    # near miss: the doctor only owns what was seized (§171)
    assert [t.full for t in triggers("Police seized the doctor's laptop on Monday.")] == ["171"]
    assert [t.full for t in triggers("Police seized the doctors' laptops on Monday.")] == ["171"]


def test_a_rescue_operation_is_no_military_force() -> None:
    body = "Philippine troops launched a rescue operation for the kidnapped sailors on Monday."
    assert not [t for t in triggers(body) if (t.full or t.code).startswith("19")]


def test_a_military_operation_stays_force() -> None:
    body = "Philippine troops launched a military operation against the kidnappers on Monday."
    assert [t.full for t in triggers(body)][:1] == ["190"]


def test_a_trial_in_absentia_is_no_arrest() -> None:
    assert not triggers("The former minister and two aides were tried in absentia.")


def test_a_trial_in_court_stays_legal_action() -> None:
    # near miss: no "in absentia"; and a charge in absentia is still one
    assert [t.full for t in triggers("The court tried the former minister for treason.")] == ["173"]
    body = "The former minister was charged in absentia with treason."
    assert [t.full for t in triggers(body)] == ["173"]


def test_a_reporter_covering_protests_who_is_detained_is_an_arrest(extract: Extract) -> None:
    events = extract("A photographer covering the protests was detained on Sunday.")
    assert codes(events) == ["173"]


def test_protests_that_force_an_act_stay_its_cause(extract: Extract) -> None:
    # near miss: an active verb whose subject is the happening (non_events)
    events = extract("The protests forced the suspension of flights on Sunday.")
    assert "173" not in codes(events)


def test_warning_of_jail_is_a_threat_of_repression() -> None:
    body = "The interior minister warned on Monday that striking workers could face jail."
    assert [t.full for t in triggers(body)][:1] == ["137"]


def test_warning_of_a_recession_is_no_threat() -> None:
    # near miss: a gloomy outlook, no penalty anyone can impose
    body = "The central bank governor warned on Monday that the economy could face a recession."
    assert not [t for t in triggers(body) if (t.full or t.code).startswith("13")]


def test_meeting_a_standard_is_no_meeting() -> None:
    body = "The vote did not meet international standards and that the opposition would object."
    assert not [t for t in triggers(body) if (t.full or t.code).startswith("04")]


def test_ministers_who_met_still_met() -> None:
    assert [t.full for t in triggers("The foreign ministers met in Geneva on Monday.")] == ["044"]


def test_a_bare_appeal_is_a_court_appeal_not_a_request() -> None:
    body = "The opposition leader's lawyers said they would appeal."
    assert not [t for t in triggers(body) if (t.full or t.code).startswith("02")]


def test_an_appeal_for_something_stays_a_request() -> None:
    assert [t.full for t in triggers("The UN appealed for calm on Monday.")] == ["020"]
    body = "The agency was appealing, through its partners, for funding."
    assert [t.code for t in triggers(body)][:1] == ["02"]


# ---------------------------------------------------------------- flags


def test_a_step_of_a_plan_is_done(extract: Extract) -> None:
    body = (
        "The cabinet lifted bread prices earlier this month as part of a plan to cut food "
        "subsidies."
    )
    events = extract(body)
    assert events
    assert all("planned" not in e.flags for e in events)


def test_a_plan_of_its_own_stays_planned(extract: Extract) -> None:
    # near miss: "plans to" is the clause's own verb
    events = extract("The cabinet plans to cut food subsidies next month.")
    assert events
    assert all("planned" in e.flags for e in events)


def test_an_accusation_after_a_refusal_to_answer_is_kept(extract: Extract) -> None:
    body = (
        "The mayor said he would not respond to the summons and accused rival politicians of "
        "trying to destroy the party."
    )
    assert codes(extract(body)) == ["112"]


def test_an_answered_complaint_is_still_no_act() -> None:
    # near miss: the complaint is the object of "respond to", no accusation of the subject's
    body = "Laos did not respond to the complaint from Thailand on Monday."
    assert not [t for t in triggers(body) if (t.full or t.code).startswith("11")]
