"""The reader rules the lead added in stop 31, for faults left open by stop 30's review
(reader6, newuser5), each with sentences written for these tests (none from an evaluation
set) and a near miss the rule must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(events: list) -> list[str]:
    return [code(e) for e in events]


# ---------------------------------------------------------------- meetings at one side's home


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Xi met in Beijing on Monday.",
        "Xi and Lula met in Beijing on Monday.",
    ],
)
def test_a_joint_meeting_at_one_sides_home_is_the_others_visit(extract: Extract, text: str) -> None:
    # CAMEO 1.1b3 §044 is a third location; at the host's home the guest made a visit (§042)
    events = real(extract(text), "04")
    assert [(code(e), e.roles.source_country, e.roles.target_country) for e in events] == [
        ("042", "BR", "CN")
    ]


def test_a_joint_meeting_at_a_third_place_stays_a_meeting(extract: Extract) -> None:
    events = real(extract("Lula and Xi met in Geneva on Monday."), "04")
    assert _codes(events) == ["044"]


# ---------------------------------------------------------------- force verbs


def test_artillery_fire_traded_is_a_fight_with_artillery(extract: Extract) -> None:
    events = extract("Armenian and Azerbaijani troops traded artillery fire on Monday.")
    assert "194" in _codes(events)
    assert not real(events, "06")


def test_goods_traded_stay_trade(extract: Extract) -> None:
    # near miss: a trade of goods is no fight
    events = extract("Chile and Peru traded copper worth $2 billion last year.")
    assert not real(events, "19")


def test_a_town_taken_by_rebels_is_occupied(extract: Extract) -> None:
    events = real(extract("Rebels took the town of Bunia on Monday after heavy fighting."), "192")
    assert events
    assert where(events[0])[0] == "Bunia"


def test_a_tour_of_a_city_is_no_occupation(extract: Extract) -> None:
    # near miss: the run "take the city of" is whole, so a tour of a city does not match
    events = extract("The minister took a short tour of the city of Lviv on Monday.")
    assert not real(events, "19")


def test_a_target_hit_by_a_named_sides_missile_is_its_air_strike(extract: Extract) -> None:
    events = real(extract("A fuel depot was hit by a Russian missile near Odesa on Monday."), "19")
    assert [(code(e), e.roles.source_country) for e in events] == [("195", "RU")]


def test_a_roof_damaged_by_a_storm_is_no_strike(extract: Extract) -> None:
    # near miss: the passive agent is weather, not a weapon
    assert not real(extract("A school roof was damaged by a storm on Monday."), "19")


# ---------------------------------------------------------------- set L's kinds of fault


def test_a_killing_by_an_air_strike_is_the_strike(extract: Extract) -> None:
    events = real(
        extract("An air strike near Khan Younis killed a senior commander on Monday."), "18", "19"
    )
    assert _codes(events) == ["195"]


def test_gunmen_killing_a_mayor_stay_an_assassination(extract: Extract) -> None:
    # near miss: people killed him, no weapon from the air
    assert _codes(real(extract("Gunmen killed the mayor of Iguala on Monday."), "18", "19")) == [
        "186"
    ]


def test_troops_backed_by_helicopters_fought(extract: Extract) -> None:
    # "backed by" after a noun is a reduced relative: "killed" governs, no §051 support
    events = extract("Troops backed by helicopters killed 20 militants near Gao on Monday.")
    assert real(events, "19")
    assert not real(events, "05")


def test_a_backer_is_no_side_of_the_act(extract: Extract) -> None:
    events = real(extract("Rebels supported by Rwanda seized Goma on Monday."), "19")
    assert events
    assert events[0].roles.source_country != "RW"


def test_a_plan_backed_by_a_country_is_its_support(extract: Extract) -> None:
    # near miss: the participle is the act itself
    events = real(extract("The plan was backed by France on Monday."), "05")
    assert [e.roles.source_country for e in events] == ["FR"]


def test_a_guest_welcomed_with_a_ceremony_is_a_hosted_visit(extract: Extract) -> None:
    events = real(
        extract("Erdogan welcomed Scholz with a military ceremony on Monday."), "04", "05"
    )
    assert [(code(e), e.roles.target_country) for e in events] == [("043", "DE")]


def test_a_decision_welcomed_stays_praise(extract: Extract) -> None:
    events = real(extract("Erdogan welcomed the decision with a statement on Monday."), "04", "05")
    assert _codes(events) == ["051"]


def test_a_statement_is_where_its_speaker_spoke_not_where_they_went_next(
    extract: Extract,
) -> None:
    events = real(
        extract(
            "The foreign minister condemned the strike, speaking in Doha on Monday "
            "before leaving for talks in Cairo."
        ),
        "11",
    )
    assert [where(e)[0] for e in events] == ["Doha"]


def test_a_report_of_force_said_in_a_city_is_not_there(extract: Extract) -> None:
    # near miss: what a speaker reports happened elsewhere (ACLED)
    events = real(extract("Troops shelled the town, a spokesman said in Kyiv on Monday."), "19")
    assert events
    assert where(events[0])[0] != "Kyiv"


def test_a_condemned_act_with_a_possessive_date_is_its_own_event(extract: Extract) -> None:
    events = extract("Egypt condemned Monday's Israeli air strike on a school in Rafah.")
    strikes = real(events, "19")
    assert [(code(e), e.when.start) for e in strikes] == [("195", date(2026, 6, 15))]


def test_a_vessel_detained_is_property_seized(extract: Extract) -> None:
    events = real(extract("Iran detained a British tanker in the Gulf of Oman on Monday."), "17")
    assert _codes(events) == ["171"]


def test_a_crew_detained_is_an_arrest(extract: Extract) -> None:
    events = real(extract("Iran detained the crew of a British tanker on Monday."), "17")
    assert _codes(events) == ["173"]


def test_a_seizure_told_in_an_after_clause_is_its_own_event(extract: Extract) -> None:
    events = extract(
        "Britain sent a frigate to the region after Iran detained a British tanker yesterday."
    )
    seized = real(events, "17")
    assert [(code(e), e.when.start) for e in seized] == [("171", date(2026, 6, 17))]


def test_said_yesterday_that_opens_the_reported_clause(extract: Extract) -> None:
    # "yesterday" is an adverb, not the noun a relative "that" would follow, so the reported
    # clause's own verb governs (the strike), not the apposition's later "destroyed"
    events = extract(
        "The army said yesterday that an air strike near Rafah had killed Omar Saleh, "
        "a field commander, and destroyed a depot."
    )
    assert _codes(real(events, "17", "18", "19"))[:1] == ["195"]


def test_the_killing_a_protest_is_over_is_its_grievance(extract: Extract) -> None:
    events = extract("Protests over the killing of a teenager reached Paris on Friday.")
    assert _codes(real(events, "14", "18", "19")) == ["140"]


def test_a_bombing_met_with_outrage_is_still_told(extract: Extract) -> None:
    # near miss: outrage is no act of its own; the bombing is the sentence's happening
    events = extract("There was outrage over the bombing of a school in Kabul on Friday.")
    assert _codes(real(events, "18")) == ["183"]


# ---------------------------------------------------------------- dates named inside a phrase


def test_a_veterans_war_year_does_not_date_their_march(extract: Extract) -> None:
    events = real(extract("Veterans of the 1971 war marched in Dhaka on Monday."), "14")
    assert [(e.when.start, e.when.end) for e in events] == [(date(2026, 6, 15),) * 2]


def test_a_wars_own_year_still_dates_it(extract: Extract) -> None:
    # near miss: the year modifies the act told
    events = real(extract("The 1971 war killed thousands of people in Dhaka."), "19")
    assert [e.when.start for e in events] == [date(1971, 1, 1)]


def test_the_month_may_is_no_modal(extract: Extract) -> None:
    events = real(extract("Survivors of the May 1998 riots marched in Jakarta on Monday."), "14")
    assert [(e.when.start, e.flags) for e in events] == [(date(2026, 6, 15), ())]


def test_the_modal_may_still_hedges(extract: Extract) -> None:
    # near miss: lower-case "may" before a verb is the modal
    events = extract("Protesters may march in Jakarta on Monday.")
    assert not real(events, "14")


def test_a_jets_type_number_is_no_year(extract: Extract) -> None:
    events = real(extract("Greek Mirage 2000 jets held a drill over the Aegean on Monday."), "15")
    assert [e.when.start for e in events] == [date(2026, 6, 15)]


def test_two_aircraft_types_of_one_side_hold_no_joint_exercise(extract: Extract) -> None:
    events = extract("Polish F-35A and FA-50 jets held a drill over the Baltic on Monday.")
    assert _codes(real(events, "06", "15")) == ["150"]


def test_two_countries_ships_hold_a_joint_exercise(extract: Extract) -> None:
    # near miss: two named parties exercise together (CAMEO 1.1b3 §062)
    events = extract("French and Egyptian warships held a drill in the Red Sea on Monday.")
    assert _codes(real(events, "06", "15")) == ["062"]


def test_a_seizing_countrys_name_is_not_where_it_seized(extract: Extract) -> None:
    events = real(extract("Iran detained a British tanker off the coast of Oman on Monday."), "17")
    assert [where(e)[0] for e in events] == ["Oman"]


def test_a_seizure_with_no_other_place_stays_at_the_seizer(extract: Extract) -> None:
    # near miss: with no place named, the side's country is the fallback, as before
    events = real(extract("Iran seized a tanker on Monday."), "17")
    assert [where(e)[0] for e in events] == ["Iran"]


def test_an_after_clause_acts_summary_starts_at_its_subject(extract: Extract) -> None:
    events = extract(
        "Britain sent a frigate to the region after Iran detained a British tanker yesterday."
    )
    seized = real(events, "17")
    assert seized
    assert seized[0].summary.startswith("Iran detained")


# ---------------------------------------------------------------- QA15's codes


def test_condemning_is_criticizing(extract: Extract) -> None:
    # CAMEO 1.1b3 §111 criticize or denounce; the lexicon row's source said so, its code 110
    assert _codes(real(extract("Chile condemned the coup in Bolivia on Monday."), "11")) == ["111"]


def test_objecting_stays_disapproval(extract: Extract) -> None:
    # near miss: §110 disapprove, not specified
    events = real(extract("Chile objected to the new tariffs on Monday."), "11")
    assert _codes(events) == ["110"]


def test_a_threat_to_use_force_is_a_military_threat(extract: Extract) -> None:
    events = real(extract("The bloc threatened on Monday to use force to restore order."), "13")
    assert _codes(events) == ["138"]


def test_a_threat_to_attack_stays_a_threatened_attack(extract: Extract) -> None:
    # near miss: the attack is named, §1384
    assert _codes(real(extract("The militia threatened to attack the convoy."), "13")) == ["1384"]


def test_a_plot_to_bomb_is_no_air_strike_and_not_done(extract: Extract) -> None:
    events = extract("A plot to bomb a mosque in Kano was foiled on Monday.")
    assert not rooted(events, "19")
    assert not real(events, "18")


def test_a_toll_of_a_fire_is_the_accident_not_a_fight(extract: Extract) -> None:
    events = extract(
        "Nine people were killed when a fire swept through a market in Lagos on Monday."
    )
    assert not rooted(events, "19")
    assert [e.event_type.code for e in events] == ["DIS-ACCIDENT"]


def test_a_toll_of_gunmen_stays_their_attack(extract: Extract) -> None:
    # near miss: an armed agent is named
    events = extract("Nine people were killed by gunmen in a market in Lagos on Monday.")
    assert real(events, "18", "19")


# ---------------------------------------------------------------- newuser6's readings


def test_a_summit_is_not_held_at_the_sea_on_its_agenda(extract: Extract) -> None:
    events = real(
        extract(
            "Southeast Asian leaders met in Jakarta on Monday for a summit expected to focus on "
            "disputes in the South China Sea."
        ),
        "04",
    )
    assert [where(e)[0] for e in events] == ["Jakarta"]


def test_vessels_clashing_at_sea_stay_at_sea(extract: Extract) -> None:
    # near miss: force at sea is coded to the water body
    events = real(
        extract("Chinese and Philippine vessels clashed in the South China Sea on Monday."), "19"
    )
    assert [where(e)[0] for e in events] == ["South China Sea"]


def test_a_year_in_a_relative_clause_does_not_date_the_main_act(extract: Extract) -> None:
    events = real(
        extract(
            "Kenya's President William Ruto, who chairs the bloc this year, urged members on Monday to agree."
        ),
        "02",
    )
    assert [(e.when.start, e.when.precision) for e in events] == [(date(2026, 6, 15), 1)]


def test_a_relative_clauses_own_day_dates_its_own_act(extract: Extract) -> None:
    # near miss: "released on Wednesday" keeps its day; the arrest's Monday is the clause's
    events = real(
        extract("The general, who was arrested on Monday, was released on Wednesday."), "08"
    )
    assert [e.when.start for e in events] == [date(2026, 6, 17)]


def test_flags_waved_name_no_actor(extract: Extract) -> None:
    events = real(
        extract("Thousands rallied in Chisinau on Sunday, waving Moldovan and EU flags."), "14"
    )
    assert events
    assert not events[0].actors


def test_a_denial_told_by_a_gerund_is_a_denial(extract: Extract) -> None:
    events = extract("Russia has repeatedly denied targeting civilians.")
    assert _codes(events) == ["016"]


def test_a_gerund_after_another_verb_is_still_the_act(extract: Extract) -> None:
    # near miss: "began shelling" is the shelling (an aspect verb), no denial
    assert _codes(real(extract("The army began shelling the town on Monday."), "19")) == ["194"]


def test_a_possessive_day_after_survivors_of_still_dates_the_strike(extract: Extract) -> None:
    # near miss of the veterans rule: "Tuesday's" dates a recent strike the report tells
    events = real(
        extract("Survivors of Tuesday's air strike on Jabalia were still digging on Thursday."),
        "19",
    )
    assert [e.when.start for e in events] == [date(2026, 6, 16)]


def test_a_seizure_naming_only_the_seizer_and_the_flag_stays_at_the_seizer(
    extract: Extract,
) -> None:
    # near miss of the seizer rule: no other place named, so the seizer's country, as before
    events = real(extract("Iran seized the Marshall Islands-flagged tanker on Thursday."), "17")
    assert [where(e)[0] for e in events] == ["Iran"]


def test_a_tolls_cause_names_the_attacker_before_its_act(extract: Extract) -> None:
    events = real(
        extract(
            "The number killed when Russian drones struck a clinic in Sumy on Monday rose to 9."
        ),
        "19",
    )
    assert [(e.roles.source_country, e.roles.target_country) for e in events] == [("RU", None)]


def test_the_dead_of_a_tolls_cause_are_not_its_attacker(extract: Extract) -> None:
    # the nationality of the dead is the side struck, not the source (it had been)
    events = real(extract("Two Israelis were killed when a rocket hit Sderot on Monday."), "19")
    assert [e.roles.source_country for e in events] == [None]


def test_a_hazard_named_with_a_possessive_day_keeps_that_day(extract: Extract) -> None:
    events = extract(
        "Rescuers searched on Friday for hikers trapped by Wednesday's earthquake in Nepal."
    )
    assert [e.when.start for e in events if e.event_type.code == "DIS-QUAKE"] == [date(2026, 6, 17)]


def test_a_refusal_told_with_would_never_is_made_when_told(extract: Extract) -> None:
    events = real(
        extract(
            "Chile's president said on Monday that his government would never surrender territory in the Andes."
        ),
        "12",
    )
    assert events
    assert events[0].when.start == date(2026, 6, 15)


def test_a_rejection_due_next_week_stays_planned(extract: Extract) -> None:
    # near miss: the act is dated after publication
    events = extract("The minister said the cabinet will reject the deal next week.")
    assert not real(events, "12")


def test_a_deployment_on_a_bodys_leave_is_an_offer(extract: Extract) -> None:
    events = extract(
        "Kenya said it would send troops to Haiti if the Security Council approved a mission."
    )
    assert [code(e) for e in events if code(e)[:2] in ("03", "13")] == ["0334"]


def test_a_deployment_if_the_other_side_attacks_stays_a_threat(extract: Extract) -> None:
    # near miss: the condition is the other side's act, not a body's leave
    events = extract(
        "Russia said it would send troops into Moldova if Chisinau attacked Transnistria."
    )
    assert [code(e)[:2] for e in events if code(e)[:2] in ("03", "13")] == ["13"]


def test_a_possessive_date_of_another_noun_does_not_date_the_act(extract: Extract) -> None:
    events = real(
        extract("The opposition rejected the results of last week's vote on Wednesday."), "12"
    )
    assert [(e.when.start, e.when.precision) for e in events] == [(date(2026, 6, 17), 1)]


def test_a_possessive_date_alone_still_dates_its_noun_act(extract: Extract) -> None:
    # near miss: the possessive's noun is the act itself
    events = real(extract("Monday's attack on a market in Kano killed 12 people."), "19")
    assert [e.when.start for e in events] == [date(2026, 6, 15)]


def test_people_seized_are_abducted(extract: Extract) -> None:
    events = real(extract("Gunmen seized 30 villagers near Zamfara on Monday."), "17", "18")
    assert _codes(events) == ["181"]


def test_drugs_seized_stay_property(extract: Extract) -> None:
    # near miss: things seized are §171
    events = real(extract("Police seized 20 kilograms of heroin in Lagos on Monday."), "17", "18")
    assert _codes(events) == ["171"]
