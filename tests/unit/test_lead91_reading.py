"""Faults the lead found reading news of its own (session 91). See docs/history/reading.md,
session 91. Sentences written for these tests; each rule has near misses that must not change.

1. "Lima has not ratified the pact and the president said the country would not be dragged
   into a war" read the war as planned, not denied: the sentence's governing verb is in the
   first clause, and the act's own negated modal group was not read (``refused_entry``).
2. "… after it broke the truce it had promised to observe in March" dated the sentence's act
   in March: a date after a promised act's infinitive dates that act (``promised_dates``).
3. "…, according to the navy chief, Admiral Ines Ruiz." made Ruiz the act's target: a name
   in apposition closing an "according to" phrase is the same reporter (``attribution``).
4. "The flood rose faster than forecast" read a hunger strike (§142, the noun "fast"): a
   comparative is never the noun its adjective's lemma spells (``senses._modifier``).
5. "… said he would leave for Minsk under a deal brokered by X" read a §120 rejection of the
   deal: the noun after "under" heads an adjunct of conformity, no object of "leave"
   (``frame_adjunct``).
6. "Thousands of homes were destroyed in the fire" gave a §1712 (newuser108): property told
   ruined, in an agentless passive, by a fire, an accident or a hazard is the mishap's loss,
   no actor's coercion (``accidents.ruined_by_mishap``).
7. "… after his father was killed while visiting troops" gave a §042 visit with the
   sentence's year: a "while" participle clause tells the circumstance of the act before it
   (``while_circumstance``).
8. "The ferry hit a reef, killing 12" and "The A350 struck a smaller plane as it landed" gave
   §190 (newuser110): a ship or a plane that strikes a reef or another plane on a runway is
   an accident, no actor's force (``craft_mishaps``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The cabinet has not invoked the clause and the president said on Monday that the "
        "country would not be dragged into a war.",
        "The envoys have not replied, and the premier said the navy could not be drawn into a war.",
    ],
)
def test_a_war_refused_in_a_second_clause_is_denied(extract: Extract, body: str) -> None:
    wars = rooted(extract(body), "19")
    assert wars
    assert all("negated" in e.flags for e in wars)


@pytest.mark.parametrize(
    "body",
    [
        # no modal: the war others fought is presupposed ("was not drawn into the war")
        "The rebels withdrew and the premier said the army was not drawn into the war.",
        # no negation: the entry is only planned, as it says
        "The rebels withdrew and the premier said the army would be drawn into a war.",
    ],
)
def test_an_entry_without_a_negated_modal_is_not_denied(extract: Extract, body: str) -> None:
    wars = rooted(extract(body), "19")
    assert wars
    assert all("negated" not in e.flags for e in wars)


def test_a_date_after_a_promised_acts_infinitive_is_not_the_sentences() -> None:
    from dashboard.events.cameo import triggers
    from dashboard.events.promised_dates import promised_act_date

    text = "The walkout widens a split that began when the board cut wages it had pledged to raise in May."
    main = triggers(text)[0]
    assert main.start < text.index("pledged")
    assert promised_act_date(text, main, text.index("in May"))


def test_the_promised_infinitives_own_date_stays() -> None:
    from dashboard.events.cameo import triggers
    from dashboard.events.promised_dates import promised_act_date

    text = "The union vowed on Monday to strike in May."
    (vow,) = triggers(text)
    assert vow.end > text.index("strike")  # the trigger holds the infinitive
    assert not promised_act_date(text, vow, text.index("in May"))


def test_a_definite_act_in_a_promise_clause_takes_no_promised_date(extract: Extract) -> None:
    body = (
        "The walkout widens a split that began when the board cut wages it had pledged to "
        "raise in May."
    )
    dated = [e for e in extract(body, pub="2026-02-10") if e.when.start != date.min]
    assert dated
    assert all(e.when.start.month != 5 for e in dated)


def test_a_named_reporter_after_according_to_is_no_target(extract: Extract) -> None:
    body = "Sailors seized four rifles on Monday, according to the navy chief, Admiral Ines Ruiz."
    (seized,) = real(extract(body), "17")
    assert "Ines Ruiz" not in seized.actors
    assert seized.roles.target != "Ines Ruiz"


def test_according_to_before_the_clause_keeps_the_clause(extract: Extract) -> None:
    body = "According to officials, Militias seized four trucks near Goma on Monday."
    assert real(extract(body), "17")


@pytest.mark.parametrize(
    "body",
    [
        "The river rose faster than forecasters had predicted on Monday.",
        "Troops pushed north faster than expected on Monday.",
    ],
)
def test_a_comparative_is_no_hunger_strike(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "142")


def test_a_fast_begun_is_still_a_hunger_strike(extract: Extract) -> None:
    body = "The jailed poet began a fast on Monday to protest his detention."
    assert real(extract(body), "142")


def test_leaving_under_a_deal_rejects_no_deal(extract: Extract) -> None:
    body = (
        "The ministry said the commander would leave for Ankara under a deal brokered by the emir."
    )
    assert not rooted(extract(body), "12")


def test_leaving_a_deal_is_still_a_rejection(extract: Extract) -> None:
    body = "The ministry said the party would leave the coalition deal under pressure from voters."
    assert rooted(extract(body), "12")


def test_homes_lost_in_a_fire_are_no_coercion(extract: Extract) -> None:
    body = "Some 300 cabins were destroyed in the fire near the lake, rangers said on Monday."
    assert not rooted(extract(body), "17")


@pytest.mark.parametrize(
    "body",
    [
        "Some 300 cabins were destroyed in the fire, which rangers said was arson.",
        "Some 300 cabins were destroyed by looters near the lake on Monday.",
    ],
)
def test_property_ruined_by_people_stays_coercion(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "17")


def test_a_visit_in_a_while_clause_is_the_killings_setting(extract: Extract) -> None:
    body = "The colonel took power in 2008 after his brother was killed while visiting troops."
    events = extract(body)
    assert not rooted(events, "04")
    assert rooted(events, "18", "19")


def test_a_visit_in_a_while_clause_alone_stays(extract: Extract) -> None:
    body = "The governor spoke to reporters while touring a camp in the north on Monday."
    assert rooted(extract(body), "04")


@pytest.mark.parametrize(
    "body",
    [
        "The trawler struck rocks off the headland on Friday, killing four fishermen.",
        "A Boeing 737 hit a parked jet on the runway at Lisbon airport on Friday.",
    ],
)
def test_a_crafts_mishap_is_no_force(extract: Extract, body: str) -> None:
    assert not rooted(extract(body), "18", "19", "20")


@pytest.mark.parametrize(
    "body",
    [
        "Pirates struck the trawler near the rocks on Friday, killing four fishermen.",
        "A fighter jet struck a convoy near the runway on Friday, killing 12 soldiers.",
    ],
)
def test_people_or_a_warplane_striking_stay_force(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "18", "19", "20")


def test_an_act_told_while_at_the_storys_place_keeps_its_day(extract: Extract) -> None:
    # dates93's place-only link is inferred; "while in X" ties the act to the dated stay
    body = (
        "The frigate Tay made a port call at a naval base in Piraeus on Tuesday. "
        "Its sailors were expected to train with Greek crews while in Piraeus."
    )
    (train,) = [e for e in extract(body) if "train" in e.summary]
    assert (train.when.start, train.when.end) == (date(2026, 6, 16), date(2026, 6, 16))
    assert "date_inferred" not in train.flags
