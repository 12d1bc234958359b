"""Rules of the lead's reading round of Dec 1 (stop 28), each with a near miss the rule must
leave alone. The sentences are written for these tests. Publication is a Thursday,
2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def only(events: list[Event]) -> Event:
    assert len(events) == 1, events
    return events[0]


# ------------------------------------------------ a relative clause's date


def test_a_date_inside_a_relative_clause_after_the_noun_is_not_the_event_s(
    extract: Extract,
) -> None:
    # Quirk et al. 1985, 17.22: the clause tells what else befell the talks
    ev = only(
        real(extract("The talks, which stalled in March, resumed in Vienna on Monday."), "04")
    )
    assert (ev.when.start, ev.when.precision) == (date(2026, 6, 15), 1)


def test_near_miss_a_relative_clause_that_holds_the_only_date(extract: Extract) -> None:
    ev = only(
        real(extract("The summit, which opened in Lima on Monday, ended without a deal."), "04")
    )
    assert ev.when.start == date(2026, 6, 15)


def test_near_miss_a_date_after_the_clause_closes_on_a_verb(extract: Extract) -> None:
    ev = only(real(extract("Police detained the driver, who had fled, in Accra on Tuesday."), "17"))
    assert ev.when.start == date(2026, 6, 16)


# ------------------------------------------------ aid received


@pytest.mark.parametrize(
    ("text", "root", "giver", "receiver"),
    [
        ("Moldova received military aid from France on Monday.", "072", "FR", "MD"),
        ("Chad received humanitarian aid from Qatar on Monday.", "073", "QA", "TD"),
    ],
)
def test_aid_received_is_the_giver_s_act(
    extract: Extract, text: str, root: str, giver: str, receiver: str
) -> None:
    # CAMEO 1.1b3 §07: the one who provides is the source; §043 is for a guest received
    ev = only(real(extract(text), "0"))
    assert code(ev) == root
    assert (ev.roles.source_country, ev.roles.target_country) == (giver, receiver)


def test_near_miss_a_guest_received_is_still_hosted(extract: Extract) -> None:
    ev = only(real(extract("Erdogan received the Iraqi prime minister in Ankara on Monday."), "04"))
    assert code(ev) == "043"


# ------------------------------------------------ where a mover went


def test_where_unnamed_gunmen_went_is_not_who_attacked(extract: Extract) -> None:
    ev = only(
        real(extract("Gunmen crossed into Benin and attacked a border post on Sunday."), "18", "19")
    )
    assert ev.roles.source_country != "BJ"
    assert where(ev)[1] == "BJ"


def test_near_miss_the_named_subject_of_a_crossing_still_acts(extract: Extract) -> None:
    text = "Sudanese troops crossed into Chad and attacked a camp on Sunday."
    ev = only(real(extract(text), "18", "19"))
    assert ev.roles.source_country == "SD"


# ------------------------------------------------ a posture, then force


def test_force_used_after_a_posture_is_the_sentence_s_event(extract: Extract) -> None:
    # CAMEO 1.1b3 §15 is force shown, not used
    ev = only(extract("Troops massed near the border and shelled the town of Kharkiv on Sunday."))
    assert code(ev).startswith("19")


def test_near_miss_a_posture_alone_stays_one(extract: Extract) -> None:
    ev = only(extract("Troops massed near the border with Ukraine on Sunday."))
    assert code(ev).startswith("15")


def test_near_miss_a_threat_to_use_force_after_a_posture_is_no_force(extract: Extract) -> None:
    events = extract("Russia deployed troops to the border and threatened to attack Ukraine.")
    assert not real(events, "18", "19", "20")


# ------------------------------------------------ a fire aboard


@pytest.mark.parametrize(
    "text",
    [
        "A fire on the ferry killed four passengers off the coast of Bali on Friday.",
        "A blaze aboard a cargo ship killed two crew members in the Red Sea on Friday.",
    ],
)
def test_a_fire_aboard_a_vessel_is_an_accident_not_force(extract: Extract, text: str) -> None:
    # EM-DAT (CRED) technological: transport accident
    events = extract(text)
    assert not real(events, "18", "19", "20")
    assert [code(e) for e in events] == ["DIS-TRANSPORT"]


def test_near_miss_fire_opened_on_a_ship_is_force(extract: Extract) -> None:
    events = extract("Pirates opened fire on a cargo ship in the Gulf of Aden on Friday.")
    assert real(events, "18", "19")


# ------------------------------------------------ a reciprocal verb's joint subject


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Armenia and Azerbaijan clashed along their border on Thursday.", ("AM", "AZ")),
        ("Sudanese and Chadian troops exchanged fire near Adre on Thursday.", ("SD", "TD")),
    ],
)
def test_a_reciprocal_verb_s_joint_subject_is_both_sides(
    extract: Extract, text: str, sides: tuple[str, str]
) -> None:
    # Levin 1993 §2.5.4: "X and Y clashed" is X clashed with Y
    ev = only(real(extract(text), "19"))
    assert (ev.roles.source_country, ev.roles.target_country) == sides


def test_near_miss_allies_striking_together_are_not_each_other_s_target(
    extract: Extract,
) -> None:
    ev = only(real(extract("French and Malian troops attacked a militant camp on Thursday."), "19"))
    assert ev.roles.target_country != "ML"


# ------------------------------------------------ QA11's classes: near misses of the rules


def test_an_official_report_with_a_reporter_s_disclaimer_stays_told(extract: Extract) -> None:
    # FactBank: the officials commit to it; only a bare "claimed" with the disclaimer is PS
    text = "Officials said drones struck a depot in Kherson on Monday, but AFP could not verify it."
    assert real(extract(text), "19")


def test_a_claim_without_a_disclaimer_stays_told(extract: Extract) -> None:
    text = "The rebels claimed they had shot down an army helicopter near Goma on Monday."
    assert real(extract(text), "19")


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry said there was no truth to reports of an attack on the convoy.",
        "Unverified videos showed soldiers beating detainees in Kassala.",
    ],
)
def test_untrue_or_unconfirmed_reports_make_no_confident_force(extract: Extract, text: str) -> None:
    assert not real(extract(text), "18", "19", "20")


def test_an_order_with_an_infinitive_leaves_the_act_undone(extract: Extract) -> None:
    # FactBank 1.0: an order's complement is uncommitted
    assert not real(extract("The general ordered his men to storm the airport."), "18", "19")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Washington ordered air strikes on militia bases in Syria on Sunday.", "19"),
        ("Troops were ordered to withdraw from the buffer zone on Sunday.", "08"),
    ],
)
def test_near_miss_an_order_of_acts_or_a_passive_order(
    extract: Extract, text: str, root: str
) -> None:
    assert real(extract(text), root)


def test_a_negation_ends_at_but(extract: Extract) -> None:
    # NegEx (Chapman et al. 2001): the scope ends at the clause boundary
    text = "Riot police had not fired on the crowd in Dakar but had used tear gas on Monday."
    assert real(extract(text), "17")


def test_near_miss_a_negation_with_a_different_act_after_but(extract: Extract) -> None:
    events = extract("Police did not fire tear gas but warned the crowd to leave on Monday.")
    assert not real(events, "17")


def test_not_until_a_date_places_the_act_at_the_date(extract: Extract) -> None:
    ev = only(extract("The navy did not shell the port until Monday."))
    assert "negated" not in ev.flags
    assert ev.when.start == date(2026, 6, 15)


def test_near_miss_not_on_a_date_stays_negated(extract: Extract) -> None:
    ev = only(extract("The navy did not shell the port on Monday."))
    assert "negated" in ev.flags


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish embassy in Berlin protested the arrest of two journalists.",
        "The Indian foreign ministry protested the detention of the fishermen.",
    ],
)
def test_an_envoy_s_protest_is_an_official_complaint(extract: Extract, text: str) -> None:
    # CAMEO 1.1b3 §114 complain officially, not §14 civilian protest
    events = extract(text)
    assert [code(e)[:2] for e in events] == ["11"]


@pytest.mark.parametrize(
    "text",
    [
        "Embassy staff joined students who rallied in Vienna on Monday.",
        "Nurses protested outside the health ministry in Lima on Monday.",
    ],
)
def test_near_miss_crowds_near_an_embassy_or_ministry_still_protest(
    extract: Extract, text: str
) -> None:
    assert real(extract(text), "14")


# ------------------------------------------------ third parties, deniers, a plan's date


def test_near_miss_the_mediator_as_subject_still_mediates(extract: Extract) -> None:
    ev = only(
        real(extract("Oman mediated talks between Iran and the United States on Monday."), "04")
    )
    assert code(ev) == "045"


def test_a_mediator_after_by_is_no_side(extract: Extract) -> None:
    text = "Sudan and South Sudan agreed on Monday to reopen the oil pipeline in talks hosted by Kenya."
    assert all("KE" not in (e.roles.source_country, e.roles.target_country) for e in extract(text))


def test_near_miss_a_passive_agent_still_acts(extract: Extract) -> None:
    ev = only(real(extract("Two fishermen were detained by Eritrea on Monday."), "17"))
    assert ev.roles.source_country == "ER"


def test_who_denies_it_after_the_act_is_no_target(extract: Extract) -> None:
    text = "Azerbaijan says Armenia shelled a village near Lachin; Yerevan denies it."
    assert all(e.roles.target_country != "AM" for e in rooted_all(extract(text), "19"))


def rooted_all(events: list[Event], root: str) -> list[Event]:
    found = [e for e in events if code(e).startswith(root)]
    assert found, events
    return found


def test_a_date_of_the_rally_a_ban_names_is_not_the_ban_s(extract: Extract) -> None:
    ev = only(real(extract("Police banned the march planned for Sunday in Tirana."), "17"))
    assert ev.when.end <= date(2026, 6, 18)


def test_near_miss_a_plan_s_date_right_after_its_noun_stays(extract: Extract) -> None:
    events = extract("The march planned for Sunday in Tirana was called off.")
    assert [e.when.start.weekday() for e in events if code(e).startswith("14")] == [6]


# ------------------------------------------------ QA11's dates


def test_a_feast_the_package_marks_estimated_is_still_read(extract: Extract) -> None:
    # the holidays package names lunar feasts it computes ahead "X (estimated)"
    ev = only(real(extract("The king pardoned 500 prisoners on Eid al-Adha in Rabat."), "0"))
    assert ev.when.precision == 1
    assert ev.when.start.month in (5, 6)


def test_an_act_done_on_a_day_after_publication_is_last_year_s(extract: Extract) -> None:
    ev = only(real(extract("Police detained 15 students in Ankara on July 2."), "17"))
    assert ev.when.start == date(2025, 7, 2)


def test_near_miss_a_meeting_agreed_for_a_day_ahead_stays_ahead(extract: Extract) -> None:
    events = extract("The two ministers agreed to meet in Ankara on July 2.")
    assert all(e.when.start.year == 2026 for e in events)


def test_the_eve_of_a_dated_happening_is_the_day_before(extract: Extract) -> None:
    text = "Rebels shelled Goma on the eve of the peace talks in Luanda on Sunday."
    ev = only(real(extract(text), "19"))
    assert ev.when.start == date(2026, 6, 13)


def test_near_miss_a_day_without_an_eve_stays(extract: Extract) -> None:
    ev = only(real(extract("Rebels shelled Goma on Sunday."), "19"))
    assert ev.when.start == date(2026, 6, 14)


def test_every_broker_of_a_list_is_no_side(extract: Extract) -> None:
    text = (
        "Serbia and Kosovo signed a deal on Monday after talks brokered by France and the "
        "United States."
    )
    sides = {c for e in extract(text) for c in (e.roles.source_country, e.roles.target_country)}
    assert not sides & {"FR", "US"}


@pytest.mark.parametrize(
    "text",
    [
        "The US protested the seizure of the tanker on Monday.",
        "Burma protested to Thailand over the shelling on Monday.",
    ],
)
def test_a_state_named_by_another_name_protests_officially(extract: Extract, text: str) -> None:
    # aliases.csv: "US", "Burma" name the state, as "United States" and "Myanmar" do
    events = extract(text)
    assert real(events, "114")
    assert not real(events, "14")


@pytest.mark.parametrize(
    "text",
    [
        "Americans protested outside the embassy in Paris on Monday.",
        "US students protested the war on Monday.",
    ],
)
def test_near_miss_a_state_s_people_still_protest(extract: Extract, text: str) -> None:
    assert real(extract(text), "14")


# ------------------------------------------------ what befell a protest's crowd


def test_what_befell_the_protesters_carries_the_protest_s_day_and_place(extract: Extract) -> None:
    # ACE 2005 event coreference: "the protesters" are the march's crowd
    body = (
        "Thousands of teachers marched through Lusaka on Tuesday over unpaid wages. "
        "Police fired tear gas at the protesters outside the education ministry."
    )
    gas = only(real(extract(body), "17"))
    assert gas.when.start == date(2026, 6, 16)
    assert where(gas)[0] == "Lusaka"


def test_near_miss_the_protesters_of_no_protest_told_keep_the_week(extract: Extract) -> None:
    body = (
        "Rebels attacked an army post near Beni on Tuesday. "
        "Police fired tear gas at the protesters in Lusaka."
    )
    gas = only(real(extract(body), "17"))
    assert "date_inferred" in gas.flags


def test_the_city_of_the_story_places_an_act_that_names_none(extract: Extract) -> None:
    body = (
        "GOMA, June 17 - Rebels shelled a camp outside Bunia on Tuesday. "
        "The army said its jets had struck rebel positions north of the city."
    )
    strike = only(real(extract(body), "195"))
    assert where(strike)[0] == "Bunia"


def test_near_miss_the_city_of_an_earlier_paragraph_is_out_of_reach(extract: Extract) -> None:
    body = (
        "GOMA, June 17 - Rebels shelled a camp outside Bunia on Tuesday. "
        "Aid agencies said food was running short. Schools stayed closed. "
        "Markets were empty. The army said its jets had struck rebel positions north of the city."
    )
    strikes = real(extract(body), "195")
    assert all(where(e)[0] != "Bunia" for e in strikes)


def test_a_war_s_running_total_after_a_relative_clause_is_no_event(extract: Extract) -> None:
    text = "The war, which began in April 2023, has killed tens of thousands of people."
    assert not rooted_all_or_none(extract(text), "19")


def rooted_all_or_none(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if code(e).startswith(root)]


def test_a_clause_s_own_day_outranks_a_loose_count_after(extract: Extract) -> None:
    text = (
        "The tanker sank off Hodeidah last Saturday, nearly two weeks after it was hit by "
        "a drone on 1 June."
    )
    hit = [e for e in extract(text) if code(e).startswith(("18", "19"))]
    assert [e.when.start for e in hit] == [date(2026, 6, 1)]


def test_near_miss_a_count_alone_still_dates_the_clause(extract: Extract) -> None:
    text = "The tanker sank off Hodeidah last Saturday, two weeks after it was hit by a drone."
    hit = [e for e in extract(text) if code(e).startswith(("18", "19"))]
    # two weeks before Saturday 13 June, at the week's grain (dates86: a count of weeks is
    # approximate, ACLED time precision 2)
    assert [(e.when.start, e.when.end) for e in hit] == [(date(2026, 5, 25), date(2026, 5, 31))]


def test_a_vague_running_toll_is_no_event(extract: Extract) -> None:
    text = "Thousands of people have been killed, and millions have fled to Chad and Uganda."
    assert not rooted_all_or_none(extract(text), "19")


def test_near_miss_a_toll_with_its_place_and_span_is_news(extract: Extract) -> None:
    assert real(extract("Dozens of civilians have been killed in Nyala since Monday."), "19")


def test_yesterday_after_the_object_dates_the_verb(extract: Extract) -> None:
    ev = only(real(extract("The African Union condemned the coup yesterday."), "11"))
    assert ev.when.start == date(2026, 6, 17)


def test_a_count_runs_from_the_main_clause_s_own_day(extract: Extract) -> None:
    # told on a Tuesday, the drills merge with the report of them dated yesterday (Monday);
    # "three days after" still counts from the Saturday its clause names
    body = (
        "The Chinese navy said yesterday it had wrapped up three days of drills around Taiwan. "
        "The drills began on Saturday, three days after the two leaders met in Manila."
    )
    met = [e for e in extract(body, pub="2026-06-16") if code(e).startswith("04")]
    assert [e.when.start for e in met] == [date(2026, 6, 10)]


# ------------------------------------------------ "the capital" in a story filed from it


def test_the_capital_in_a_story_filed_from_the_capital_is_that_city(extract: Extract) -> None:
    ev = only(
        real(
            extract("LIMA — Riot police fired tear gas at protesters in the capital on Tuesday."),
            "17",
        )
    )
    assert where(ev) == ("Lima", "PE")


def test_near_miss_the_capital_in_a_story_filed_elsewhere_is_not_guessed(extract: Extract) -> None:
    events = real(
        extract("CUSCO — Riot police fired tear gas at protesters in the capital on Tuesday."), "17"
    )
    assert all(where(e)[0] != "Lima" for e in events)


def test_near_miss_the_capital_of_another_place_is_not_the_dateline(extract: Extract) -> None:
    events = real(
        extract(
            "LIMA — Riot police fired tear gas at protesters in the capital of Bolivia on Tuesday."
        ),
        "17",
    )
    assert all(where(e)[0] != "Lima" for e in events)


def test_a_place_in_the_happening_an_event_is_ranked_against_is_not_its_place(
    extract: Extract,
) -> None:
    text = (
        "Floods swept through Pakistan's Sindh province on Tuesday, the worst since the "
        "Peshawar floods of 2010."
    )
    ev = only(extract(text))
    assert where(ev)[0] != "Peshawar"


def test_near_miss_a_place_hit_for_the_first_time_in_years_is_the_place(extract: Extract) -> None:
    ev = only(extract("The quake was the strongest to hit Izmir since 1999."))
    assert "zmir" in (where(ev)[0] or "")


def test_the_territory_of_the_story_and_a_capital_as_government(extract: Extract) -> None:
    body = (
        "Riots have shaken French Polynesia for a week. "
        "Paris declared a curfew in the territory on Monday and sent police reinforcements."
    )
    ev = only(real(extract(body), "17"))
    assert where(ev)[1] == "PF"


def test_near_miss_a_capital_struck_is_the_place(extract: Extract) -> None:
    ev = only(real(extract("Kyiv was struck by Russian missiles on Monday."), "19"))
    assert where(ev)[0] == "Kyiv"


def test_an_act_told_after_a_month_s_clause_lies_before_that_month(extract: Extract) -> None:
    text = "Helsinki joined the alliance in April 2023, after Russia invaded Ukraine."
    ev = only(real(extract(text), "19"))
    assert ev.when.start <= date(2023, 1, 1)
    assert ev.when.end == date(2023, 4, 30)


def test_near_miss_an_act_told_after_a_day_s_clause_keeps_that_day(extract: Extract) -> None:
    text = "The talks broke off in Doha on Monday after rebels shelled a convoy."
    ev = only(real(extract(text), "19"))
    assert (ev.when.start, ev.when.end) == (date(2026, 6, 15), date(2026, 6, 15))
