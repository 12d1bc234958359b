"""Faults the lead found reading news of its own (stop 57): a happening that "threatens" a
good, a cooperative act named as the good at risk, "by force" read as forces moved, a
sayer made the patient of a passive it reports, a suspicion's parties as the target, a
campus blockade, and "the government" under a dateline that names its country. See
docs/history/reading.md, stop 57. Sentences written for these tests; each has near misses
that must not change."""

from __future__ import annotations

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _codes(events: list[Event]) -> list[str]:
    return [code(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations said the attacks threatened aid deliveries.",
        "Officials said the shelling threatened the harvest in the south.",
        "The floods threatened food supplies, the ministry said.",
    ],
)
def test_a_happening_that_threatens_is_no_threat(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not rooted(events, "13")
    assert not rooted(events, "07", "03")  # the good at risk is no aid given or pledged


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Iran threatened to retaliate against Israel.", "13"),
        ("Hamas threatened more attacks on Israel.", "13"),
        ("Russia threatened Moldova with a gas cut-off.", "13"),
        ("After the attacks, Iran threatened to retaliate.", "13"),
    ],
)
def test_an_actor_still_threatens(extract: Extract, text: str, root: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0].startswith(root)


@pytest.mark.parametrize(
    "text",
    [
        "The decision threatens the ceasefire, Egypt said.",
        "Hamas said the move jeopardised the fragile truce.",
        "Israel said the strikes would undermine aid deliveries.",
    ],
)
def test_a_good_at_risk_is_not_done(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not rooted(events, "08", "07", "03")


def test_a_truce_declared_stays(extract: Extract) -> None:
    assert rooted(extract("The two sides declared a ceasefire on Tuesday."), "08")


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France warned that borders must not be moved by force.",
        "The tanks were moved by force.",
    ],
)
def test_by_force_is_how_not_forces_moved(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [c for c in _codes(events) if c.startswith(("138", "154"))]


def test_forces_moved_stay_a_mobilisation(extract: Extract) -> None:
    assert "154" in _codes(extract("Russia moved its air force to Crimea on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "The Interior Ministry said 224 people had been detained since Thursday.",
        "Police said 40 people were arrested in Tbilisi on Monday.",
    ],
)
def test_who_tells_of_a_passive_act_is_not_its_patient(extract: Extract, text: str) -> None:
    arrests = rooted(extract(text), "17")
    assert arrests
    assert arrests[0].roles.target is None


def test_a_sayer_s_own_people_stay_the_patient(extract: Extract) -> None:
    arrests = rooted(extract("Russia said two of its soldiers were captured near Kursk."), "17")
    assert arrests
    assert arrests[0].roles.target == "Russia"


@pytest.mark.parametrize(
    "text",
    [
        "Finnish police boarded an oil tanker suspected of damaging a cable between Finland"
        " and Estonia on Wednesday.",
        "Greek coast guards seized a freighter accused of smuggling arms to Libya.",
    ],
)
def test_a_suspected_act_s_parties_are_not_the_target(extract: Extract, text: str) -> None:
    seized = rooted(extract(text), "17")
    assert seized
    assert seized[0].roles.target is None


@pytest.mark.parametrize(
    "text",
    [
        "Students who have blocked universities since December vowed to continue.",
        "Protesters blockaded three faculties in Novi Sad on Monday.",
    ],
)
def test_a_campus_blockade_is_a_protest(extract: Extract, text: str) -> None:
    assert _codes(extract(text))[:1] == ["144"]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "PORT MORESBY, Papua New Guinea — The government appealed for international aid"
            " on Saturday.",
            "Papua New Guinea",
        ),
        (
            "MANDALAY, Myanmar — The military government appealed for international aid on"
            " Saturday.",
            "Myanmar",
        ),
        (
            "HERAT, Afghanistan — The army blamed the rebels for the blast on Sunday.",
            "Afghanistan",
        ),
    ],
)
def test_the_government_under_a_dateline_naming_its_country(
    extract: Extract, body: str, country: str
) -> None:
    events = extract(body)
    assert events
    assert events[0].roles.source == country


@pytest.mark.parametrize(
    "body",
    [
        # a regional bureau: the story names another country, so whose government is open
        "NAIROBI, Kenya — The government of Sudan appealed for aid. The government said"
        " 2,000 homes were lost.",
        "The government appealed for international aid on Saturday.",
    ],
)
def test_the_government_stays_unread_without_one_country(extract: Extract, body: str) -> None:
    appeals = rooted(extract(body), "02")
    assert appeals
    assert appeals[0].roles.source in (None, "Sudan")
    assert appeals[0].roles.source != "Kenya"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Khamenei vowed severe punishment for the strikes.", "13"),
        ("A man drove a pickup truck into a crowd on Bourbon Street, killing 14 people.", "18"),
        ("The attacker rammed a van into pedestrians on the bridge on Monday.", "18"),
    ],
)
def test_vows_of_punishment_and_ramming_attacks(extract: Extract, text: str, root: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0].startswith(root)


