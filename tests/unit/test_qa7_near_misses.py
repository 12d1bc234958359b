"""Near misses for the rules that fixed findings of the seventh QA pass
(``test_qa7_findings.py``): the same words where the first reading is right. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = "2026-06-18"  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def days(events: list[Event]) -> list[tuple[date, date]]:
    return [(e.when.start, e.when.end) for e in events]


def test_a_relative_clauses_date_stays_when_the_verb_has_none(extract: Extract) -> None:
    # with no date after the verb, the sentence's only date dates it as before
    events = extract("Rebels who had seized Bunia withdrew from the town in January.")
    assert days(events)[:1] == [(date(2026, 1, 1), date(2026, 1, 31))]


def test_a_deadline_in_a_statement_of_fact_looks_back(extract: Extract) -> None:
    # no condition: "by Friday" in a past report is the Friday gone
    (withdrawal,) = extract("Troops withdrew from the town by Friday.")
    assert withdrawal.when.start <= date(2026, 6, 12)


def test_a_dateline_on_the_day_of_publication_changes_nothing(extract: Extract) -> None:
    events = extract("TBILISI, June 18 (Reuters) - Police arrested 30 protesters on Wednesday.")
    assert days(events) == [(date(2026, 6, 17), date(2026, 6, 17))]


def test_a_dateline_months_away_is_no_filing_day(extract: Extract) -> None:
    # a date far from publication is kept out: the story was not filed then
    events = extract("TBILISI, March 2 (Reuters) - Police arrested 30 protesters on Wednesday.")
    assert days(events) == [(date(2026, 6, 17), date(2026, 6, 17))]


def test_the_weekends_date_on_its_noun(extract: Extract) -> None:
    # "the weekend's" dates the clashes; the summary keeps no stray "'s"
    (clash,) = extract("The weekend's clashes in Tripoli killed 12 people.")
    assert days([clash]) == [(date(2026, 6, 13), date(2026, 6, 14))]
    assert not clash.summary.startswith("'s")


def test_a_weekday_in_local_time_may_be_the_day_after_publication() -> None:
    # copy dated Monday: "Tuesday local time" is where the clock is ahead, the next day;
    # without "local time" a past Tuesday is the one before publication
    from dashboard.events.dates import find_dates

    monday = date(2026, 6, 15)
    (local,) = find_dates("The quake struck early on Tuesday local time.", monday)
    assert local.range.start == date(2026, 6, 16)
    (plain,) = find_dates("The quake struck on Tuesday.", monday)
    assert plain.range.start == date(2026, 6, 9)


def test_a_raid_during_which_something_was_found_keeps_its_day(extract: Extract) -> None:
    # near miss of the discovery rule: the raid is the act dated, not what was found
    events = extract("Troops found weapons during a raid in Jenin on Tuesday.")
    assert days(events)[:1] == [(date(2026, 6, 16), date(2026, 6, 16))]


def test_shot_down_with_its_shooter_named_keeps_the_shooter(extract: Extract) -> None:
    # near miss of the passive rule: an agent after "by" is the source
    (downing,) = extract(
        "Twenty Ukrainian drones were shot down by Russian air defences over Belgorod on Monday."
    )
    assert downing.roles.source_country == "RU"


def test_one_side_named_alone_is_the_source(extract: Extract) -> None:
    # near miss of the joint-subject rule: "Russian troops attacked Ukrainian positions"
    (attack,) = extract("Russian troops attacked Ukrainian positions near Bakhmut on Monday.")
    assert (attack.roles.source_country, attack.roles.target_country) == ("RU", "UA")


def test_a_fire_set_by_gunmen_is_violence(extract: Extract) -> None:
    # near miss of the building-fire rows: an arson attack has attackers
    events = extract("Gunmen set fire to a house in Jos on Monday, killing five.")
    assert [e.event_code for e in events if (e.event_code or "").startswith("18")]


def test_soldiers_who_practised_then_attacked_attacked(extract: Extract) -> None:
    # near miss of the pretence cue: "practised" in a relative clause does not make the
    # main clause's attack a drill
    events = extract(
        "Soldiers who had practised for weeks attacked the rebel camp near Goma on Tuesday."
    )
    assert [e.event_code for e in events][:1] == ["190"]


def test_close_to_a_number_is_no_near_miss(extract: Extract) -> None:
    # "close to 100 people" counts; the killing happened
    events = extract("Close to 100 people were killed in the attack on Monday.")
    assert events
    assert not [e for e in events if "hypothetical" in e.flags]


def test_an_agreed_ceasefire_is_real(extract: Extract) -> None:
    # near miss of "close to a ceasefire deal" and "talks on a ceasefire"
    events = extract("Israel and Hamas agreed on a ceasefire on Monday.")
    assert events
    assert not [e for e in events if "hypothetical" in e.flags]


def test_people_seized_in_a_town_are_abducted(extract: Extract) -> None:
    # near miss of the seized-territory rule: the object is people, the town is where
    events = extract("Rebels seized two aid workers in Bunia on Monday.")
    assert [e.event_code for e in events][:1] == ["181"]


def test_a_minister_arriving_makes_a_visit(extract: Extract) -> None:
    # near miss of "refugees arrived": a state's envoy arriving is a visit (CAMEO 042)
    events = extract("The Sudanese foreign minister arrived in Chad on Monday.")
    assert [e.event_code for e in events][:1] == ["042"]


def test_trading_goods_is_still_trade(extract: Extract) -> None:
    # near miss of "traded accusations"
    events = extract("Venezuela and Guyana traded oil for rice on Monday.")
    assert [e.event_code for e in events][:1] == ["061"]


def test_no_fewer_than_is_a_count_not_a_negation(extract: Extract) -> None:
    # near miss of "made no arrests": "no fewer than 20" counts the dead
    events = extract("Troops killed no fewer than 20 people in Gao on Monday.")
    assert events
    assert not [e for e in events if "negated" in e.flags]


def test_a_siege_told_in_its_own_sentence_happened(extract: Extract) -> None:
    # near miss of "a film about the siege": the siege itself, with its own date
    events = extract("The siege of Sarajevo began in April 1992.")
    assert [(e.event_code, e.when.start.year) for e in events][:1] == [("191", 1992)]


def test_a_denial_of_charges_is_a_denial(extract: Extract) -> None:
    # near miss of "denied plans to invade": denying a noun with no act after it is 016
    events = extract("Russia denied the charges on Monday.")
    assert [e.event_code for e in events][:1] == ["016"]


def test_talks_to_resume_are_planned(extract: Extract) -> None:
    # near miss of "which began on Monday": with no past clause the talks ahead are planned
    events = extract("The talks will resume in Doha on Saturday.")
    assert events
    assert all("planned" in e.flags for e in events)


def test_hostages_released_are_released(extract: Extract) -> None:
    # near miss of "will see 33 hostages released"
    events = extract("Hamas released 33 hostages on Monday.")
    assert events
    assert not [e for e in events if "planned" in e.flags]
