"""Open faults a seventh QA pass found in the reader (Dec 1), each kept as a strict xfail so that a
fix shows up as an XPASS, beside a few sibling sentences the reader already reads right. The
sentences are written for these tests, in the way wire copy words military exercises, industrial
and domestic accidents, Middle East truce and hostage diplomacy, war crimes found after the fact,
Sahel and Haiti violence, Congo's two capitals, and the grammar that trips readers: "without",
"came close to", "denied plans to", a relative clause's own date, "the weekend's", a deadline
("by Friday"), a wire dateline's own date and passives without an agent ("was shot down").
Each test names the rule it holds the reader to: CAMEO 1.1b3, ACLED's place and date rules,
TimeML, NegEx, the README, or a sibling sentence the reader already reads right (quoted in the
comment). Publication is a Thursday, 2026-06-18, unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, unreal, where

SATURDAY, SUNDAY, MONDAY = date(2026, 6, 13), date(2026, 6, 14), date(2026, 6, 15)
TUESDAY = date(2026, 6, 16)
VIOLENT = ("18", "19", "20")


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def rooted_any(events: list[Event], *roots: str) -> list[Event]:
    """The events whose CAMEO code starts with one of ``roots``, flagged or not."""
    return [e for e in events if code(e).startswith(roots)]


# ------------------------------------------------ exercises, films and near-wars are no violence


def test_simulated_strikes_in_an_exercise_are_a_show_of_force(extract: Extract) -> None:
    # CAMEO 15 (exhibit force posture; 152 increase military alert) covers manoeuvres; 19 is
    # force actually used. The reader codes "China launched large-scale military drills around
    # Taiwan on Monday" 150. Came out as an unflagged 190, China against Taiwan, on the Monday
    events = extract(
        "Chinese forces simulated strikes on Taiwan's ports during exercises on Monday."
    )
    assert not real(events, *VIOLENT)


def test_a_mock_attack_or_a_practised_defence_is_no_fight(extract: Extract) -> None:
    # CAMEO 15 as above: a mock attack is staged, a repelled assault practised; no one fought.
    # Both came out as unflagged 190s, in Lithuania and in Tainan
    assert not real(
        extract(
            "NATO troops staged a mock attack on a bridge in Lithuania on Tuesday during exercises."
        ),
        *VIOLENT,
    )
    assert not real(
        extract(
            "Taiwanese troops practised repelling an amphibious assault during drills in Tainan on "
            "Tuesday."
        ),
        *VIOLENT,
    )


def test_a_rehearsal_for_a_terror_attack_is_no_attack(extract: Extract) -> None:
    # ACLED codes only events that took place; "a response to a terrorist attack" rehearsed by
    # emergency services is a scenario, the attack the object of a drill. Came out as an
    # unflagged 180 in France on the Tuesday, with France as its target
    events = extract(
        "Emergency services rehearsed a response to a terrorist attack at the Stade de France on "
        "Tuesday."
    )
    assert not real(events, *VIOLENT)


def test_coming_close_to_war_is_no_war(extract: Extract) -> None:
    # ACE/ERE modality: "came close to" asserts that the war did not happen (the reader flags
    # "Neither side fired a shot during the standoff in Ladakh on Monday" negated). Came out as
    # an unflagged 190, Eritrea against Ethiopia, for the spring
    events = extract("Ethiopia and Eritrea came close to war in the spring, diplomats said.")
    assert not real(events, *VIOLENT)


def test_a_film_premiere_is_no_siege_this_week(extract: Extract) -> None:
    # TimeML: "the siege of Sarajevo" is what the film is about; the premiere (in Berlin) is
    # the only act on Monday. A 191 (blockade) came out at Sarajevo on the Monday at day
    # precision, as though the city were besieged this week
    events = extract("A film about the siege of Sarajevo premiered in Berlin on Monday.")
    assert not [e for e in rooted_any(events, *VIOLENT) if e.when.start.year == 2026]


def test_a_mass_grave_found_dates_the_finding_not_the_killing(extract: Extract) -> None:
    # TimeML: "found" is Tuesday's event; the killings are before it, on no day the text gives
    # (ACLED codes a discovered grave to the killing's own date when known, else does not code
    # it as a new event). A 202 (mass killing) came out on the Tuesday at day precision
    events = extract("Investigators found a mass grave containing 40 bodies near Izium on Tuesday.")
    killings = rooted_any(events, "20")
    assert not [e for e in killings if e.when.precision == 1 and e.when.start == TUESDAY]


def test_denied_plans_are_negated_not_planned(extract: Extract) -> None:
    # NegEx: "denied" scopes over its object ("plans to invade"); the reader flags "The general
    # denied ordering the massacre in Bucha" negated. Came out as a 190 against Lithuania
    # flagged planned only, i.e. a card saying Russia plans to invade
    events = extract("Russia has repeatedly denied plans to invade Lithuania.")
    invasions = rooted_any(events, *VIOLENT)
    assert invasions
    assert all("negated" in e.flags for e in invasions)


# ------------------------------------------------ accidents read as armed force


def test_a_fire_named_by_its_building_is_an_accident(extract: Extract) -> None:
    # README: "an explosion at a plant and a gas explosion are industrial accidents"; the
    # reader codes "A fire at a hospital in Baghdad killed 80 patients on Saturday night"
    # DIS-ACCIDENT. The same fire with its building in front of it came out as a 190 (armed
    # force) in Dhaka, the Bronx and Hamburg
    for text in (
        "A factory fire in Dhaka killed 20 workers on Monday.",
        "A house fire in Bronx killed a family of five on Tuesday.",
        "A warehouse fire in Hamburg injured three firefighters on Monday.",
    ):
        assert not rooted_any(extract(text), *VIOLENT), text


def test_a_collapse_is_an_accident(extract: Extract) -> None:
    # the reader codes "A bridge collapsed in Vadodara on Wednesday, killing 15 people"
    # DIS-INDUSTRIAL and a stampede DIS-ACCIDENT; no one used force. Each came out as a 190,
    # the mine collapse with Sudan as its source
    for text in (
        "A building collapse in Lagos killed 10 workers on Monday.",
        "A mine collapse in Sudan's Northern State killed 11 miners on Sunday.",
        "A crane collapsed at a construction site in Dubai on Monday, killing two workers.",
    ):
        assert not rooted_any(extract(text), *VIOLENT), text


def test_a_tanker_truck_exploding_is_no_car_bomb(extract: Extract) -> None:
    # CAMEO 183 needs a bomber (suicide, car or other non-military bombing); a fuel truck
    # exploding on a road is an accident, as the reader codes "An explosion at a fuel depot in
    # Conakry killed 24 people on Monday" DIS-INDUSTRIAL. Came out as a 183 near Jaipur
    events = extract(
        "A tanker truck exploded on a highway near Jaipur on Friday, killing 20 people."
    )
    assert not rooted_any(events, "18")


def test_a_fireworks_blast_is_no_disapproval(extract: Extract) -> None:
    # CAMEO 11 is verbal disapproval; no one spoke. An explosion at a works is an industrial
    # accident (README, as above). Came out as a 110 in Sivakasi
    events = extract("A fireworks blast in Sivakasi killed eight workers on Saturday.")
    assert not rooted_any(events, "11")


def test_a_fire_at_a_hospital_is_an_accident(extract: Extract) -> None:
    # the sibling the two tests above hold the reader to
    events = extract("A fire at a hospital in Baghdad killed 80 patients on Saturday night.")
    assert events
    assert not rooted_any(events, *VIOLENT)
    assert all(code(e).startswith("DIS") for e in events)


# ------------------------------------------------ happened or not


def test_a_protest_without_arrests_has_no_arrest(extract: Extract) -> None:
    # NegEx lists "without" as a negation trigger; the reader flags "Police did not arrest
    # anyone at the protest in Nairobi on Tuesday" negated. Came out as an unflagged 173 in
    # Nairobi on the Tuesday
    events = extract("The protest in Nairobi on Tuesday passed without arrests.")
    assert not real(events, "17")


def test_a_ceasefire_not_yet_reached_is_not_declared(extract: Extract) -> None:
    # CAMEO 0871 is a truce declared; being "close to" a deal and talks that "stalled" assert
    # that there is none yet (qa5 keeps "yet to agree on a date for the prisoner swap" apart).
    # Both came out as unflagged 0871s, the first placed in Israel, the second in Gaza
    assert not real(
        extract(
            "Qatari mediators said on Tuesday that Israel and Hamas were close to a ceasefire deal."
        ),
        "087",
    )
    assert not real(extract("Talks on a ceasefire in Gaza stalled in Cairo on Monday."), "087")


def test_a_swap_that_fell_through_did_not_happen(extract: Extract) -> None:
    # README: "a happening that did not go ahead, or was called off, is negated"; the reader
    # flags "The prisoner exchange was postponed on Tuesday after a dispute over names"
    # negated. Came out as an unflagged 0841 (return, release persons) on the Monday
    events = extract("A proposed prisoner swap between Russia and Ukraine fell through on Monday.")
    assert not real(events, "08")


def test_a_postponed_exchange_is_negated(extract: Extract) -> None:
    # the sibling of the test above
    events = extract("The prisoner exchange was postponed on Tuesday after a dispute over names.")
    assert events
    assert all(unreal(e) for e in events)


def test_releases_a_deal_will_see_are_planned(extract: Extract) -> None:
    # TimeML: "will see" puts the releases after publication; the reader flags "The Indian
    # prime minister will visit Moscow next month, the Kremlin said on Tuesday" planned. Came
    # out unflagged, dated the week up to publication
    events = extract(
        "The first phase of the ceasefire deal will see 33 hostages released over six weeks."
    )
    assert events
    assert all(unreal(e) or e.when.start > date(2026, 6, 18) for e in events)


def test_talks_that_began_are_not_planned_for_the_day_they_began(extract: Extract) -> None:
    # TimeML: the relative clause "which began in Doha on Monday" is past and dated; "will
    # resume on Saturday" is the future act. The one card mixed them: dated the Monday (past)
    # and flagged planned, so the talks that did take place are hidden as not yet held
    events = extract("The talks, which began in Doha on Monday, will resume on Saturday.")
    on_monday = [e for e in events if e.when.start == MONDAY]
    assert on_monday
    assert not [e for e in on_monday if unreal(e)]


def test_an_attempt_that_failed_is_still_an_attempt(extract: Extract) -> None:
    # CAMEO 185 is an attempted assassination: it happened even though the target escaped
    events = extract(
        "Assailants tried to kill the mayor of Culiacan on Sunday but he escaped unhurt."
    )
    attempts = [e for e in events if code(e) == "185"]
    assert attempts
    assert not [e for e in attempts if unreal(e)]
    assert attempts[0].when.start == SUNDAY


def test_a_bombing_no_one_claimed_still_happened(extract: Extract) -> None:
    # NegEx: "not claimed" scopes over the claim, not the bombing
    events = extract("The bombing in Quetta on Monday was not claimed by any group.")
    bombings = real(events, "18")
    assert bombings
    assert bombings[0].when.start == MONDAY


# ------------------------------------------------ dates


def test_the_weekends_clashes_are_not_on_the_monday_they_were_told(extract: Extract) -> None:
    # TimeML: the possessive "the weekend's" dates the clashes; "said on Monday" dates the
    # statement. The reader dates "Police arrested three suspects on Wednesday over Sunday's
    # bombing in Quetta" right (the bombing on the Sunday). A 193 came out on the Monday at
    # day precision
    events = extract(
        "The weekend's clashes in Tripoli killed 12 people, the health ministry said on Monday."
    )
    clashes = rooted_any(events, *VIOLENT)
    assert clashes
    assert all(e.when.start >= SATURDAY and e.when.end <= SUNDAY for e in clashes)


def test_sundays_bombing_keeps_its_sunday(extract: Extract) -> None:
    # the sibling of the test above
    events = extract("Police arrested three suspects on Wednesday over Sunday's bombing in Quetta.")
    bombings = rooted_any(events, "18")
    assert bombings
    assert bombings[0].when.start == SUNDAY


def test_a_relative_clauses_month_does_not_date_the_main_verb(extract: Extract) -> None:
    # TimeML: "in January" sits in the relative clause and dates the seizure; "on Monday" dates
    # the withdrawal. The reader reads "The journalist, who was arrested in Minsk last year, was
    # released on Tuesday" right. The withdrawal (087) came out dated January at month
    # precision
    events = extract("Rebels who had seized Bunia in January withdrew from the town on Monday.")
    withdrawals = rooted_any(events, "08")
    assert withdrawals
    assert withdrawals[0].when.start == MONDAY


def test_a_sentence_is_dated_when_passed_not_when_the_crime_was(extract: Extract) -> None:
    # TimeML: "last year" is inside "accused of bombing ... last year"; the sentencing is
    # Monday's. The sentencing came out dated 2025 at year precision
    events = extract(
        "The man accused of bombing a mosque in Peshawar last year was sentenced to death on "
        "Monday."
    )
    sentences = [e for e in events if not code(e).startswith(VIOLENT)]
    assert sentences
    assert sentences[0].when.start == MONDAY


def test_a_deadline_is_not_the_day_of_the_threat(extract: Extract) -> None:
    # TimeML: "by Friday" bounds the condition ("if the results were not released"), a
    # deadline still to come; the threat itself has no day. A 133 came out dated Friday
    # 2026-06-12, at day precision, a week before any deadline
    events = extract(
        "Opposition supporters threatened to protest if the results were not released by Friday."
    )
    assert events
    assert not [e for e in events if e.when.precision == 1 and e.when.start == date(2026, 6, 12)]


def test_a_wire_datelines_date_anchors_its_weekdays(extract: Extract) -> None:
    # TimeML anchors relative dates to the document creation time, which a wire dateline
    # gives ("TBILISI, June 16 (Reuters) -"); a past "on Wednesday" in copy filed on Tuesday
    # June 16 is June 10. Came out as June 17, the day after the story was filed
    events = extract("TBILISI, June 16 (Reuters) - Police arrested 30 protesters on Wednesday.")
    arrests = rooted_any(events, "17")
    assert arrests
    assert arrests[0].when.start <= date(2026, 6, 16)


# ------------------------------------------------ CAMEO roots


def test_seizing_a_town_by_name_is_occupying_it(extract: Extract) -> None:
    # CAMEO 192 is occupying territory; 181 is abducting or taking hostage people. The reader
    # codes "Rebels seized the town of Bunia on Monday" 192; with the town by name alone it
    # came out as 181
    events = extract("Rebels seized Bunia on Monday.")
    assert [e for e in events if code(e) == "192"]
    assert not rooted_any(events, "181")


def test_trading_accusations_is_no_trade(extract: Extract) -> None:
    # CAMEO 112 is accuse; "traded" takes "accusations" for its object, not goods. The reader
    # codes "Both sides accused each other of violating the truce on Monday" 1122. Came out as
    # 061 (cooperate economically) between Guyana and Venezuela
    events = extract("Venezuela and Guyana traded accusations over the Essequibo region on Monday.")
    assert not rooted_any(events, "06")
    assert rooted_any(events, "11")


def test_refugees_arriving_are_no_state_visit(extract: Extract) -> None:
    # CAMEO 042 is a visit made by an actor's representatives; refugees fleeing are neither
    # Sudan nor its envoys (the reader keeps "Dominican authorities deported 10,000 Haitians"
    # as the state's act, 174). Came out as Sudan visiting Chad
    events = extract("Sudanese refugees arrived in Chad on Monday.")
    assert not rooted_any(events, "04")


# ------------------------------------------------ who did it, and where


def test_what_was_shot_down_is_the_target(extract: Extract) -> None:
    # README: "A passive agent ... is the source"; with no agent, the thing shot down is the
    # target, never the source. The reader reads "Russia said it had shot down 20 Ukrainian
    # drones over Belgorod on Monday" with Russia as source. Came out with Ukraine (and for a
    # Russian plane over Kursk, Russia) as the one who fired
    events = extract("Twenty Ukrainian drones were shot down over Belgorod on Monday.")
    assert events
    assert all(e.roles.source_country != "UA" for e in events)
    events = extract("A Russian plane was shot down over Kursk on Monday.")
    assert events
    assert all(e.roles.source_country != "RU" for e in events)


def test_who_shot_down_the_drones_is_the_source(extract: Extract) -> None:
    # the sibling of the test above
    events = extract("Russia said it had shot down 20 Ukrainian drones over Belgorod on Monday.")
    assert events
    assert events[0].roles.source_country == "RU"


def test_who_came_under_fire_is_the_target(extract: Extract) -> None:
    # CAMEO roles: "came under fire" is a passive of being fired on; the reader reads "Gangs
    # opened fire on Kenyan police officers in Port-au-Prince on Tuesday" with no Kenyan
    # source. Came out with Kenya as the source of the 190
    events = extract("Kenyan police officers came under fire in Port-au-Prince on Tuesday.")
    attacks = rooted_any(events, *VIOLENT)
    assert attacks
    assert all(e.roles.source_country != "KE" for e in attacks)


def test_an_accusation_is_not_placed_at_the_accused(extract: Extract) -> None:
    # README: "A country a statement is made to or about ('Hezbollah blamed Israel') is a
    # party, not where it was said"; a capital standing for its government is that party too.
    # The 112 came out placed at Kigali (RW), the accused
    events = extract("Kinshasa accused Kigali on Monday of backing the M23 rebels.")
    accusations = rooted_any(events, "11")
    assert accusations
    assert where(accusations[0])[1] != "RW"


def test_blaming_israel_is_not_placed_in_israel(extract: Extract) -> None:
    # the README's own example, the sibling of the test above
    events = extract(
        "Hezbollah blamed Israel on Monday for the killing of its commander in Beirut."
    )
    assert events
    assert all(where(e)[1] != "IL" for e in events)


def test_congolese_police_in_brazzaville_are_the_republic_of_congos(extract: Extract) -> None:
    # "Congolese" names both Congos; police act at home, and Brazzaville is the capital of the
    # Republic of the Congo (CG), where the reader rightly places the arrest. The source came
    # out as the Democratic Republic of the Congo (CD)
    events = extract("Congolese police arrested 20 protesters in Brazzaville on Monday.")
    arrests = rooted_any(events, "17")
    assert arrests
    assert where(arrests[0])[1] == "CG"
    assert arrests[0].roles.source_country != "CD"


def test_the_first_of_two_joint_perpetrators_is_the_source(extract: Extract) -> None:
    # CAMEO (and GDELT's Actor1) code the first actor named as source; the reader reads
    # "Malian troops executed dozens of civilians in Moura" with Mali as source. With the
    # mercenaries named second, the source came out as Russia
    events = extract(
        "Malian troops and Russian mercenaries killed 30 civilians near Mopti on Sunday."
    )
    killings = rooted_any(events, *VIOLENT)
    assert killings
    assert killings[0].roles.source_country == "ML"
