"""The reader rules the lead added for the thirteenth QA pass's date and place findings, each
with sentences written for these tests (none from an evaluation set) and a near miss the
rule must leave alone. Publication is Thursday 2026-06-18 (``tests.unit.reading.PUB``)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, where

PUBLISHED = date(2026, 6, 18)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _ranges(text: str) -> list[tuple[str, date, date]]:
    return [(d.text, d.range.start, d.range.end) for d in find_dates(text, PUBLISHED)]


# ---------------------------------------------------------------- when


def test_a_date_after_the_people_acted_on_dates_the_verb(extract: Extract) -> None:
    # "rioters" names who rioted, not an act with a day of its own (CAMEO codes acts)
    events = rooted(
        extract("Troops detained 25 protesters on Saturday as crowds burned tyres."), "17"
    )
    assert events
    assert (events[0].when.start, events[0].when.end) == (date(2026, 6, 13),) * 2


def test_a_dated_act_noun_still_binds_its_date(extract: Extract) -> None:
    # near miss: "the attack on 2 January" is the noun's own date, the earlier act
    events = rooted(extract("Police said the attack on 2 June had killed four guards."), "18", "19")
    assert events
    assert events[0].when.start == date(2026, 6, 2)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        (
            "Five years ago today, the dam burst above the city.",
            "Five years ago today",
            date(2021, 6, 18),
        ),
        (
            "Exactly three months ago, the talks collapsed.",
            "Exactly three months ago",
            date(2026, 3, 18),
        ),
        (
            "On this date in 2003, the troops crossed the border.",
            "On this date in 2003",
            date(2003, 6, 18),
        ),
        (
            "It was two weeks ago to the day that the strike began.",
            "two weeks ago to the day",
            date(2026, 6, 4),
        ),
    ],
)
def test_an_anniversary_is_one_day(text: str, phrase: str, day: date) -> None:
    assert (phrase, day, day) in _ranges(text)


def test_a_plain_count_back_keeps_the_units_grain() -> None:
    # near miss: with no "today", "exactly" or "this day", a count of years names a year
    assert ("Five years ago", date(2021, 1, 1), date(2021, 12, 31)) in _ranges(
        "Five years ago, the dam burst above the city."
    )


def test_a_vague_anniversary_stays_a_span() -> None:
    # "a few years ago today" names no one year, so no one day either
    found = _ranges("A few years ago today the bridge fell.")
    assert found
    assert found[0][1] < found[0][2]


def test_the_past_hours_reach_back_from_publication() -> None:
    assert ("over the last 48 hours", date(2026, 6, 16), PUBLISHED) in _ranges(
        "Shelling killed nine people over the last 48 hours."
    )


def test_the_next_hours_still_reach_forward() -> None:
    # near miss: "in the next 24 hours" is the window ahead
    found = _ranges("The army will open the corridor in the next 24 hours.")
    assert found
    assert found[0][1] == PUBLISHED < found[0][2]


# ---------------------------------------------------------------- where


def test_a_groups_seat_is_not_where_it_acted(extract: Extract) -> None:
    events = extract("A Geneva-based charity accused militias of looting warehouses in Kassala.")
    assert events
    assert where(events[0])[0] != "Geneva"


def test_a_place_where_people_are_stays_the_place(extract: Extract) -> None:
    # near miss: "police in Geneva" are there
    events = rooted(extract("Police in Geneva arrested two men on Monday."), "17")
    assert events
    assert where(events[0])[0] == "Geneva"


def test_an_envoys_post_is_not_where_he_was_recalled(extract: Extract) -> None:
    events = rooted(extract("Peru recalled its ambassador to Mexico City on Friday."), "16")
    assert events
    assert where(events[0])[0] != "Mexico City"


def test_a_broker_is_not_where_the_deal_was_made(extract: Extract) -> None:
    events = extract("The two militias agreed to a ceasefire mediated by Kenya on Sunday.")
    assert events
    assert where(events[0])[1] != "KE"


def test_a_host_is_where_the_talks_were(extract: Extract) -> None:
    # near miss: talks "in Doha" are there, whoever mediated
    events = extract("The two sides held talks in Doha on Sunday.")
    assert events
    assert where(events[0])[0] == "Doha"


def test_who_launched_what_was_downed_is_not_where_it_fell(extract: Extract) -> None:
    events = rooted(
        extract("Poland's army shot down two drones Belarus launched overnight."), "19", "15"
    )
    assert events
    assert where(events[0])[1] != "BY"


def test_a_capital_as_the_subject_after_said_is_its_government(extract: Extract) -> None:
    events = rooted(
        extract("Washington said Tehran launched drones at the tanker."), "19", "18", "15"
    )
    assert events
    assert where(events[0])[0] != "Tehran"


def test_a_capital_where_it_happened_stays(extract: Extract) -> None:
    # near miss: the blast "in Tehran" was there
    events = rooted(extract("Officials said a bomb in Tehran killed four people."), "18", "19")
    assert events
    assert where(events[0])[0] == "Tehran"


# ---------------------------------------------------------------- places: adjective features


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tension rose again on the Korean peninsula this week.", "Korean Peninsula", "region"),
        ("Two tankers were seized in the Persian gulf.", "Persian Gulf", "sea"),
    ],
)
def test_an_adjective_before_a_lowercase_feature_word_is_the_feature(
    geoparser: Geoparser, text: str, name: str, kind: str
) -> None:
    found = [m for m in geoparser.parse(text, PUBLISHED) if m.place]
    assert [(m.place.name, m.place.kind) for m in found] == [(name, kind)]


def test_an_adjective_before_another_noun_is_no_place(geoparser: Geoparser) -> None:
    # near miss: "the Korean delegation" names no feature
    found = [m for m in geoparser.parse("The Korean delegation left early.", PUBLISHED) if m.place]
    assert found == []


# ---------------------------------------------------------------- a denial's date


def test_a_date_after_the_denied_act_is_not_the_denials(extract: Extract) -> None:
    events = extract("The ministry denied that its troops had burned homes in Kalehe on the 3rd.")
    denials = rooted(events, "01")
    assert denials
    assert denials[0].when.start != date(2026, 6, 3)


def test_a_date_after_a_reported_act_still_dates_that_act(extract: Extract) -> None:
    # near miss: the act said to have happened keeps its day
    events = rooted(extract("Officials said that rebels attacked the town on Monday."), "19", "18")
    assert events
    assert events[0].when.start == date(2026, 6, 15)


# ---------------------------------------------------------------- whole articles (QA14 kinds)


def test_a_weekday_before_a_second_past_verb_dates_the_first(extract: Extract) -> None:
    body = "The mayor denounced the looting on Tuesday and ordered a curfew."
    events = rooted(extract(body), "11", "12")
    assert events
    assert events[0].when.start == date(2026, 6, 16)


def test_a_place_in_the_grip_of_war_is_no_happening(extract: Extract) -> None:
    events = extract("The province has been ravaged by fighting since 2021.")
    assert rooted(events, "18", "19", "20") == []


def test_a_war_in_a_relative_clause_leaves_the_news(extract: Extract) -> None:
    # near miss: the relative clause describes Sudan; the expulsion is news
    events = extract(
        "Sudan, which has been torn by conflict since 2023, expelled an envoy on Monday."
    )
    assert rooted(events, "16")


def test_news_told_in_the_past_simple_stays_news(extract: Extract) -> None:
    # near miss: "was rocked by fighting on Monday" is one happening
    assert rooted(extract("The town was rocked by fighting on Monday."), "19")


@pytest.mark.parametrize("name", ["Al Shabaab", "al Shabaab", "Al-Shabaab"])
def test_an_arabic_article_is_written_any_way(extract: Extract, name: str) -> None:
    events = extract(f"{name} fighters attacked a police station in Baidoa on Sunday.")
    assert events
    assert name in events[0].actors


def test_an_accident_that_killed_is_no_force(extract: Extract) -> None:
    events = extract("An earlier accident on the same road in 2019 killed nine people.")
    assert rooted(events, "18", "19", "20") == []


def test_an_attack_that_killed_is_force(extract: Extract) -> None:
    # near miss: an attack as the subject of "killed" stays force
    assert rooted(extract("The attack in 2019 killed nine people."), "18", "19", "20")


def test_an_air_strike_that_destroyed_is_one_strike(extract: Extract) -> None:
    events = extract("An air strike flattened a school in Rafah on Sunday.")
    force = rooted(events, "17", "18", "19", "20")
    assert [(code(e), where(e)[0]) for e in force] == [("195", "Rafah")]


def test_damage_done_by_hand_stays_property_destruction(extract: Extract) -> None:
    # near miss: "Militiamen destroyed" has no aerial or artillery subject
    events = rooted(extract("Militiamen destroyed a bridge near Goma on Friday."), "17")
    assert events


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("SÃO PAULO (Reuters) — Police arrested 12 people on Monday.", "São Paulo"),
        ("ZÜRICH (AP) — Police detained two activists on Monday.", "Zürich"),
    ],
)
def test_an_accented_dateline_is_a_dateline(extract: Extract, text: str, town: str) -> None:
    from dashboard.analysis import dateline_end

    assert dateline_end(text) > len(town)


def test_a_reference_naming_the_place_is_the_happening_told_there(extract: Extract) -> None:
    body = "Rioters clashed with police in Kisumu on Tuesday. The Kisumu clashes left three dead."
    events = extract(body)
    assert len(rooted(events, "14", "18", "19")) == 1


def test_a_reference_naming_another_place_is_another_happening(extract: Extract) -> None:
    # near miss: "the Gao attack" is not the attack told in Kidal
    body = "Troops attacked a base in Kidal on Monday. The Gao attack on Sunday killed six."
    assert len(rooted(extract(body), "18", "19")) == 2


def test_a_correction_notice_tells_no_happening(extract: Extract) -> None:
    body = (
        "LAGOS (AP) — Gunmen kidnapped 20 pupils in Kaduna on Monday.\n\n"
        "An earlier version of this story said the kidnapping happened in Zamfara."
    )
    assert all(where(e)[0] != "Zamfara" for e in extract(body))


def test_forces_where_they_stand_are_no_deployment(extract: Extract) -> None:
    events = extract("Britain keeps 800 soldiers stationed in Estonia.")
    assert rooted(events, "15") == []
    events = extract("The convoy brought fuel to troops deployed along the river.")
    assert rooted(events, "15") == []


def test_a_deployment_told_as_done_stays_an_event(extract: Extract) -> None:
    # near misses: the passive with its auxiliary, and the verb with its object
    assert rooted(extract("Extra troops were deployed to Narva on Monday."), "15")
    assert rooted(extract("Estonia deployed troops to Narva on Monday."), "15")


@pytest.mark.parametrize("holder", ["USA", "U.S.", "United States"])
def test_a_country_name_held_by_another_country_is_its_division(
    geoparser: Geoparser, holder: str
) -> None:
    found = geoparser.parse(f"A storm hit Georgia, {holder}, on Monday.", PUBLISHED)
    assert (found[0].place.kind, found[0].place.country_code) == ("admin1", "US")


def test_a_list_of_countries_stays_countries(geoparser: Geoparser) -> None:
    # near miss: "Georgia, Armenia and Azerbaijan" holds no division of another's name
    found = geoparser.parse("Leaders of Georgia, Armenia and Azerbaijan met.", PUBLISHED)
    assert [(m.place.kind, m.place.country_code) for m in found] == [
        ("country", "GE"),
        ("country", "AM"),
        ("country", "AZ"),
    ]


def test_an_organisation_named_in_full_with_its_acronym_acts_as_its_states(
    extract: Extract,
) -> None:
    body = "The Southern African Development Community (SADC) closed borders with Malawi on Friday."
    events = rooted(extract(body), "17", "14")
    assert [code(e) for e in events] == ["172"]


def test_students_blocking_a_road_still_protest(extract: Extract) -> None:
    # near miss: a crowd named with its school's acronym is no state
    body = "Students at the University of Lagos (UNILAG) blocked the road on Monday."
    assert [code(e) for e in rooted(extract(body), "17", "14")] == ["144"]


def test_who_recorded_an_explosion_did_not_set_it_off(extract: Extract) -> None:
    body = "Seismologists in Norway recorded two underwater explosions on Monday."
    events = rooted(extract(body), "18", "19")
    assert events
    assert events[0].roles.source is None


def test_an_international_bodys_meeting_is_not_at_the_dateline(extract: Extract) -> None:
    body = (
        "NAIROBI (Reuters) — Floods swept through Garissa on Monday.\n\n"
        "The UN Security Council held an emergency session on Tuesday."
    )
    meetings = rooted(extract(body), "04")
    assert meetings
    assert where(meetings[0])[0] != "Nairobi"


def test_a_national_bodys_meeting_may_be_at_the_dateline(extract: Extract) -> None:
    # near miss: the dateline still places what a body of its own country did
    body = (
        "NAIROBI (Reuters) — Floods swept through Garissa on Monday.\n\n"
        "Kenya's cabinet held an emergency session on Tuesday."
    )
    meetings = rooted(extract(body), "04")
    assert meetings
    assert where(meetings[0])[1] == "KE"
