"""Faults the lead found reading news of its own (stop 72): a later sentence's telling day
taken as the day of the happening it mentions, an airline's name read as its home town, a
plane "slammed into" a wall read as criticism, a power "to crush dissent" or a right "to
protest" read as an act, a result clause ", allowing police to" read as a permission, money
"freed" read as persons released, "received no warning" read as a visit hosted, troops that
"pressed deeper" read as an appeal, "the antisemitic attacks" not known as the attack told
before, a merchant ship that struck a bridge read as force, and a quake dated by the toll's
day though its own relative clause gives its day. See docs/history/reading.md, stop 72.
Sentences written for these tests; each rule has near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, hazards, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def names(geoparser: Geoparser, text: str) -> list[str]:
    """The texts of ``text``'s mentions that resolve to a place."""
    return [m.text for m in geoparser.parse(text) if m.place is not None]


# 1. A later sentence that mentions the happening on the day it is told does not date it


@pytest.mark.parametrize(
    "text",
    [
        "An envoy was shot on Monday in Kaunas. The minister said on Wednesday the shooting "
        "was an act of terror.",
        "A mayor was shot on Monday in Cluj. Police said on Wednesday that the shooting had "
        "been planned for weeks.",
    ],
)
def test_a_telling_day_does_not_date_the_happening_it_mentions(extract: Extract, text: str) -> None:
    shots = real(extract(text), "18")
    assert shots
    assert shots[0].when.start == date(2026, 6, 15)
    assert "date_conflict" not in shots[0].flags


def test_a_mention_dated_by_its_own_phrase_still_adds_its_day(extract: Extract) -> None:
    # near miss: "the shooting on Monday" is the mention's own date, not a telling's
    text = "An envoy was shot in Kaunas. The minister said the shooting on Monday was terror."
    shots = real(extract(text), "18")
    assert shots
    assert shots[0].when.start == date(2026, 6, 15)


# 2. An airline's name is no place


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("A Jeju Air jet skidded off the runway at Muan on Sunday.", "Jeju", "Muan"),
        ("The Busan Air flight landed in Osaka on Friday.", "Busan", "Osaka"),
    ],
)
def test_an_airline_name_names_no_place(
    geoparser: Geoparser, text: str, gone: str, kept: str
) -> None:
    found = names(geoparser, text)
    assert gone not in found
    assert kept in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Ukraine Air Force said it shot down 30 drones.", "Ukraine"),
        ("Jets took off from Incirlik Air Base on Monday.", "Incirlik Air Base"),
        ("The flight from Canada landed in Air Ronge's airstrip.", "Canada"),
    ],
)
def test_an_air_force_or_a_base_keeps_its_place(geoparser: Geoparser, text: str, kept: str) -> None:
    assert any(kept in n for n in names(geoparser, text))


# 3. Verbs of motion are no criticism and no appeal


@pytest.mark.parametrize(
    "text",
    [
        "A cargo plane slammed into a hangar at the airport on Monday.",
        "A tanker truck slammed into a row of houses on Tuesday.",
    ],
)
def test_a_body_slammed_into_something_is_no_criticism(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "11")


def test_slamming_a_decision_stays_criticism(extract: Extract) -> None:
    assert real(extract("The opposition slammed the budget decision on Monday."), "11")


@pytest.mark.parametrize(
    "text",
    [
        "Government troops pressed deeper into the rebel-held province on Monday.",
        "Troops pressed on towards the capital on Tuesday.",
    ],
)
def test_an_advance_is_no_appeal(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "02", "10")


def test_pressing_a_state_stays_an_appeal(extract: Extract) -> None:
    assert rooted(extract("The EU pressed Hungary to lift its veto on Monday."), "02")


# 4. What a power or an act allows is no act


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The new law gives the security agency the power to crush dissent.", "17"),
        ("The decree grants police the authority to arrest journalists.", "17"),
        ("The court said citizens have the right to protest.", "14"),
    ],
)
def test_a_power_or_right_to_act_is_no_act(extract: Extract, text: str, root: str) -> None:
    assert not real(extract(text), root)


def test_an_act_done_stays(extract: Extract) -> None:
    assert real(extract("Police moved to arrest the journalists on Monday."), "17")


def test_a_result_clause_grants_nothing(extract: Extract) -> None:
    text = "The pilot issued a mayday call, allowing police to stop traffic on the bridge."
    assert not rooted(extract(text), "08")


def test_a_permission_granted_stays(extract: Extract) -> None:
    text = "The junta allowed foreign journalists to enter the region on Monday."
    assert rooted(extract(text), "08")


# 5. Money freed is no release of persons; a warning received is no visit