@pytest.mark.parametrize(
    "text",
    [
        "Canada and Mexico were spared the new duties.",
        "A driver crashed his car into a shop front in Leeds.",
    ],
)
def test_duties_and_crashes_are_no_events(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "10", "18")


@pytest.mark.parametrize(
    "text",
    [
        "The United States said it had no role in the strikes and urged Iran not to respond.",
        "Russia said it had no role in the attack and urged calm on Monday.",
    ],
)
def test_a_negated_noun_phrase_does_not_reach_the_next_verb_group(
    extract: Extract, text: str
) -> None:
    appeals = rooted(extract(text), "02")
    assert appeals
    assert "negated" not in appeals[0].flags


@pytest.mark.parametrize(
    "text",
    [
        "Troops had not attacked and seized the town.",
        "Russia will not attack and seize Kyiv.",
    ],
)
def test_a_shared_operator_still_negates_both(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events
    assert all("negated" in e.flags for e in events)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("U.S. strikes on Iraq killed 10 fighters on Monday.", ("United States", "Iraq")),
        ("American airstrikes on Yemen killed at least 53 people.", ("United States", "Yemen")),
        (
            "U.S. airstrikes on Houthi rebels killed 20 people on Sunday.",
            ("United States", "Houthi"),
        ),
    ],
)
def test_an_attack_noun_s_on_phrase_is_its_target(
    extract: Extract, text: str, sides: tuple[str, str]
) -> None:
    force = rooted(extract(text), "19")
    assert force
    assert (force[0].roles.source, force[0].roles.target) == sides


def test_a_premodifier_alone_stays_the_doer(extract: Extract) -> None:
    force = rooted(extract("Israeli strikes on Gaza killed 40 people on Monday."), "19")
    assert force
    assert force[0].roles.source == "Israel"


def test_a_capital_accused_is_no_place(extract: Extract) -> None:
    body = "CHISINAU, Moldova — Moldova expelled a Russian diplomat on Monday after accusing Moscow of meddling."
    expelled = rooted(extract(body), "16")
    assert expelled
    assert expelled[0].location is not None
    assert expelled[0].location.place is not None
    assert expelled[0].location.place.country_code == "MD"


def test_a_sayer_named_by_its_pronoun_stays_the_patient(extract: Extract) -> None:
    arrests = rooted(
        extract("Former President Mikheil Saakashvili said he was arrested in Tbilisi."), "17"
    )
    assert arrests
    assert arrests[0].roles.target == "Mikheil Saakashvili"


def test_not_hesitating_to_strike_is_a_threat_made(extract: Extract) -> None:
    body = "Israel's military said it would not hesitate to strike if Hezbollah violated the deal."
    threats = rooted(extract(body), "13")
    assert threats
    assert "negated" not in threats[0].flags


@pytest.mark.parametrize(
    "text",
    [
        "A massive power outage hit Spain and Portugal on Monday.",
        "A blackout struck Chile on Tuesday, halting the metro.",
    ],
)
def test_an_outage_that_hits_uses_no_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "19")


def test_a_drone_that_hits_still_does(extract: Extract) -> None:
    assert rooted(extract("A Russian drone hit a power station in Kyiv on Monday."), "19")


def test_a_go_between_s_deal_is_no_place(extract: Extract) -> None:
    body = (
        "TEL AVIV, Israel (AP) — Hamas released 20 Israeli hostages on Monday under a"
        " U.S.-brokered ceasefire."
    )
    released = rooted(extract(body), "08")
    assert released
    assert released[0].location is not None
    assert released[0].location.place is not None
    assert released[0].location.place.country_code != "US"


@pytest.mark.parametrize(
    "body",
    [
        "ANKARA, Turkey (AP) — Turkey on Thursday condemned the interception of the Gaza aid"
        " flotilla.",
        "ANKARA, Turkey (AP) — Turkey on Thursday welcomed the Gaza ceasefire.",
    ],
)
def test_a_place_premodifying_what_is_spoken_of_is_not_where(extract: Extract, body: str) -> None:
    events = extract(body)
    assert events
    assert events[0].location is not None
    assert events[0].location.place is not None
    assert events[0].location.place.country_code == "TR"


