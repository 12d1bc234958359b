"""Acts a sentence names but says did not happen, or did not happen as told: prevented,
feared, never come, ended, set aside by a participle; and acts whose setting or cause is no
actor. Each rule has its near miss, which must still read as a happening. Sentences written
for these tests; publication on a Tuesday."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 9, 16)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def code(ev: Event) -> str:
    return ev.event_code or ev.event_type.code


def happened(events: list[Event], root: str) -> list[Event]:
    """Events of a CAMEO root (or a hazard code's prefix) told as having happened."""
    unreal = {"negated", "hypothetical", "planned"}
    return [e for e in events if code(e).startswith(root) and not unreal & set(e.flags)]


@pytest.mark.parametrize(
    "body",
    [
        "Soldiers thwarted an ambush on a convoy near Kidal on Sunday.",
        "Security services said they had averted a bombing at a stadium in Lagos.",
        "Police prevented students from marching on parliament in Nairobi on Monday.",
    ],
)
def test_a_prevented_act_did_not_happen(extract: Extract, body: str) -> None:
    # FactBank: a predicate of prevention makes its complement counterfactual
    events = extract(body)
    assert events
    assert not happened(events, "18") + happened(events, "19") + happened(events, "14")


def test_an_act_driven_back_did_happen(extract: Extract) -> None:
    events = extract("Soldiers repelled an attack on a base near Kidal on Sunday.")
    assert happened(events, "19")


def test_what_people_fear_has_not_happened(extract: Extract) -> None:
    events = extract("Shopkeepers in Goma closed early on Monday fearing a raid by militiamen.")
    assert not happened(events, "19") + happened(events, "18")


@pytest.mark.parametrize(
    "body",
    [
        "Farmers braced for a strike on the depot that never materialised.",
        "Residents waited for an offensive on the town that did not come.",
    ],
)
def test_an_act_that_never_came_did_not_happen(extract: Extract, body: str) -> None:
    assert not happened(extract(body), "19")


def test_a_truce_that_collapsed_is_no_ceasefire_and_the_fighting_is_read(
    extract: Extract,
) -> None:
    events = extract("The ceasefire in Tripoli collapsed on Sunday as militias traded fire.")
    assert not [e for e in events if code(e).startswith("087")]
    assert happened(events, "19")


def test_a_ceasefire_agreed_is_still_a_ceasefire(extract: Extract) -> None:
    events = extract("The militias in Tripoli agreed a ceasefire on Sunday.")
    assert [e for e in events if code(e).startswith("08") or code(e).startswith("03")]


def test_a_participle_before_the_verb_is_not_the_clauses_verb(extract: Extract) -> None:
    # "the talks scheduled for Friday were cancelled": a reduced relative, not "scheduled"
    events = extract(
        "Talks between the two governments scheduled for Friday in Doha were cancelled."
    )
    assert not [e for e in events if e.when.start == date(2025, 9, 19) and "negated" not in e.flags]


def test_a_denial_with_its_own_day_still_negates(extract: Extract) -> None:
    events = extract(
        "The navy denied on Monday that its ships had fired on fishing boats near Jaffna."
    )
    fired = [e for e in events if code(e).startswith("19")]
    assert fired
    assert "negated" in fired[0].flags


def test_an_attack_at_a_rally_is_the_attack(extract: Extract) -> None:
    events = extract("A gunman opened fire at a march in Quetta on Sunday, killing three.")
    assert not [e for e in events if code(e).startswith("14")]
    assert [e for e in events if code(e).startswith(("18", "19"))]


def test_a_riot_at_a_march_is_still_a_protest_act(extract: Extract) -> None:
    events = extract("Police fired tear gas at a march in Quetta on Sunday.")
    assert [e for e in events if code(e).startswith(("17", "14"))]


def test_a_storm_that_drives_people_out_is_a_hazard_not_coercion(extract: Extract) -> None:
    events = extract("Floods drove 5,000 families from their homes in Assam on Sunday.")
    assert not [e for e in events if code(e).startswith("17")]
    assert [e for e in events if code(e) == "DIS-FLOOD"]


def test_a_boat_that_sank_is_an_accident_but_one_sunk_is_force(extract: Extract) -> None:
    sank = extract("A fishing boat sank off Mombasa on Sunday, and four crew drowned.")
    assert [e for e in sank if code(e).startswith("DIS-")]
    assert not happened(sank, "19")
    sunk = extract("Navy gunboats sank a smugglers' boat off Mombasa on Sunday.")
    assert happened(sunk, "19")


def test_this_week_told_as_done_ends_at_publication(extract: Extract) -> None:
    events = extract("Earlier this week, police evicted squatters from a camp in Harare.")
    assert events
    assert events[0].when.start <= PUB
    assert events[0].when.end == PUB


def test_this_week_told_as_planned_runs_to_the_weeks_end(extract: Extract) -> None:
    events = extract("Police will evict squatters from a camp in Harare this week.")
    assert events
    assert events[0].when.end > PUB


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("The dockers' union threatened on Monday to strike if pay was not raised.", "13"),
        ("Bus drivers struck over pay in Accra on Monday.", "14"),
    ],
)
def test_a_walkout_is_no_armed_strike(extract: Extract, body: str, root: str) -> None:
    # CAMEO 1.1b3 §143 (a strike by workers), §133 (a threat of one)
    events = extract(body)
    assert events
    assert code(events[0]).startswith(root)
    assert not code(events[0]).startswith("138")