@pytest.mark.parametrize(
    "text",
    [
        "The governor declared an emergency, freeing federal funds for the towns.",
        "The cabinet freed emergency funds for the flooded towns on Monday.",
    ],
)
def test_money_freed_is_no_release_of_persons(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "0841")


def test_persons_freed_stay_a_release(extract: Extract) -> None:
    assert rooted(extract("The rebels freed two hostages on Monday."), "0841")


def test_money_released_stays_aid(extract: Extract) -> None:
    text = "The ministry released 40 million dollars in relief on Monday."
    assert rooted(extract(text), "07")


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said they received no warning before the water arrived.",
        "The embassy received threats on Monday.",
    ],
)
def test_a_warning_received_hosts_no_one(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "04")


def test_a_delegation_received_stays_a_visit_hosted(extract: Extract) -> None:
    assert rooted(extract("The president received a Chinese delegation on Monday."), "04")


# 6. "the antisemitic attacks" refers back to the attack told before


def test_a_judged_mention_is_the_attack_told_before(extract: Extract) -> None:
    text = (
        "Men on motorbikes attacked football fans in central Rotterdam overnight, police said "
        "on Friday. Twenty people were arrested. The mayor said she was appalled by the "
        "antisemitic attacks."
    )
    assert len(rooted(extract(text), "18", "19")) == 1


@pytest.mark.parametrize("judged", ["antisemitic", "deadly"])
def test_a_new_attack_in_another_town_stays_apart(extract: Extract, judged: str) -> None:
    # the place after the mention's noun is its own ("the attacks in Utrecht … injured")
    text = (
        "Men on motorbikes attacked football fans in central Rotterdam on Monday. The "
        f"{judged} attacks in Utrecht on Wednesday injured four."
    )
    assert len(rooted(extract(text), "18", "19")) == 2


# 7. A merchant ship or a train that strikes something is no force


@pytest.mark.parametrize(
    "text",
    [
        "A container ship struck the pier on Tuesday.",
        "A freight train hit a passenger train near Larissa on Tuesday.",
    ],
)
def test_a_ship_or_train_striking_is_no_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "19", "18")


def test_a_warship_striking_stays_force(extract: Extract) -> None:
    assert rooted(extract("A Russian warship struck the port of Odesa on Tuesday."), "19")


# 8. A hazard's own relative clause dates it, not the toll's or the search's day


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the earthquake that struck Noto on Monday rose to 64.",
        "Rescuers searched for survivors of the flood that swept the valley on Monday.",
    ],
)
def test_a_hazard_is_dated_by_its_own_relative_clause(extract: Extract, text: str) -> None:
    dated = hazards(extract(text))
    assert dated
    assert dated[0][1] == dated[0][2] == date(2026, 6, 15)


def test_a_toll_day_after_the_relative_clause_still_bounds_the_hazard(extract: Extract) -> None:
    # the relative clause ends at the main verb "rose": Monday is the toll's, not the fire's
    text = (
        "The death toll from the wildfire that destroyed the town of Paradise rose to 80 on Monday."
    )
    dated = hazards(extract(text))
    assert dated
    assert dated[0][1] < dated[0][2] == date(2026, 6, 15)


def test_a_toll_day_still_bounds_an_undated_hazard(extract: Extract) -> None:
    dated = hazards(extract("The death toll from the earthquake rose to 64 on Monday."))
    assert dated
    assert dated[0][1] < dated[0][2] == date(2026, 6, 15)


def test_people_called_authorities_keep_their_act(extract: Extract) -> None:
    # near miss: "authorities to investigate" are people, no power to act
    text = "The FBI joined Canadian authorities to investigate the sniper shootings on Monday."
    assert rooted(extract(text), "09")


def test_that_before_a_plural_is_no_reference(extract: Extract) -> None:
    # "said that deadly bombings …": a complementiser, not "that bombing" told before
    text = (
        "American missiles struck camps in Sudan on Thursday. The minister said that deadly "
        "bombings of embassies in Nairobi showed that terror must be fought."
    )
    assert rooted(extract(text), "18")
    assert rooted(extract(text), "19")


# 9. A measured "after" phrase ("hours after a visit by …") is a later clause's


def test_a_visitor_in_a_measured_after_phrase_does_not_place_the_act(extract: Extract) -> None:
    text = (
        "Senegal said on Thursday it was ending its defence cooperation agreement with France, "
        "hours after a visit by French Defence Minister Sebastien Lecornu."
    )
    ended = rooted(extract(text, pub="2024-11-29"), "16")
    assert ended
    assert where(ended[0])[1] != "FR"


# 10. An "after" clause's own date dates its act, past a comma too


