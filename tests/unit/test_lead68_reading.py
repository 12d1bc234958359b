"""Faults the lead found reading news of its own (stop 68), and the places and dates of the
fresh user's report (newuser68): a labour strike vowed read as a threat of force, a
conference or a ballot that closed read as a §172 sanction, the funeral of a protester read as
a protest, a date after an instrument ("killed by a rubber bullet on Friday") lost, a place
hit when a dam burst read as force, a trawler seized off an island read as land occupied, one
held in detention read as the jailer, a ban a parliament voted read as a plan because of a
"will" in the next clause, places of a charge, of an "after" clause or of a passive's agent
read as the act's, and an aside's act dated by the main clause. See docs/history/reading.md,
stop 68. Sentences written for these tests; each rule has near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A labour strike vowed is a threat of protest (§133), never of force (§1384)


@pytest.mark.parametrize(
    "text",
    [
        "Labour leaders vowed to continue the strike.",
        "The dockers' union vowed more strikes at the ports.",
        "Nurses vowed to continue their strike until pay is restored.",
    ],
)
def test_a_vowed_walkout_is_a_threat_of_protest(extract: Extract, text: str) -> None:
    codes = [code(e) for e in extract(text)]
    assert "133" in codes
    assert "1384" not in codes


@pytest.mark.parametrize(
    "text",
    ["The rebels vowed to continue fighting.", "The militia vowed more strikes on the capital."],
)
def test_vowed_force_stays_a_threat_of_force(extract: Extract, text: str) -> None:
    assert "1384" in [code(e) for e in extract(text)]


# 2. A gathering or a ballot that closes imposes nothing


@pytest.mark.parametrize(
    "text",
    [
        "The conference closed on Tuesday with a joint statement.",
        "Polls closed at 8 p.m. on Sunday.",
        "The parliamentary session closed on Friday.",
        "The summit, which opened in Rome on Monday, closed on Tuesday.",
    ],
)
def test_a_gathering_that_closed_is_no_sanction(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


@pytest.mark.parametrize(
    "text",
    [
        "The authorities closed the border crossing on Friday.",
        "The governor, who arrived on Monday, closed the schools on Tuesday.",
    ],
)
def test_an_actor_that_closes_still_imposes(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "17")


# 3. A protester named as whom a funeral or a burial is for is no protest


@pytest.mark.parametrize(
    "text",
    [
        "The funeral of a protester was held in Batumi on Tuesday.",
        "The protester, who was shot on Friday, was buried in Batumi on Tuesday.",
    ],
)
def test_the_protester_of_a_funeral_is_no_protest(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "14")


def test_protesters_who_rally_still_protest(extract: Extract) -> None:
    assert rooted(extract("Thousands of protesters rallied in Batumi on Tuesday."), "14")


# 4. A date after the instrument of a verb dates the verb


def test_a_date_after_the_instrument_dates_the_killing(extract: Extract) -> None:
    text = "A protester was killed by a rubber bullet on Friday in the capital."
    (ev,) = rooted(extract(text), "19")
    assert ev.when.start == ev.when.end == date(2026, 6, 12)


def test_a_date_after_the_weapon_fired_still_dates_it(extract: Extract) -> None:
    (ev,) = rooted(extract("Police fired rubber bullets on Friday."), "17")
    assert ev.when.start == date(2026, 6, 12)


# 5. A place hit when a dam burst was hit by the flood, not by force


@pytest.mark.parametrize(
    "text",
    [
        "The Orenburg region was also hit when a dam burst in Orsk on Friday.",
        "The town was hit hard when the river burst its banks on Friday.",
    ],
)
def test_a_place_hit_when_a_dam_burst_is_no_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "18", "19", "20")


def test_a_city_hit_when_missiles_struck_is_force(extract: Extract) -> None:
    text = "Kharkiv was hit when Russian missiles struck the city centre on Friday."
    assert rooted(extract(text), "19")


# 6. Boats seized off an island are property seized, not the island occupied


def test_boats_seized_off_an_island_are_no_land_occupied(extract: Extract) -> None:
    text = (
        "The coast guard detained nine fishermen and seized their boat off the island on Thursday."
    )
    codes = [code(e) for e in extract(text)]
    assert "192" not in codes
    assert "173" in codes


def test_an_island_seized_is_occupied(extract: Extract) -> None:
    assert "192" in [code(e) for e in extract("Rebels seized the island on Thursday.")]


# 7. One who has been in detention is the one held


def test_one_in_detention_is_the_target(extract: Extract) -> None:
    text = (
        "A court sentenced opposition leader Abir Moussi to 12 years in prison on Friday. "
        "Moussi has been in detention since October 2023."
    )
    (ev,) = rooted(extract(text), "173")
    assert ev.roles.target == "Abir Moussi"
    assert ev.roles.source != "Abir Moussi"


# 8. A ban a parliament voted is done; a "will" of the next clause is that clause's


def test_a_voted_ban_is_no_plan_beside_a_future_clause(extract: Extract) -> None:
    text = (
        "Parliament voted on Tuesday to ban the march, and police will be allowed to use "
        "facial recognition."
    )
    (ev,) = rooted(extract(text), "172")
    assert "planned" not in ev.flags


def test_a_vote_still_to_come_is_planned(extract: Extract) -> None:
    events = extract("Parliament will vote on Tuesday to ban the march.")
    assert events
    assert all("planned" in e.flags for e in events)


# 9. Places that are not the act's: a charge, an "after" clause, a passive's agent


@pytest.mark.parametrize(
    "text",
    [
        "Police in Sri Lanka arrested the former minister on Friday over allegations that he "
        "used state funds for a trip to London.",
    ],
)
def test_a_place_of_the_charge_is_not_the_arrest(extract: Extract, text: str) -> None:
    (ev,) = rooted(extract(text), "173")
    assert where(ev)[1] != "GB"


def test_a_place_before_the_charge_stays(extract: Extract) -> None:
    text = "Police arrested the former minister in London on Friday over allegations of fraud."
    (ev,) = rooted(extract(text), "173")
    assert where(ev)[0] == "London"


def test_a_place_of_an_after_clause_is_that_clause_s(extract: Extract) -> None:
    text = (
        "Azerbaijan cancelled a visit by a Russian minister on Monday after two Azerbaijani "
        "men died during police raids in Yekaterinburg."
    )
    (ev,) = rooted(extract(text), "16")
    assert where(ev)[1] != "RU"


def test_a_place_before_an_after_clause_stays(extract: Extract) -> None:
    text = "Police arrested two men in Yekaterinburg on Monday after a brawl broke out in Perm."
    (ev,) = rooted(extract(text), "173")
    assert where(ev)[0] == "Yekaterinburg"


def test_a_capital_as_a_passive_s_agent_is_no_place(extract: Extract) -> None:
    text = "Muizzu demanded that India withdraw the troops who fly aircraft donated by New Delhi."
    events = rooted(extract(text), "10")
    assert events
    assert all(where(e)[0] != "New Delhi" for e in events)


def test_a_place_after_an_agent_that_is_no_place_stays(extract: Extract) -> None:
    text = "Protesters backed by the opposition marched in New Delhi on Sunday."
    (ev,) = real(extract(text), "14")
    assert where(ev)[0] == "New Delhi"


# 10. An act told in a relative aside is dated by the aside's own date


def test_an_aside_s_act_takes_the_aside_s_date(extract: Extract) -> None:
    text = (
        "Lawmakers elected a new prime minister on Thursday, replacing the premier, who had "
        "signed a security pact with China in 2022."
    )
    (ev,) = rooted(extract(text), "05")
    assert ev.when.start.year == 2022


def test_an_aside_without_a_date_leaves_the_main_act_s_day(extract: Extract) -> None:
    text = "The premier, who arrived on Monday, signed a security pact with China on Thursday."
    (ev,) = rooted(extract(text), "05")
    assert ev.when.start == date(2026, 6, 18)


def test_a_date_in_an_after_clause_is_not_the_act_s(extract: Extract) -> None:
    text = (
        "About 30 fighters burned their weapons on Friday near Sulaimaniyah. The ceremony marks "
        "the start of the PKK's disarmament, after its jailed founder Abdullah Ocalan called in "
        "February for the group to disband."
    )
    assert all(e.when.start.month != 2 for e in rooted(extract(text), "08"))


def test_an_act_dated_in_its_own_clause_keeps_it(extract: Extract) -> None:
    (ev,) = rooted(extract("The group began to disarm in February."), "08")
    assert ev.when.start.month == 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A farm worker was arrested by Danbury police on Monday.", "Danbury"),
        ("Pilgrimage to Saudi Arabia was banned by Iran on Monday.", "Iran"),
    ],
)
def test_an_agent_that_names_a_body_or_the_trigger_s_own_stays(
    extract: Extract, text: str, place: str
) -> None:
    (ev,) = rooted(extract(text), "17")
    assert where(ev)[0] == place


# 11. The crime a charge or a warrant names is no happening told


@pytest.mark.parametrize(
    "text",
    [
        "The former president is hiding to avoid arrest on a warrant for statutory rape.",
        "The commander faces charges of sexual assault.",
    ],
)
def test_the_crime_of_a_charge_is_no_assault(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "18", "19", "20")


@pytest.mark.parametrize(
    "text",
    [
        "Two women were raped in the village on Monday.",
        "Gunmen assaulted two police officers in the town on Monday.",
    ],
)
def test_an_assault_told_stays(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "18", "19", "20")


# 12. Nationalities coordinated before a noun ("the U.S. and French embassies") are no place


def test_coordinated_nationalities_are_no_place(extract: Extract) -> None:
    text = (
        "A strong earthquake struck near Port Vila on Monday, killing 14 people and damaging "
        "the U.S. and French embassies."
    )
    events = extract(text)
    assert events
    assert all(where(e)[1] != "US" for e in events)


def test_a_country_before_and_a_verb_stays_a_place(extract: Extract) -> None:
    text = (
        "West African leaders imposed sanctions on Niger on Sunday and gave its military "
        "rulers one week to step down."
    )
    assert any(where(e)[1] == "NE" for e in rooted(extract(text), "16"))


# 13. One carried somewhere makes no visit; a former leader named in lower case is a person


def test_one_flown_somewhere_makes_no_visit(extract: Extract) -> None:
    text = "The former leader was arrested on Tuesday and flown to The Hague hours later."
    assert not rooted(extract("He was flown to The Hague on Tuesday."), "04")
    assert not rooted(extract(text), "04")


def test_one_who_flies_somewhere_visits(extract: Extract) -> None:
    assert rooted(extract("The president flew to Paris on Monday."), "042")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former president Rodrigo Duterte was arrested on Tuesday.", "Rodrigo Duterte"),
        ("Former Pakistani prime minister Imran Khan was arrested on Tuesday.", "Imran Khan"),
    ],
)
def test_a_former_leader_in_lower_case_is_the_person(
    extract: Extract, text: str, name: str
) -> None:
    (ev,) = rooted(extract(text), "173")
    assert ev.roles.target == name


def test_a_day_after_a_title_is_no_name(extract: Extract) -> None:
    events = extract("The envoy met the president Monday in Kyiv.")
    assert events
    assert all("Monday" not in e.actors for e in events)


# 14. "five months after X" puts X five months before the main clause's day; a flyover is
# a show of force


def test_months_after_count_back_from_the_main_day(extract: Extract) -> None:
    text = (
        "Thousands attended the funeral of the militia's leader in Beirut on Sunday, five "
        "months after he was killed in an air strike."
    )
    (ev,) = rooted(extract(text), "19")
    assert (ev.when.start, ev.when.end) == (date(2026, 1, 1), date(2026, 1, 31))


def test_days_after_still_count_days(extract: Extract) -> None:
    text = "The ship lay at anchor on Saturday, a day after commandos boarded it."
    (ev,) = rooted(extract(text), "17")
    assert ev.when.start == date(2026, 6, 12)


def test_warplanes_flying_over_show_force(extract: Extract) -> None:
    text = "Warplanes flew low over the stadium during the ceremony on Sunday."
    assert [code(e) for e in extract(text)] == ["150"]


def test_warplanes_that_struck_use_force(extract: Extract) -> None:
    assert rooted(extract("Warplanes struck targets near the border on Sunday."), "19")


def test_a_signed_letter_of_intent_is_an_agreement(extract: Extract) -> None:
    text = "France and Ukraine signed a letter of intent on Monday for the sale of 100 jets."
    assert "057" in [code(e) for e in extract(text)]


def test_a_letter_sent_is_no_agreement(extract: Extract) -> None:
    text = "The union sent a letter to the minister on Monday."
    assert "057" not in [code(e) for e in extract(text)]


def test_a_deadline_past_an_appositive_dates_no_act(extract: Extract) -> None:
    """A guard for fix68c's wildfire verbs: "by Friday" closes the order's infinitive even
    past an appositive, so the fire is not dated to the Friday gone."""
    text = (
        "Authorities ordered all 20,000 residents of the town, the region's capital, to "
        "evacuate by Friday as a wildfire advanced toward it."
    )
    events = extract(text)
    assert all(not (e.when.start == e.when.end == date(2026, 6, 12)) for e in events)


def test_an_honorific_after_a_title_is_no_name(extract: Extract) -> None:
    text = "The council asked the manager to meet with college president Dr. Pam Anglin."
    events = extract(text)
    assert events
    assert all("Dr" not in e.actors for e in events)


# 15. Mended after the testers (newuser68t): a flyover is where it flew; a bare "on
# suspicion of fraud in Abuja" may be where the arrest was; a relative's own subject is its
# antecedent; a country as the nationality of what is near is no place; a vow's day
# before its infinitive; custody with the keeper's nationality


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Israeli warplanes flew over Beirut on Saturday.", "LB"),
        ("Chinese warplanes flew near Taiwan on Saturday.", "TW"),
    ],
)
def test_a_flyover_is_placed_where_it_flew(extract: Extract, text: str, country: str) -> None:
    (ev,) = rooted(extract(text), "15")
    assert code(ev) == "150"
    assert where(ev)[1] == country


def test_a_missile_fired_over_a_country_is_not_placed_there(extract: Extract) -> None:
    events = rooted(extract("North Korea fired a missile over Japan on Tuesday."), "15")
    assert events
    assert all(where(e)[1] != "JP" for e in events)


def test_a_place_after_a_bare_charge_may_be_the_arrest_s(extract: Extract) -> None:
    text = "Police detained a businessman on suspicion of fraud in Abuja on Monday."
    (ev,) = rooted(extract(text), "173")
    assert where(ev)[0] == "Abuja"


@pytest.mark.parametrize(
    "text",
    [
        "The Senate hearing, which closed on Thursday, heard from the interior minister.",
        "The conclave, which closed on Thursday, chose a new leader.",
    ],
)
def test_a_gathering_closed_in_its_own_relative_is_no_sanction(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "17")


def test_outside_a_country_s_embassy_is_not_that_country(extract: Extract) -> None:
    text = "Protesters gathered outside the U.S. embassy on Monday."
    assert all(where(e)[1] != "US" for e in rooted(extract(text), "14"))


def test_a_vow_with_its_day_before_the_infinitive(extract: Extract) -> None:
    text = "Doctors vowed on Monday to continue the strike despite a court order."
    assert "133" in [code(e) for e in extract(text)]


def test_held_in_a_nation_s_custody_is_the_target(extract: Extract) -> None:
    (ev,) = rooted(extract("Two U.S. soldiers remain in Russian custody."), "173")
    assert ev.roles.target == "United States"
    assert ev.roles.source != "United States"


# 16. Mended after the testers (newuser68u): a counted noun is no present verb; goods that
# arrive make no visit; drilling for oil is no drill; a toll's year holds its hazard


def test_a_counted_noun_is_no_timetable_present(extract: Extract) -> None:
    (ev,) = extract("Heavy rains burst two dams near the capital on Saturday.")
    assert "planned" not in ev.flags
    assert ev.when.start == date(2026, 6, 13)


def test_aid_that_arrived_is_no_visit(extract: Extract) -> None:
    codes = [code(e) for e in extract("Aid provided by Japan arrived in Kyiv on Thursday.")]
    assert "042" not in codes


def test_a_delegation_that_arrived_visits(extract: Extract) -> None:
    assert "042" in [code(e) for e in extract("The delegation arrived in Kyiv on Thursday.")]


def test_oil_drilling_condemned_is_no_exercise(extract: Extract) -> None:
    text = "Venezuela condemned Exxon's drilling off Guyana on Thursday."
    assert not rooted(extract(text), "15")


def test_a_toll_of_a_year_dates_the_hazard_in_that_year(extract: Extract) -> None:
    text = "The death toll from the fires around Lahaina in 2023 reached 102."
    for ev in extract(text):
        assert (ev.when.start, ev.when.end) == (date(2023, 1, 1), date(2023, 12, 31))


# 17. An act a reaction judges is not placed where the reaction was filed


def test_a_judged_act_is_not_at_the_reactor_s_dateline(extract: Extract) -> None:
    body = "ROME — Italy welcomed the arrest of a mafia boss by French police on Tuesday."
    arrests = rooted(extract(body), "173")
    assert arrests
    assert all(where(e)[1] != "IT" for e in arrests)


def test_a_judged_act_with_its_own_place_keeps_it(extract: Extract) -> None:
    body = "ROME — Italy condemned the arrest of a journalist in Minsk on Tuesday."
    arrests = rooted(extract(body), "173")
    assert arrests
    assert all(where(e)[0] == "Minsk" for e in arrests)