def test_an_armed_strike_threatened_by_workers_words_stays_force(extract: Extract) -> None:
    events = extract("Workers said the air force would strike the depot in Gao on Monday.")
    assert [e for e in events if code(e).startswith(("13", "19"))]
    assert not [e for e in events if code(e).startswith(("14", "133"))]


def test_a_threats_target_is_not_where_it_was_made(extract: Extract) -> None:
    events = extract("Militants warned on Sunday that they would fire rockets at Haifa.")
    assert events
    assert all(
        e.location is None or e.location.place is None or e.location.place.name != "Haifa"
        for e in events
    )


def test_a_revolt_crushed_is_repression(extract: Extract) -> None:
    events = extract("Troops crushed an uprising in Bamako on Sunday.")
    assert [e for e in events if code(e) == "175"]


@pytest.mark.parametrize(
    "body",
    [
        "Nine people died when a minibus overturned near Kisumu on Sunday.",
        "A freight train derailed outside Lviv on Sunday, killing two workers.",
    ],
)
def test_a_crash_is_a_transport_accident_not_a_fight(extract: Extract, body: str) -> None:
    # EM-DAT's transport accidents; CAMEO codes acts of political actors only
    events = extract(body)
    assert [e.event_type.code for e in events] == ["DIS-TRANSPORT"]


@pytest.mark.parametrize(
    "body",
    [
        "Militants shot down an army helicopter near Kidal on Sunday.",
        "A drone crashed into a block of flats in Kharkiv on Sunday after it was launched by Russia.",
        "A car bomb exploded outside a hotel in Mogadishu on Sunday.",
    ],
)
def test_a_downed_or_bomb_vehicle_is_no_accident(extract: Extract, body: str) -> None:
    assert not [e for e in extract(body) if e.event_type.code == "DIS-TRANSPORT"]


def test_force_denied_is_repression_negated_not_a_protest(extract: Extract) -> None:
    events = extract("Soldiers denied using lethal force against marchers in Conakry on Monday.")
    assert [(code(e), "negated" in e.flags) for e in events] == [("175", True)]


def test_a_beating_is_physical_assault(extract: Extract) -> None:
    # CAMEO 1.1b3 §182: beating and lynching are physical assault, not only 180
    events = extract("Prison guards beat two inmates in Harare on Sunday.")
    assert [code(e) for e in events] == ["182"]