def test_a_place_after_in_is_still_where_the_act_was(extract: Extract) -> None:
    events = rooted(extract("Israeli troops arrested 20 people in Jenin on Monday."), "17")
    assert events
    assert events[0].location is not None
    assert events[0].location.text == "Jenin"


def test_a_reason_adjunct_is_no_act_of_the_sentence(extract: Extract) -> None:
    body = (
        "SEOUL, South Korea — South Korea's parliament voted on Saturday to impeach President"
        " Yoon Suk Yeol over his short-lived declaration of martial law."
    )
    events = extract(body)
    assert events
    assert code(events[0]) == "172"
    assert events[0].roles.target == "Yoon Suk Yeol"
    assert not rooted(events, "1724")


def test_a_reason_without_a_possessive_is_read_as_before(extract: Extract) -> None:
    assert rooted(extract("Protesters rallied over the killing of a teenager on Monday."), "14")


def test_leaders_who_clash_disagree(extract: Extract) -> None:
    body = (
        "President Donald Trump and Ukrainian President Volodymyr Zelensky clashed in the"
        " Oval Office on Friday."
    )
    events = extract(body)
    assert events
    assert code(events[0]) == "110"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Indian and Chinese troops clashed in Ladakh on Friday.", "19"),
        ("Protesters clashed with police in Tbilisi on Friday.", "14"),
    ],
)
def test_armed_men_and_crowds_still_clash(extract: Extract, text: str, root: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert codes[0].startswith(root)


@pytest.mark.parametrize(
    "text",
    [
        "India has not responded to requests for her extradition.",
        "Iran did not respond to calls for talks with Washington.",
    ],
)
def test_what_an_answer_answers_is_no_act_of_the_answerer(extract: Extract, text: str) -> None:
    events = [e for e in extract(text) if "negated" not in e.flags]
    assert not rooted(events, "02", "06", "04")


def test_a_request_made_stays(extract: Extract) -> None:
    assert rooted(extract("Bangladesh requested her extradition on Monday."), "02")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Russia said it would hold talks with Ukraine at the Geneva summit on Monday.", "Geneva"),
        ("Two councils pledged help to small businesses in the Lancaster district.", "Lancaster"),
    ],
)
def test_a_place_that_names_where_things_are_stays(extract: Extract, body: str, name: str) -> None:
    events = extract(body)
    assert events
    assert events[0].location is not None
    assert events[0].location.text.startswith(name)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Pakistan vowed to respond to India's strikes on Wednesday.", "13"),
        ("Hamas said 70 people were killed and vowed to continue fighting.", "13"),
        ("Hezbollah confirmed his death and vowed to continue its fight against Israel.", "13"),
    ],
)
def test_a_vow_to_answer_or_go_on_with_force_is_a_threat(
    extract: Extract, text: str, root: str
) -> None:
    events = extract(text)
    assert rooted(events, root)
    assert not rooted(events, "03")


def test_a_union_s_strike_vowed_is_no_threat_of_force(extract: Extract) -> None:
    # stop 68 (lead68): the walkout vowed is a threat of protest, §133, as stop 57's history
    # said it would be; never §1384, a threat of force
    events = extract("The union said talks failed and vowed to continue the strike.")
    codes = [code(e) for e in rooted(events, "13")]
    assert codes == ["133"]


def test_strikes_that_drew_condemnation_leave_the_condemner_the_source(extract: Extract) -> None:
    body = "Israeli strikes on Iran's nuclear sites drew condemnation from Russia on Monday."
    condemned = rooted(extract(body), "11")
    assert condemned
    assert condemned[0].roles.source == "Russia"


def test_an_object_relative_s_antecedent_is_not_the_doer(extract: Extract) -> None:
    body = (
        "The Constitutional Court reinstated Prime Minister Han Duck-soo, whom lawmakers had"
        " impeached in December."
    )
    impeached = rooted(extract(body), "172")
    assert impeached
    assert impeached[0].roles.source != "Han Duck-soo"


@pytest.mark.parametrize(
    "text",
    [
        "A massive power outage hit Spain and Portugal on Monday, halting trains and shutting"
        " down airports.",
        "A power cut hit Kyiv on Monday, halting the metro.",
    ],
)
def test_an_outage_s_effects_are_no_acts(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "14", "17", "19")


def test_a_signing_under_a_brokered_deal_is_read(extract: Extract) -> None:
    body = "Rwanda and Congo signed a U.S.-brokered peace deal in Washington on Friday."
    events = extract(body)
    assert rooted(events, "057")
    assert not rooted(events, "045")


