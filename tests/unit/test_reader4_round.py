"""Rules of the reader4 round (Dec 1) on reports of one happening that were kept apart, each
with a near miss the rule must leave alone. The sentences are written for these tests.
Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where

TUESDAY = date(2026, 6, 16)
SUNDAY = date(2026, 6, 14)
FRIDAY = date(2026, 6, 12)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def quakes(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event_type.code == "DIS-QUAKE"]


def on_or_before(ev: Event, day: date) -> bool:
    return ev.when.end == day and ev.when.start < day


# ------------------------------------------------ a hazard named by a country's possessive


def test_a_toll_of_a_countrys_earthquake_names_the_quake(extract: Extract) -> None:
    # EM-DAT: a toll told for a disaster names it; "Chile's earthquake" is a definite one
    events = quakes(extract("The death toll from Chile's earthquake rose to 120 on Tuesday."))
    assert len(events) == 1
    assert on_or_before(events[0], TUESDAY)


def test_people_killed_by_a_countrys_earthquake_name_the_quake(extract: Extract) -> None:
    text = "The number of people killed by Chile's earthquake has reached 120, officials said on Tuesday."
    events = quakes(extract(text))
    assert len(events) == 1
    assert on_or_before(events[0], TUESDAY)


def test_near_miss_a_countrys_earthquake_drill_is_no_quake(extract: Extract) -> None:
    assert not quakes(extract("Chile's earthquake drills were held in schools on Tuesday."))


def test_near_miss_a_countrys_old_quake_keeps_its_year(extract: Extract) -> None:
    text = "The death toll from Chile's 1960 earthquake was about 2,000, a museum guide said on Tuesday."
    events = quakes(extract(text))
    assert all(e.when.start.year == 1960 for e in events)


# ------------------------------------------------ aid in a hazard's aftermath


def test_aid_to_villages_a_quake_cut_off_tells_the_quake_too(extract: Extract) -> None:
    # EM-DAT's affected (isolated, displaced): who the quake cut off names it, on or before
    events = extract("Aid workers reached towns cut off by the Chilean earthquake on Tuesday.")
    assert [code(e) for e in real(events, "07")]
    (quake,) = quakes(events)
    assert on_or_before(quake, TUESDAY)


def test_aid_to_survivors_told_first_tells_the_quake_too(extract: Extract) -> None:
    events = extract("Aid convoys reached survivors of the earthquake in Chile on Tuesday.")
    (quake,) = quakes(events)
    assert where(quake)[1] == "CL"
    assert on_or_before(quake, TUESDAY)


def test_near_miss_villages_cut_off_by_snow_name_no_quake(extract: Extract) -> None:
    events = extract("Aid workers reached towns cut off by heavy snow on Tuesday.")
    assert not [e for e in events if e.event_type.code.startswith("DIS-")]


def test_near_miss_villages_cut_off_by_an_army_name_no_hazard(extract: Extract) -> None:
    events = extract("Aid workers reached towns cut off by the Chilean army on Tuesday.")
    assert not [e for e in events if e.event_type.code.startswith("DIS-")]


def test_the_aid_told_after_the_quake_keeps_its_own_day(extract: Extract) -> None:
    text = "Survivors of the earthquake in Chile on Sunday received aid on Tuesday."
    events = extract(text)
    (aid,) = real(events, "07")
    assert aid.when.start == aid.when.end == TUESDAY
    (quake,) = quakes(events)
    assert quake.when.end == SUNDAY


# ------------------------------------------------ a vessel taken: the subject decides


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized the container ship off Hobyo on Sunday.",
        "Masked men boarded the tanker off Hobyo on Sunday.",
        "The tanker was boarded by armed men off Hobyo on Sunday.",
        "Armed men took the fishing trawler off Hobyo on Sunday.",
        "Gunmen boarded the freighter off Hobyo on Sunday.",
        "Pirates hijacked the freighter off Hobyo on Sunday.",
    ],
)
def test_irregulars_taking_a_vessel_hijack_it(extract: Extract, text: str) -> None:
    # CAMEO 1.1b3 §181 hijack (irregulars); a state's seizure of property is §171
    assert [code(e) for e in rooted(extract(text), "17", "18")] == ["181"]


@pytest.mark.parametrize(
    "text",
    [
        "Iranian commandos seized the tanker in the Strait of Hormuz on Sunday.",
        "The tanker was boarded by Iranian commandos on Sunday.",
        "Iran's navy seized a tanker in the Gulf on Sunday.",
    ],
)
def test_near_miss_a_states_forces_seize_property(extract: Extract, text: str) -> None:
    assert [code(e) for e in rooted(extract(text), "17", "18")] == ["171"]


def test_near_miss_armed_men_taking_a_town_occupy_it(extract: Extract) -> None:
    events = rooted(extract("Armed men took control of the town of Kidal on Sunday."), "18", "19")
    assert [code(e) for e in events] == ["192"]


# ------------------------------------------------ an "after" clause with no day of its own


def test_a_meeting_a_statement_answered_is_told_too(extract: Extract) -> None:
    # TimeML: "after" orders the clause's event BEFORE the main one's day
    text = "EU leaders criticised Hungary's prime minister on Friday after he met the Chinese president in Beijing."
    meets = real(extract(text), "04")
    assert len(meets) == 1
    assert where(meets[0])[0] == "Beijing"
    assert on_or_before(meets[0], FRIDAY)


def test_near_miss_a_meeting_to_come_is_no_past_meeting(extract: Extract) -> None:
    text = "Hungary's prime minister said on Friday he would meet the Chinese president after the summit ends."
    assert not [e for e in real(extract(text), "04") if e.when.end <= FRIDAY]


def test_near_miss_talks_named_by_a_noun_add_no_meeting(extract: Extract) -> None:
    text = "EU leaders criticised Hungary's prime minister on Friday after his talks with the Chinese president."
    assert not real(extract(text), "04")


# ------------------------------------------------ a joined clause's subject


def test_a_joined_clauses_subject_is_no_side_of_the_first_act(extract: Extract) -> None:
    # Quirk et al. (1985, 13.1): each coordinated clause carries its own arguments
    text = "Armed men seized the container ship off Hobyo on Sunday, and an Indian warship chased them."
    (seizure,) = rooted(extract(text), "17", "18")
    assert "IN" not in seizure.actor_countries


def test_near_miss_a_target_in_the_first_clause_stays(extract: Extract) -> None:
    text = "Russian troops shelled Ukrainian positions near Kupiansk on Sunday, and a drone hit a depot."
    shelling = rooted(extract(text), "19")[0]
    assert shelling.roles.target_country == "UA"


# ------------------------------------------------ a trailing relative clause's own act


def test_a_dated_act_in_a_trailing_relative_clause_is_told_too(extract: Extract) -> None:
    # Quirk et al. (1985, 17.22): a non-restrictive relative clause adds its own proposition
    text = (
        "Egypt said on Monday it was urging Sudanese officials to free the aid workers, "
        "whom gunmen abducted near Kassala on Saturday."
    )
    events = extract(text)
    (appeal,) = real(events, "02")
    assert appeal.when.start == appeal.when.end == date(2026, 6, 15)
    (abduction,) = real(events, "18")
    assert abduction.when.start == abduction.when.end == date(2026, 6, 13)
    assert where(abduction)[0] == "Kassala"


def test_near_miss_an_undated_relative_clause_adds_no_act(extract: Extract) -> None:
    text = "Egypt said on Monday it was urging Sudanese officials to free the aid workers, whom gunmen abducted."
    assert not real(extract(text), "18")


# ------------------------------------------------ a voyage's ports are no side


def test_a_voyages_ports_are_no_side_of_its_hijacking(extract: Extract) -> None:
    # ACLED: a vessel's route names no actor of what befell it
    text = "The crew of the freighter, which was sailing from Djibouti to Yemen on Sunday when pirates hijacked it, are safe."
    (hijack,) = rooted(extract(text), "18")
    assert not {"DJ", "YE"} & set(hijack.actor_countries)


def test_near_miss_a_country_that_hijacks_stays_a_side(extract: Extract) -> None:
    text = "Eritrean forces seized the freighter off Assab on Sunday."
    (seizure,) = rooted(extract(text), "17", "18")
    assert "ER" in seizure.actor_countries


# ------------------------------------------------ a vessel forced off its course


def test_skiffs_that_divert_a_vessel_hijack_it(extract: Extract) -> None:
    # IMB piracy reports: skiffs and small boats are the craft of piracy
    assert [
        code(e)
        for e in rooted(
            extract("Two skiffs diverted the tanker toward the coast on Sunday."), "17", "18"
        )
    ] == ["181"]


@pytest.mark.parametrize(
    "text",
    [
        "The storm diverted the ship toward Djibouti on Sunday.",
        "The captain diverted the ship to Djibouti on Sunday after an engine fault.",
    ],
)
def test_near_miss_a_course_changed_by_weather_or_crew_is_no_hijacking(
    extract: Extract, text: str
) -> None:
    assert not rooted(extract(text), "17", "18")