@pytest.mark.parametrize(
    "body",
    [
        "The shelling forced the closure of two hospitals in Kherson on Sunday.",
        "The protests forced the suspension of classes at the university in Dhaka.",
    ],
)
def test_what_a_happening_forced_is_no_coercion(extract: Extract, body: str) -> None:
    events = extract(body)
    assert not [e for e in events if code(e).startswith(("17", "16"))]


def test_coercion_by_an_actor_is_still_coercion(extract: Extract) -> None:
    events = extract("Soldiers forced villagers to leave Tillaberi on Sunday.")
    assert [e for e in events if code(e).startswith("17")]


def test_a_wars_running_total_is_no_happening_of_this_week(extract: Extract) -> None:
    events = extract("The conflict has killed more than 5,000 people since April.")
    assert not [e for e in events if e.when.start >= date(2025, 9, 1)]


def test_an_event_noun_under_a_modal_is_not_told_as_happened(extract: Extract) -> None:
    events = extract("Aid convoys could be delayed by the fighting, the UN said.")
    assert not happened(events, "07")


def test_a_new_clause_after_a_vow_is_not_the_vows_content(extract: Extract) -> None:
    # "vowed to X, and the government cut ties": the cut is told as done, not threatened
    events = extract(
        "The general vowed on Monday to stay in office, and the government cut diplomatic "
        "ties with Chad."
    )
    assert not [e for e in events if code(e).startswith("131")]


