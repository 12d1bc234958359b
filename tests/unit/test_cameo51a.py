"""Statements about acts coded as the act itself (cameo51a, from newuser50's and newuser50b's
repros): a forecast by a speaker no list knows, a hedged forecast, a state's own reprisal
told as "will respond to any attack", a warning about a consequence, and a denial of a
report that a hazard struck. Sentences written for these tests, each rule with a near miss.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2026-05-14\n\n" + body, path="t"))


# ------------------------------------------------- a forecast by a speaker no list knows


@pytest.mark.parametrize(
    ("body", "speaker", "doer"),
    [
        ("PARIS — Lecornu said Russia will attack Moldova.", "Lecornu", "RU"),
        ("OTTAWA — Anand said North Korea will shell Seoul.", "Anand", "KP"),
    ],
)
def test_unlisted_speakers_forecast_is_a_comment(
    extract: Extract, body: str, speaker: str, doer: str
) -> None:
    (event,) = extract(body)
    assert event.event_code == "012"
    assert event.roles.source == speaker
    assert event.roles.target_country == doer
    assert "planned" not in event.flags


def test_a_dictionary_word_opening_the_sentence_is_no_speaker(extract: Extract) -> None:
    # "Analysts" is a common noun: onlookers foretell, the act stays hypothetical (as before)
    events = extract("PARIS — Analysts said Russia will attack Moldova.")
    assert all(e.roles.source != "Analysts" for e in events)
    assert all(e.event_code != "012" for e in events)


# ------------------------------------------------- a hedged forecast by another party


@pytest.mark.parametrize(
    "body",
    [
        "BERLIN — Germany said Russia could attack Lithuania within weeks.",
        "BERLIN — Germany said Russia is likely to attack Lithuania within weeks.",
    ],
)
def test_hedged_forecast_of_another_party_is_a_comment(extract: Extract, body: str) -> None:
    (event,) = extract(body)
    assert event.event_code == "012"
    assert event.roles.source_country == "DE"
    assert event.roles.target_country == "RU"
    assert "hypothetical" not in event.flags


def test_the_month_may_is_no_modal(extract: Extract) -> None:
    # "May" with its capital is the month: the clause's modal is still "will"
    (event,) = extract("BERLIN — Germany said in May Russia will attack Lithuania.")
    assert event.event_code == "012"
    assert event.roles.target_country == "RU"


def test_hedged_act_of_the_speakers_own_state_is_no_comment(extract: Extract) -> None:
    events = extract("BERLIN — Germany said it could send troops to Lithuania within weeks.")
    assert all(e.event_code != "012" for e in events)


# ------------------------------------------------- "will respond to any attack": a reprisal


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("ANKARA — Turkey's defence minister said Ankara will respond to any incursion.", "TR"),
        ("CAIRO — Egypt's foreign minister said Egypt would respond to the airstrikes.", "EG"),
        ("ATHENS — Mitsotakis aide Pavlidis said Greece would respond to any aggression.", "GR"),
    ],
)
def test_a_states_response_to_force_is_its_threat(
    extract: Extract, body: str, country: str
) -> None:
    (event,) = extract(body)
    assert event.event_code == "130"
    assert event.roles.source_country == country
    assert "planned" not in event.flags
    assert event.date_start.isoformat() <= "2026-05-14"


def test_a_response_to_a_letter_is_no_threat(extract: Extract) -> None:
    events = extract("ANKARA — Turkey's foreign minister said Ankara will respond to the letter.")
    assert all(not e.event_code.startswith("13") for e in events)


# ------------------------------------------------- a warning about a consequence


@pytest.mark.parametrize(
    "body",
    [
        "SEOUL — Pyongyang warned that the drills could threaten peace on the peninsula.",
        "TAIPEI — Beijing warned that the patrols would undermine security in the strait.",
    ],
)
def test_a_warned_consequence_of_an_act_is_a_comment(extract: Extract, body: str) -> None:
    (event,) = extract(body)
    assert event.event_code == "012"
    assert "hypothetical" not in event.flags


def test_a_warned_act_of_the_warner_is_still_its_threat(extract: Extract) -> None:
    (event,) = extract("SEOUL — Pyongyang warned that its army would shell the islands.")
    assert event.event_code.startswith("13")


# ------------------------------------------------- a hazard reported and denied


def test_a_denied_report_of_a_hazard_is_no_denial_of_responsibility(extract: Extract) -> None:
    events = extract("MANILA — Officials denied reports that a typhoon had hit the islands.")
    assert all(e.event_code != "016" for e in events)
    assert all("negated" in e.flags for e in events)


def test_a_denied_report_of_an_act_stays_a_denial(extract: Extract) -> None:
    events = extract("MANILA — The army denied reports that its soldiers had burned the village.")
    assert any(e.event_code == "016" for e in events)


# ------------------------------------------------- an announcement of results set for a day


def test_results_to_be_announced_on_a_day_are_a_planned_statement(extract: Extract) -> None:
    (event,) = extract("LUSAKA — The electoral commission will announce the results on May 20.")
    assert event.event_code == "010"
    assert "planned" in event.flags
    assert event.date_start.isoformat() == "2026-05-20"


def test_results_already_announced_are_no_planned_statement(extract: Extract) -> None:
    events = extract("LUSAKA — The electoral commission said on Monday that turnout was high.")
    assert all("planned" not in e.flags for e in events)


# ------------------------------------------------- a region's secession vote


def test_a_planned_secession_vote_is_the_regions_threat(extract: Extract) -> None:
    (event,) = extract("BANJA LUKA — Republika Srpska plans an independence referendum in June.")
    assert event.event_code == "1313"
    assert event.roles.source == "Republika Srpska"


def test_a_threat_opening_on_a_modal_keeps_its_subject_as_source(extract: Extract) -> None:
    # a 13 row that opens on "would" is no threat told from its target's side ("would face")
    (event,) = extract(
        "BANJA LUKA — Its leader said Republika Srpska would call a referendum on secession."
    )
    assert event.event_code == "1313"
    assert event.roles.source == "Republika Srpska"
    assert event.roles.target != "Republika Srpska"


def test_a_consequence_told_from_the_target_side_keeps_the_speaker(extract: Extract) -> None:
    (event,) = extract("TEHRAN — Iran said Israel would face severe consequences.")
    assert event.roles.source_country == "IR"
    assert event.roles.target_country == "IL"
