"""The reader rules the lead added in stop 32, for the kinds of fault QA16 found reading whole
wire articles, each with sentences written for these tests (none from an evaluation set) and
a near miss the rule must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.summary import summarise
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, where

SATURDAY, SUNDAY, MONDAY = date(2026, 6, 13), date(2026, 6, 14), date(2026, 6, 15)
TUESDAY, WEDNESDAY = date(2026, 6, 16), date(2026, 6, 17)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def told(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


# ---------------------------------------------------------------- one person, two towns


def test_one_persons_meetings_in_two_towns_a_day_apart_are_two_events(extract: Extract) -> None:
    events = extract(
        "Indian Prime Minister Narendra Modi arrived in Nairobi on Wednesday for a two-day "
        "visit.\n\nOn Tuesday, Modi met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa."
    )
    arrival, meeting = told(events, "Nairobi"), told(events, "Addis Ababa")
    assert arrival
    assert meeting
    assert arrival != meeting
    assert (where(meeting[0])[1], meeting[0].when.start) == ("ET", TUESDAY)


def test_one_persons_visit_told_twice_in_one_town_stays_one_event(extract: Extract) -> None:
    events = extract(
        "Indian Prime Minister Narendra Modi arrived in Nairobi on Wednesday for a two-day "
        "visit.\n\nModi visited Nairobi's main port on Thursday."
    )
    visits = [e for e in events if code(e).startswith("04")]
    assert len({(e.when.start, where(e)) for e in visits}) <= 2
    assert all(where(e)[1] == "KE" for e in visits)


# ---------------------------------------------------------------- agent nouns


def test_talks_with_the_hijackers_are_talks_not_a_hijacking(extract: Extract) -> None:
    events = extract("Officials said on Tuesday that talks with the hijackers had begun.")
    assert not real(events, "18")


def test_hijackers_seizing_a_bus_are_still_a_hijacking(extract: Extract) -> None:
    assert real(extract("Hijackers seized a bus carrying 30 pilgrims on Tuesday."), "18")


# ---------------------------------------------------------------- rescue


def test_a_coast_guard_rescuing_migrants_is_humanitarian_aid(extract: Extract) -> None:
    events = real(extract("The Greek coast guard rescued 48 migrants on Monday."), "07")
    assert [(code(e), e.when.start) for e in events] == [("073", MONDAY)]


def test_rescuing_a_bank_is_no_humanitarian_aid(extract: Extract) -> None:
    events = extract("The government set up a fund to rescue the struggling bank.")
    assert not [e for e in events if code(e) == "073"]


# ---------------------------------------------------------------- a site told before


def test_the_hospital_is_the_one_the_story_named(extract: Extract) -> None:
    events = extract(
        "NAIROBI, Kenya (AP) — Gunmen stormed a hospital in Beni on Monday.\n\n"
        "Troops retook the hospital after a gunfight on Tuesday."
    )
    retaken = told(events, "retook")
    assert retaken
    assert where(retaken[0])[0] == "Beni"


def test_a_site_the_story_never_named_keeps_the_fallback(extract: Extract) -> None:
    events = extract(
        "NAIROBI, Kenya (AP) — Gunmen stormed a hospital in Beni on Monday.\n\n"
        "Troops retook the airport after a gunfight on Tuesday."
    )
    retaken = told(events, "retook")
    assert retaken
    assert where(retaken[0])[0] != "Beni"


# ---------------------------------------------------------------- name-calling


@pytest.mark.parametrize(
    "text",
    [
        'The prime minister called the union leaders "saboteurs" on Monday.',
        "The prime minister branded the union leaders traitors on Monday.",
    ],
)
def test_branding_people_traitors_is_a_denunciation(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [code(e) for e in events] == ["111"]


def test_calling_for_elections_is_no_denunciation(extract: Extract) -> None:
    events = extract("The opposition called for early elections on Monday.")
    assert events
    assert not [e for e in events if code(e).startswith("11")]


# ---------------------------------------------------------------- compounds naming people


def test_aid_workers_speaking_give_no_aid(extract: Extract) -> None:
    events = extract("Aid workers in Gaza said fuel was running out.")
    assert not [e for e in events if code(e).startswith("07")]


def test_aid_sent_is_still_aid(extract: Extract) -> None:
    events = extract("Japan sent aid to Gaza on Monday.")
    assert [code(e)[:2] for e in events] == ["07"]


# ---------------------------------------------------------------- an act during a dated event


def test_an_act_during_a_dated_attack_takes_its_date(extract: Extract) -> None:
    events = extract("The nurses were kidnapped in the March 5, 2024 attack on the town.")
    assert events
    assert {e.when.start for e in events} == {date(2024, 3, 5)}


def test_an_act_with_its_own_day_keeps_it(extract: Extract) -> None:
    events = extract("Dozens of villagers were wounded on Monday in the raid on the town.")
    assert [e.when.start for e in events] == [MONDAY]


# ---------------------------------------------------------------- a time of day told after


LATER_THAT_DAY = (
    "Thousands of farmers marched through Paris on Saturday.\n\n"
    "Police clashed with farmers near the ministry {when}, the police said on Sunday."
)


@pytest.mark.parametrize("when", ["that evening", "late in the evening", "hours later"])
def test_a_time_of_day_is_the_day_of_the_act_told_before(extract: Extract, when: str) -> None:
    events = told(extract(LATER_THAT_DAY.format(when=when)), "clashed")
    assert events
    assert {e.when.start for e in events} == {SATURDAY}


def test_an_act_with_no_time_of_day_is_dated_by_its_telling(extract: Extract) -> None:
    text = LATER_THAT_DAY.replace(" {when}", "")
    events = told(extract(text), "clashed")
    assert events
    assert {e.when.start for e in events} == {SUNDAY}


# ---------------------------------------------------------------- quoted present


def test_a_quoted_present_claim_is_no_event(extract: Extract) -> None:
    events = extract(
        '"We will not stand by while our people are massacred," the governor told reporters '
        "on Monday."
    )
    assert not [e for e in events if e.when.start == MONDAY and code(e)[:2] not in ("01", "02")]


def test_a_quoted_past_act_is_an_event(extract: Extract) -> None:
    events = extract('"They bombed our village last night," a farmer told reporters on Monday.')
    assert real(events, "18", "19", "20")


# ---------------------------------------------------------------- an attack's toll


def test_a_toll_right_after_an_attack_is_its_own_card_no_more(extract: Extract) -> None:
    events = extract(
        "Russian missiles struck a power plant in Kharkiv on Tuesday.\n\n"
        "Three workers were injured, the mayor said."
    )
    assert told(events, "Three workers") == told(events, "power plant")


def test_a_toll_with_its_own_place_is_its_own_event(extract: Extract) -> None:
    events = extract(
        "Russian missiles struck a power plant in Kharkiv on Tuesday.\n\n"
        "Three workers were injured in Odesa, the governor said."
    )
    odesa = told(events, "Odesa")
    assert odesa
    assert odesa != told(events, "power plant")


# ---------------------------------------------------------------- the area after the act


@pytest.mark.parametrize("area", ["the West Bank", "Hebron"])
def test_the_area_after_the_act_outranks_the_subject_country(extract: Extract, area: str) -> None:
    events = extract(f"Israel detained 20 people in {area} on Monday.")
    assert events
    assert where(events[0])[1] == "PS"


def test_a_city_after_the_act_still_outranks_the_subject(extract: Extract) -> None:
    events = extract("Russia detained 20 people in Kherson on Monday.")
    assert where(events[0]) == ("Kherson", "UA")


def test_the_world_bank_is_still_a_body(extract: Extract) -> None:
    events = extract("The World Bank approved a loan to Kenya on Monday.")
    assert events
    assert "World Bank" in events[0].actors  # its name, without the sentence's article


# ---------------------------------------------------------------- around, fronted, and-clauses


def test_drills_around_an_island_are_placed_at_it(extract: Extract) -> None:
    events = real(extract("China held naval drills around Taiwan on Saturday."), "15")
    assert [where(e)[1] for e in events] == ["TW"]


def test_drills_in_the_actors_own_waters_stay_there(extract: Extract) -> None:
    events = real(extract("Japan and the Philippines held naval drills on Saturday."), "15")
    assert all(where(e)[1] != "TW" for e in events)


def test_a_capital_after_a_fronted_adverbial_is_its_government(extract: Extract) -> None:
    events = extract("In 1996, Beijing fired missiles into waters off Taiwan.")
    assert events
    assert where(events[0])[1] == "TW"


def test_a_second_clause_with_its_own_subject_keeps_its_places(extract: Extract) -> None:
    events = extract(
        "Beijing fired missiles into waters off Taiwan on Monday, and Tokyo lodged a protest."
    )
    fired = [e for e in events if code(e).startswith("15")]
    assert fired
    assert where(fired[0])[1] == "TW"


def test_a_listed_area_after_a_serial_comma_stays_in_the_clause(extract: Extract) -> None:
    events = extract("Russia shelled villages in Kharkiv, Sumy, and Poltava regions on Monday.")
    assert events
    assert where(events[0])[1] == "UA"


# ---------------------------------------------------------------- a capital with an aside


def test_a_capital_past_a_relative_aside_is_the_side_that_warned(extract: Extract) -> None:
    events = extract("Beijing, which claims Taiwan as its territory, had warned of a response.")
    assert [(e.roles.source_country, e.summary) for e in events] == [
        ("CN", "Beijing had warned of a response")
    ]


def test_a_name_ending_in_ing_is_no_participle_in_the_line() -> None:
    text = "Beijing rejected the ruling."
    line = summarise(text, (0, len(text)), (8, 16), "China", [], None)
    assert line == "Beijing rejected the ruling"


def test_an_aside_about_a_capital_does_not_make_it_the_side(extract: Extract) -> None:
    events = extract("Shells, which hit Moscow overnight, killed two people on Monday.")
    assert all(e.roles.source_country != "RU" for e in events)


# ---------------------------------------------------------------- a "since" span in an aside


def test_a_since_span_in_an_aside_does_not_date_the_accusation(extract: Extract) -> None:
    events = extract(
        "Kyiv accused Russian forces, who have held the plant since early last year, of "
        "shelling it."
    )
    accusations = real(events, "11")
    assert accusations
    assert all(e.when.start.year == 2026 for e in accusations)


def test_a_dated_aside_of_the_subject_still_dates_nothing_else(extract: Extract) -> None:
    events = extract("The talks, which began in Doha in March, collapsed.")
    assert [e.when.start for e in events] == [date(2026, 3, 1)]


# ---------------------------------------------------------------- anchors with no event before


def test_hours_later_counts_from_a_day_told_with_no_event(extract: Extract) -> None:
    # the first sentence's act is no CAMEO event, but its day is the story's reference time
    events = extract(
        "Norway began pumping seawater into the old mine on Tuesday.\n\n"
        "Hours later, Sweden summoned Norway's ambassador."
    )
    summoned = told(events, "summoned")
    assert summoned
    assert (summoned[0].when.start, summoned[0].when.end) == (TUESDAY, WEDNESDAY)


def test_a_promise_is_dated_when_it_was_announced(extract: Extract) -> None:
    events = extract(
        "Germany announced on Monday that it would compensate families expelled during the "
        "1945-50 resettlement."
    )
    assert events
    assert {e.when.start for e in events} == {MONDAY}


def test_a_promise_with_no_saying_day_keeps_its_own_date(extract: Extract) -> None:
    events = extract("Germany will compensate the families in March 2027, the minister said.")
    assert all(e.when.start != MONDAY for e in events)


def test_the_attack_that_killed_the_mourned_is_an_event_of_its_own(extract: Extract) -> None:
    events = extract(
        "Villagers held a funeral on Monday for a teacher killed when gunmen raided a school "
        "in the town of Kidal, in northern Mali, early on Saturday."
    )
    raid = real(events, "18", "19")
    assert [e.when.start for e in raid] == [SATURDAY]


def test_a_death_long_ago_makes_no_attack(extract: Extract) -> None:
    events = extract("Villagers held a funeral on Monday for a teacher who died of cancer.")
    assert not real(events, "18", "19", "20")


# ---------------------------------------------------------------- "by" before a possessive day


def test_by_before_a_possessive_day_is_the_agent_not_a_deadline(extract: Extract) -> None:
    # published Saturday 2026-06-20: "weakened by Tuesday's earthquake" is the Tuesday before
    events = extract(
        "An aftershock rattled Ecuador on Saturday, bringing down walls in Manta, where "
        "buildings had been weakened by Tuesday's earthquake.",
        "2026-06-20",
    )
    assert events
    assert all(e.when.start <= date(2026, 6, 20) for e in events)
    assert not [e for e in events if "planned" in e.flags]


def test_a_deadline_by_a_day_is_still_to_come() -> None:
    (tuesday,) = find_dates("The report must have been filed by Tuesday.", date(2026, 6, 20))
    assert tuesday.range.start == date(2026, 6, 23)


# ---------------------------------------------------------------- where a war fell


def test_an_invasion_of_a_country_is_placed_in_it(extract: Extract) -> None:
    events = extract(
        "Finland applied to join alongside Sweden in May 2022, months after Russia's "
        "invasion of Ukraine."
    )
    force = real(events, "19")
    assert [where(e)[1] for e in force] == ["UA"]


def test_a_second_clause_with_an_adverb_before_its_verb_keeps_its_places(
    extract: Extract,
) -> None:
    events = extract(
        "Turkish troops entered Cyprus in July 1974, and Ankara later recognised a state in "
        "the north."
    )
    entered = [e for e in events if e.when.start.year == 1974]
    assert entered
    assert where(entered[0])[1] == "CY"


def test_the_breakaway_region_is_the_region_the_story_named(extract: Extract) -> None:
    events = extract(
        "TBILISI, Georgia (Wire) — Separatists in Abkhazia agreed on Wednesday to talks, a day "
        "after Georgia launched a military operation in the breakaway region."
    )
    operation = [e for e in events if e.when.start == TUESDAY]
    assert operation
    assert where(operation[0])[0] != "Tbilisi"


# ---------------------------------------------------------------- endings, collapses, bystanders


def test_a_structure_collapsing_is_an_accident_not_force(extract: Extract) -> None:
    events = extract("A footbridge over the river in Sylhet collapsed on Monday, killing nine.")
    assert [e.event_type.code for e in events] == ["DIS-ACCIDENT"]


def test_the_end_of_fighting_is_no_new_fight(extract: Extract) -> None:
    events = extract(
        "SEOUL (Wire) — Chinese troops crossed the Yalu in October 1950, and the fighting "
        "ended in an armistice in 1953."
    )
    assert not [e for e in real(events, "19") if e.when.start.year == 2026]


def test_a_clause_joined_with_its_own_subject_dates_its_own_act(extract: Extract) -> None:
    events = extract(
        "The senate passed the budget on Monday.\n\nHours later, the senator blocked the aid "
        "bill, and leaders said they would return to it next year."
    )
    blocked = [e for e in events if "blocked" in e.evidence[0].text]
    assert blocked
    assert blocked[0].when.start == MONDAY
    assert "planned" not in blocked[0].flags


def test_a_bystander_in_an_after_clause_does_not_place_the_act(extract: Extract) -> None:
    events = extract(
        "LUXEMBOURG (Wire) — Union ministers agreed on Monday to open talks with Albania, after "
        "Greek Foreign Minister Nikos Dendias left the meeting."
    )
    agreed = [e for e in events if e.when.start == MONDAY]
    assert agreed
    assert where(agreed[0])[1] != "GR"


# ---------------------------------------------------------------- beneficiaries and captives


def test_who_an_aid_package_is_for_is_no_place_of_its_veto(extract: Extract) -> None:
    events = extract(
        "BRUSSELS (Wire) — The minister blocked a 50 million euro aid package for Kyiv on Monday."
    )
    assert events
    assert where(events[0])[1] != "UA"


def test_aid_sent_is_placed_where_it_goes(extract: Extract) -> None:
    events = extract("Japan sent aid to Gaza on Monday.")
    # "Gaza" alone is the Strip (geo18, area_names.csv)
    assert [where(e)[0] for e in events] == ["Gaza Strip"]


def test_a_deal_on_captives_is_not_placed_where_they_are_held(extract: Extract) -> None:
    events = extract(
        "CAIRO (Wire) — Egypt announced on Monday that the two sides had agreed to free "
        "prisoners held in Gaza."
    )
    assert events
    assert all(where(e)[0] != "Gaza" for e in events)


def test_force_against_captives_falls_where_they_are_held(extract: Extract) -> None:
    events = extract("Gunmen killed three guards held in Kidal on Monday.")
    assert [where(e)[0] for e in events] == ["Kidal"]


# ---------------------------------------------------------------- codes: bans, cargo, compensation


def test_a_ban_on_imports_announced_is_an_embargo(extract: Extract) -> None:
    events = extract("Russia announced a ban on grain imports from Moldova on Monday.")
    assert [code(e) for e in events] == ["163"]


def test_a_ban_on_protests_stays_an_administrative_sanction(extract: Extract) -> None:
    events = extract("The government announced a ban on protests on Monday.")
    assert [code(e) for e in events] == ["172"]


def test_aircraft_carrying_rescue_teams_bring_aid(extract: Extract) -> None:
    events = extract("Japan sent military aircraft carrying rescue teams to Turkey on Monday.")
    assert [code(e)[:2] for e in events] == ["07"]


def test_aircraft_carrying_troops_and_supplies_are_a_deployment(extract: Extract) -> None:
    events = extract("The army sent aircraft carrying troops and supplies to the front on Monday.")
    assert [code(e)[:2] for e in events] == ["15"]


def test_compensating_victims_is_a_concession_not_coercion(extract: Extract) -> None:
    events = extract("The company compensated families forced to leave their homes on Monday.")
    assert [code(e) for e in events] == ["080"]


def test_a_number_with_a_comma_is_not_an_aside_in_the_line(extract: Extract) -> None:
    # newuser7: "The storm revived memories of Cyclone Nargis 000 people"
    events = extract(
        "The storm revived memories of Cyclone Nargis, which killed more than 130,000 people "
        "in Myanmar in 2008."
    )
    assert events
    assert "130,000 people" in events[0].summary