@pytest.mark.parametrize(
    "body",
    [
        "The march, which unions had called for Saturday, was banned and did not go ahead.",
        "The vote, originally set for June 30 in Tunis, has been postponed.",
    ],
)
def test_a_subject_across_an_inserted_clause_shares_the_verbs_polarity(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert not happened(events, "14") + happened(events, "04")


def test_a_fact_insisted_on_is_a_claim_and_an_act_insisted_on_a_demand(extract: Extract) -> None:
    claim = extract("The navy insisted on Monday that its ships had not fired on the boats.")
    assert not [e for e in claim if code(e).startswith("10")]
    demand = extract("Unions insisted that the government raise wages.")
    assert [e for e in demand if code(e).startswith("10")]


def test_a_report_given_elsewhere_does_not_place_the_event(extract: Extract) -> None:
    events = extract(
        "Bandits killed nine farmers in Katsina state on Monday, police said in Abuja."
    )
    assert events
    assert events[0].location is not None
    assert events[0].location.place is not None
    assert events[0].location.place.name != "Abuja"


def test_weighed_sanctions_are_hypothetical(extract: Extract) -> None:
    events = extract("Britain is weighing sanctions on Georgian officials.")
    assert [e for e in events if code(e).startswith("16") and "hypothetical" in e.flags]


def test_a_time_after_at_is_no_target(extract: Extract) -> None:
    events = extract("Rebels opened fire at 6 a.m. on an army post near Kidal.")
    assert events
    assert not [e for e in events if code(e).startswith("15")]


def test_a_storm_expected_to_strike_has_not_struck(extract: Extract) -> None:
    events = extract("Meteorologists said a typhoon could hit Luzon on Thursday.")
    assert not [
        e for e in events if code(e).startswith("DIS") and not {"hypothetical"} & set(e.flags)
    ]


def test_a_flood_warning_is_no_threat_but_a_states_warning_is(extract: Extract) -> None:
    assert not [
        e
        for e in extract("A flood warning was issued for Kerala on Tuesday.")
        if code(e).startswith("13")
    ]
    assert [
        e
        for e in extract("Iran warned Israel on Tuesday that it would retaliate.")
        if code(e).startswith("13")
    ]


def test_the_blast_after_an_explosion_at_a_plant_is_that_accident(extract: Extract) -> None:
    events = extract(
        "An explosion tore through a chemical plant in Tianjin on Sunday. Investigators were "
        "looking into the cause of the blast."
    )
    assert "DIS-INDUSTRIAL" in [code(e) for e in events]
    assert not [e for e in events if code(e).startswith("18")]


def test_a_headline_label_is_no_side(extract: Extract) -> None:
    events = extract(
        "Mali: Jihadists attack army base\nJihadists attacked an army base near Gao on Sunday."
    )
    assert events
    assert all(e.roles.source != "Mali" for e in events)


def test_a_court_order_is_a_demand_not_the_act(extract: Extract) -> None:
    events = extract("A judge ordered police to free the detained reporters in Harare on Monday.")
    assert events
    assert all(code(e).startswith("10") for e in events)


def test_aid_that_has_not_arrived_was_not_given(extract: Extract) -> None:
    events = extract("Food convoys have not reached Al Fashir since May, the WFP said.")
    assert not happened(events, "07")


def test_a_passive_subject_is_the_target(extract: Extract) -> None:
    events = extract("Three Kenyan teachers were abducted near Mandera on Monday.")
    assert events
    assert events[0].roles.source is None
    assert events[0].roles.target_country == "KE"


def test_a_present_day_of_a_scheduled_happening_lies_ahead(extract: Extract) -> None:
    events = extract("The summit of the two presidents is on Friday in Accra.")
    assert events
    assert events[0].when.start == date(2025, 9, 19)


def test_a_ships_flag_is_not_where_it_was_attacked(extract: Extract) -> None:
    events = extract("Pirates attacked a Greek tanker on Monday.")
    assert events
    assert (
        events[0].location is None
        or events[0].location.place is None
        or (events[0].location.place.country_code != "GR")
    )


def test_a_tanker_taken_is_a_seizure_but_boats_taken_to_an_island_are_not(
    extract: Extract,
) -> None:
    assert [code(e) for e in extract("Commandos took the tanker near Fujairah on Sunday.")] == [
        "171"
    ]
    assert not [
        e for e in extract("Migrants took boats to Crete on Sunday.") if code(e).startswith("17")
    ]


def test_a_toll_after_a_hazard_named_without_an_event_is_no_fight(extract: Extract) -> None:
    events = extract(
        "Aid agencies appealed for help for families hit by severe floods in Malawi. More than "
        "200 people have been killed."
    )
    assert not [e for e in events if code(e).startswith("19")]


def test_a_toll_in_a_war_story_is_still_read(extract: Extract) -> None:
    events = extract("Rebels attacked Goma on Monday. More than 200 people have been killed.")
    assert [e for e in events if code(e).startswith(("18", "19"))]


def test_missiles_shot_down_from_a_told_salvo_are_that_attack(extract: Extract) -> None:
    events = extract(
        "Iran fired 40 missiles at Israel on Sunday. Air defences intercepted 35 of the missiles."
    )
    assert len([e for e in events if code(e).startswith(("18", "19"))]) == 1


def test_claims_called_untrue_are_negated(extract: Extract) -> None:
    events = extract("Claims that rebels had captured Kidal were untrue, the army said.")
    assert not happened(events, "19")


def test_a_hoped_for_signing_is_not_done(extract: Extract) -> None:
    events = extract("Chad and Sudan hope to sign a security pact next month.")
    assert not happened(events, "05")


def test_talks_that_ended_are_no_repression(extract: Extract) -> None:
    events = extract("Peace talks in Doha broke up on Monday without a deal.")
    assert not [e for e in events if code(e).startswith("17")]


def test_hostages_told_first_and_then_seized_is_hostage_taking(extract: Extract) -> None:
    events = extract("Six hostages were seized by gunmen near Gao on Sunday.")
    assert [code(e) for e in events] == ["181"]


def test_a_travel_warning_is_no_threat_and_a_feared_invasion_no_invasion(extract: Extract) -> None:
    events = extract("The embassy warned British nationals to leave Niger amid fears of a coup.")
    assert not happened(events, "13") + happened(events, "18") + happened(events, "19")