def test_an_after_clause_after_a_comma_keeps_its_own_date(extract: Extract) -> None:
    text = "Finland formally joined the alliance on Thursday, after Turkey's parliament approved its bid last week."
    acts = [e for e in extract(text, pub="2024-03-07") if e.when.start < date(2024, 3, 4)]
    assert acts
    assert acts[0].when.end == date(2024, 3, 3)  # last week: 26 February to 3 March


def test_an_after_clause_without_a_date_stays_before_the_main_day(extract: Extract) -> None:
    text = "Finland formally joined the alliance on Thursday, after Turkey's parliament approved its bid."
    acts = [e for e in extract(text, pub="2024-03-07") if code(e).startswith("05")]
    assert all(e.when.end <= date(2024, 3, 7) for e in acts)


# 11. A collapse after being hit by a missile is the attack's result, no accident


@pytest.mark.parametrize(
    "text",
    [
        "A building collapsed in Kharkiv on Sunday after being hit by a Russian missile.",
        "A footbridge collapsed in Kherson on Sunday after it was struck by a Russian drone.",
    ],
)
def test_a_collapse_caused_by_force_is_the_attack(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not hazards(events)
    assert rooted(events, "19")


def test_a_collapse_after_rain_stays_an_accident(extract: Extract) -> None:
    assert hazards(extract("A building collapsed in Lagos on Sunday after heavy rain."))


# 12. What a statement answers came before it


def test_an_act_a_statement_answers_is_before_the_telling(extract: Extract) -> None:
    text = (
        "France had the right to defend its soldiers, Norway said on Tuesday in response to French "
        "air strikes on militant camps in Mali."
    )
    strikes = rooted(extract(text), "19")
    assert strikes
    assert strikes[0].when.precision == 2
    assert strikes[0].when.end == date(2026, 6, 16)


# 13. A fresh user's places (newuser72): coordinated nationalities, the addressee's
# dateline, a craft's destination


def test_nationalities_in_a_comma_list_are_no_place(extract: Extract) -> None:
    text = (
        "APIA, Samoa (AP) — Rescuers searched for survivors in Apia on Wednesday, a day after a "
        "strong quake struck off the coast of Samoa's main island. The quake damaged a building "
        "housing the U.S., Australian and Japanese embassies."
    )
    quakes = [e for e in extract(text) if code(e).startswith("DIS-")]
    assert quakes
    assert where(quakes[0])[1] != "US"


def test_a_warning_filed_from_the_addressees_country_is_placed_there(extract: Extract) -> None:
    text = (
        "NAIROBI, Kenya (AP) — U.S. envoy Mark Carter warned Kenya's President William Ruto on "
        "Sunday that Washington would cut aid unless the vote was rerun."
    )
    warned = rooted(extract(text), "13")
    assert warned
    assert where(warned[0])[1] == "KE"


def test_a_flights_destination_is_no_venue(extract: Extract) -> None:
    text = "MINSK, Belarus (AP) — The opposition leader refused on Thursday to board a flight to Germany."
    refused = rooted(extract(text), "12")
    assert refused
    assert where(refused[0])[1] != "DE"


def test_a_trip_still_goes_to_its_destination(extract: Extract) -> None:
    visits = rooted(extract("The foreign minister flew to Germany on Thursday for talks."), "04")
    assert visits
    assert where(visits[0])[1] == "DE"


# 14. A "would" of another clause does not make an act planned


def test_a_past_after_clause_is_not_planned_by_the_main_would(extract: Extract) -> None:
    text = (
        "The mayor said on Monday that he would call in troops, after two people were killed "
        "in a bombing overnight."
    )
    done = [e for e in extract(text) if code(e).startswith("18")]
    assert done
    assert "planned" not in done[0].flags


def test_a_relative_clauses_would_is_its_own(extract: Extract) -> None:
    text = (
        "The National Workers Federation called the 24-hour stoppage to protest a sweeping "
        "reform that would curb union rights."
    )
    strikes = rooted(extract(text), "14")
    assert strikes
    assert "planned" not in strikes[0].flags


def test_a_strike_the_union_says_it_will_hold_stays_planned(extract: Extract) -> None:
    strikes = rooted(extract("The union said it would hold a strike next week."), "13", "14")
    assert strikes
    assert all("planned" in e.flags or code(e).startswith("13") for e in strikes)


def test_a_state_an_act_is_a_win_for_is_no_venue(extract: Extract) -> None:
    text = (
        "UNITED NATIONS (Reuters) — The U.N. General Assembly on Friday endorsed Armenia's "
        "peace plan as the basis for talks on Karabakh, a major diplomatic win for Yerevan."
    )
    acts = extract(text)
    assert acts
    assert all(where(e)[0] != "Yerevan" for e in acts)


# 15. A crime committed is no pledge


@pytest.mark.parametrize(
    "text",
    [
        "Police said the two men were suspects in murders committed in the 1990s.",
        "The court heard evidence of atrocities committed by the militia.",
    ],
)
def test_a_crime_committed_is_no_intent(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "03")


def test_a_state_that_commits_to_talks_still_pledges(extract: Extract) -> None:
    assert rooted(extract("Both governments committed on Monday to resume talks."), "03")


# 16. A necessity no one voices is no demand


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party will have to form a coalition, analysts said.",
        "The country's parliament must still ratify the accord.",
    ],
)
def test_a_necessity_no_one_voices_is_no_demand(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "10")