def test_a_claim_insisted_keeps_its_negation(extract: Extract) -> None:
    force = rooted(extract("Iran insisted it had not attacked Israeli civilians."), "19")
    assert force
    assert "negated" in force[0].flags


def test_a_demand_insisted_stays(extract: Extract) -> None:
    assert rooted(extract("Iran insisted Washington must lift the embargo."), "10")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli airstrikes on Tuesday threatened aid deliveries in Gaza, the UN said.",
        "The new tariffs threaten the trade talks between the EU and Washington.",
    ],
)
def test_strikes_or_tariffs_that_threaten_are_no_threat(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "13", "04")


def test_sanctions_threatened_by_a_state_stay_a_threat(extract: Extract) -> None:
    assert rooted(extract("Israel threatened new sanctions on Iran on Monday."), "13")


def test_a_deal_s_terms_are_not_where_it_was_brokered(extract: Extract) -> None:
    body = (
        "WASHINGTON (Reuters) — President Donald Trump brokered a deal at the White House on"
        " Friday under which a transit corridor through Armenia's Syunik province will link"
        " Azerbaijan to Nakhchivan."
    )
    events = rooted(extract(body), "04")
    assert events
    assert events[0].location is not None
    assert events[0].location.place is not None
    assert events[0].location.place.country_code == "US"


def test_a_refusal_to_ratify_is_no_ratification(extract: Extract) -> None:
    events = extract("The refusal to ratify the treaty angered Europe on Monday.")
    assert not rooted(events, "05")


def test_animals_slaughtered_are_no_mass_killing(extract: Extract) -> None:
    assert not rooted(extract("Farmers slaughtered 400,000 pigs after the outbreak."), "20")
    assert rooted(extract("Soldiers slaughtered villagers in the town on Monday."), "20")


def test_a_wish_to_meet_is_still_told(extract: Extract) -> None:
    assert extract("Putin said he wanted to meet Trump soon.")


def test_a_vote_to_impeach_impeaches(extract: Extract) -> None:
    events = rooted(extract("Parliament voted on Saturday to impeach Yoon Suk Yeol."), "172")
    assert events
    assert "planned" not in events[0].flags


def test_a_chemical_weapon_used_by_named_forces_is_used(extract: Extract) -> None:
    body = "Sarin was used by Syrian government forces in Ghouta, the OPCW said on Wednesday."
    assert rooted(extract(body), "2041")


def test_a_doer_s_claim_of_its_act_is_no_second_act(extract: Extract) -> None:
    body = (
        "BEIRUT (AP) — Hezbollah fired rockets at Haifa on Monday. The group said it targeted a"
        " military base."
    )
    assert len(rooted(extract(body), "19")) == 1


def test_a_follow_on_with_another_doer_stays_apart(extract: Extract) -> None:
    body = (
        "BEIRUT (AP) — Hezbollah fired rockets at Haifa on Monday. Israel said it struck"
        " Hezbollah positions in southern Lebanon."
    )
    assert len(rooted(extract(body), "19")) == 2


@pytest.mark.parametrize(
    ("body", "country"),
    [
        (
            "ISTANBUL (AP) — Israel intercepted a Turkish aid flotilla to Gaza on Wednesday off Cyprus.",
            "CY",
        ),
        ("Israel intercepted the Gaza aid flotilla on Monday off the coast of Egypt.", "EG"),
    ],
)
def test_a_flotilla_s_destination_is_not_where_it_was_stopped(
    extract: Extract, body: str, country: str
) -> None:
    events = rooted(extract(body), "19", "17")
    assert events
    assert events[0].location is not None
    assert events[0].location.place is not None
    assert events[0].location.place.country_code == country


def test_a_fronted_adjunct_with_an_initialism_names_no_subject(extract: Extract) -> None:
    body = "GAZA CITY (AP) — Despite U.S. pressure, Israel struck Khan Younis on Sunday."
    force = rooted(extract(body), "19")
    assert force
    assert force[0].roles.source == "Israel"


def test_a_warning_told_with_its_day_is_still_a_comment(extract: Extract) -> None:
    body = "The UN warned on Monday that the war could spread across the region."
    events = extract(body)
    assert not rooted(events, "13")


def test_a_vow_told_with_its_day_is_still_a_threat(extract: Extract) -> None:
    events = extract("Netanyahu vowed on Sunday to take mighty vengeance on Hamas.")
    assert rooted(events, "13")


def test_a_possessor_in_an_apposition_after_a_bare_name_is_no_subject(extract: Extract) -> None:
    body = "Vance, Trump's vice president, criticized European leaders in Munich on Friday."
    events = rooted(extract(body), "11")
    assert events
    assert events[0].roles.source != "Donald Trump"