def test_a_necessity_a_minister_voices_stays_a_demand(extract: Extract) -> None:
    assert rooted(extract("Russia must withdraw its troops, the minister said."), "10")


# 17. What a feeling was caused by is no act


@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people were killed on Monday when police opened fire on young protesters "
        "angered by a ban on messaging apps.",
        "Eight people were killed on Friday when soldiers opened fire on young demonstrators "
        "angered by a curfew in the city.",
    ],
)
def test_a_ban_that_angered_the_crowd_is_no_new_ban(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


def test_a_ban_imposed_stays_a_ban(extract: Extract) -> None:
    assert rooted(extract("The government imposed a ban on messaging apps on Monday."), "17")


# 18. Near misses a tester found (newuser72t): the rules above must not fire on these


def test_a_power_put_to_use_is_an_act(extract: Extract) -> None:
    events = extract("Poland used its right to veto the EU migration pact on Tuesday.")
    assert rooted(events, "12")


def test_pushed_on_a_day_for_a_truce_is_still_an_appeal(extract: Extract) -> None:
    events = extract("Qatar pushed on Tuesday for a ceasefire between the two militias.")
    assert rooted(events, "10", "02")


def test_a_state_vessel_striking_a_boat_keeps_its_sides(extract: Extract) -> None:
    text = "A Chinese coast guard vessel struck a Vietnamese fishing boat with a water cannon on Sunday."
    force = rooted(extract(text), "17", "18", "19")
    assert force
    assert force[0].roles.source_country == "CN"


def test_money_freed_in_dollars_is_no_release_of_persons(extract: Extract) -> None:
    text = "Iran freed two French citizens on Monday, days after Paris freed $2 billion in frozen assets."
    assert len(rooted(extract(text), "0841")) == 1


def test_an_act_inside_a_powers_relative_clause_is_no_act(extract: Extract) -> None:
    text = "The regulator has the power to fine companies that ignore its rulings."
    assert not rooted(extract(text), "12")


def test_an_opened_crossing_allowing_aid_in_stays_aid_let_in(extract: Extract) -> None:
    text = "Jordan opened the border crossing on Monday, allowing aid trucks to enter Syria."
    assert rooted(extract(text), "0863")


def test_a_tanker_hit_by_a_drone_is_still_attacked(extract: Extract) -> None:
    text = (
        "A Liberian-flagged tanker hit by a Houthi drone caught fire in the Gulf of Aden on Sunday."
    )
    assert rooted(extract(text), "19")


def test_a_train_that_struck_a_bus_is_an_accident_with_no_culprit(extract: Extract) -> None:
    text = "A train struck a minibus at a level crossing in Morocco on Monday, killing 7 people."
    events = extract(text)
    assert hazards(events)
    assert not rooted(events, "18", "19")


def test_a_right_exercised_is_no_drill(extract: Extract) -> None:
    events = extract("Russia exercised its right to veto the Syria resolution on Thursday.")
    assert not rooted(events, "15")
    assert rooted(events, "12")


def test_navies_that_exercised_together_still_drill(extract: Extract) -> None:
    assert rooted(extract("The two navies exercised together in the Arabian Sea on Monday."), "15")


def test_supplies_received_host_no_one(extract: Extract) -> None:
    assert not rooted(
        extract("Hospitals in Khartoum received no fuel deliveries on Tuesday."), "04"
    )


# 19. Near misses a second tester found (newuser72u)


@pytest.mark.parametrize(
    "text",
    [
        "The airline regretted the crash of its cargo plane on Monday.",
        "The minister regretted the loss of life in the fire on Monday.",
        "The carmaker regretted the job cuts on Monday.",
    ],
)
def test_regret_over_a_loss_is_no_disapproval(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "11")


def test_regret_over_a_decision_stays_disapproval(extract: Extract) -> None:
    assert rooted(extract("The UN chief deeply regretted the decision on Monday."), "11")


def test_a_fronted_span_from_a_quake_leaves_the_act_to_lead(extract: Extract) -> None:
    text = (
        "A day after the 6.8 quake, Nepal's government appealed for international aid on Saturday."
    )
    assert rooted(extract(text), "02")
