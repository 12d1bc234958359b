"""Date faults a new user found with sentences of their own (dates19): a threat's own day
next to its verb lost to the week when the act threatened was dated ahead; "in the past two
years" was no date at all; "Ramadan last year" was this year's Ramadan; a past-perfect
flashback's year carried on to the simple past after it; "May '24" and "in May and in June
2024" lost their year; an undated running situation ("the ongoing war") took the week of
publication; a date in a relative clause after the act dated the act. Each rule has a near
miss that stays as it was. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract

PUB = "2026-06-18"  # a Thursday
PUB_DAY = date.fromisoformat(PUB)
TUESDAY, MONDAY = date(2026, 6, 16), date(2026, 6, 15)
WEEK = (date(2026, 6, 12), PUB_DAY)  # the fallback for an undated act


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _span(sentence: str, phrase: str) -> tuple[date, date]:
    got = [d for d in find_dates(sentence, PUB_DAY) if d.text == phrase]
    assert got, [d.text for d in find_dates(sentence, PUB_DAY)]
    return got[0].range.start, got[0].range.end


# ------------------------------------------------------------------ 1. the threat's own day


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union threatened on Tuesday to strike next month if wages are not raised.",
        "On Tuesday, the dockers' union threatened to strike in July.",
        "The dockers' union on Tuesday threatened to strike next month.",
    ],
)
def test_a_threat_keeps_the_day_next_to_its_verb(extract: Extract, text: str) -> None:
    (ev,) = [e for e in extract(text) if code(e).startswith("13")]
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)
    assert "date_inferred" not in ev.flags
    assert "planned" not in ev.flags


def test_near_miss_a_threat_with_no_day_of_its_own_keeps_the_week(extract: Extract) -> None:
    (ev,) = [
        e
        for e in extract("The dockers' union threatened to strike next month.")
        if code(e).startswith("13")
    ]
    assert (ev.date_start, ev.date_end) == WEEK
    assert "date_inferred" in ev.flags


def test_near_miss_a_day_in_an_aside_before_the_threat_is_not_its_own(extract: Extract) -> None:
    text = (
        "The rebels, who seized an army base on Monday, threatened to march on the capital "
        "next month."
    )
    threats = [e for e in extract(text) if code(e).startswith("13")]
    assert threats
    assert all(e.date_start != MONDAY for e in threats)


# ------------------------------------------------------------------ 2. "in the past N years"


@pytest.mark.parametrize(
    ("sentence", "phrase", "start"),
    [
        ("Troops have killed 40 fighters in the past two years.", "in the past two years", date(2024, 6, 18)),
        ("Raids rose over the last three months.", "over the last three months", date(2026, 3, 18)),
        # a vague count reaches back as far as it allows (vague_counts.csv: "few" is 2-5)
        ("Troops have killed 40 fighters in the past few years.", "in the past few years", date(2021, 6, 18)),
        ("Prices have doubled in the previous two decades.", "in the previous two decades", date(2006, 6, 18)),
    ],
)  # fmt: skip
def test_the_past_n_units_is_a_stretch_up_to_publication(
    sentence: str, phrase: str, start: date
) -> None:
    assert _span(sentence, phrase) == (start, PUB_DAY)


def test_the_stretch_dates_an_act_told_in_it(extract: Extract) -> None:
    (ev,) = extract("Troops have killed 40 fighters near Gao in the past two years.")
    assert (ev.date_start, ev.date_end) == (date(2024, 6, 18), PUB_DAY)
    assert ev.when.precision == 4
    assert "date_inferred" not in ev.flags


def test_the_dates_contract_leaves_the_stretch_out_as_a_duration() -> None:
    # TimeML tags "the past two years" a DURATION (P2Y): the contract lists DATEs
    found = document_dates("Troops have killed 40 fighters in the past two years.", PUB_DAY)
    assert [f.text for f in found] == []


def test_near_miss_the_past_hours_keep_their_own_reading() -> None:
    assert _span("Two raids were reported in the past 24 hours.", "in the past 24 hours") == (
        date(2026, 6, 17),
        PUB_DAY,
    )


# ------------------------------------------------------------------ 3. "Ramadan last year"


def _ramadan(year: int) -> tuple[date, date]:
    eid = next(
        d
        for d, n in holidays.country_holidays("EG", years=year, language="en_US").items()
        if n.startswith("Eid al-Fitr")
    )
    return eid - timedelta(days=30), eid - timedelta(days=1)


@pytest.mark.parametrize(
    ("sentence", "phrase", "year"),
    [
        ("Rebels attacked the town during Ramadan last year.", "Ramadan last year", 2025),
        ("Attacks rose during Ramadan of last year.", "Ramadan of last year", 2025),
        ("The truce will hold through Ramadan next year.", "Ramadan next year", 2027),
        ("Rebels attacked the town during Ramadan in 2024.", "Ramadan in 2024", 2024),
    ],
)
def test_a_holiday_with_its_year_named_after_it(sentence: str, phrase: str, year: int) -> None:
    assert _span(sentence, phrase) == _ramadan(year)


def test_near_miss_ramadan_alone_in_the_past_is_the_latest_one() -> None:
    assert _span("Rebels attacked the town during Ramadan.", "Ramadan") == _ramadan(2026)


# ------------------------------------------------------------------ 4. a past-perfect flashback


def test_the_simple_past_after_a_flashback_does_not_take_its_year(extract: Extract) -> None:
    text = "Gunmen had attacked the village in 2019. The gunmen killed three farmers."
    events = extract(text)
    assert len(events) == 2
    assert events[0].date_start == date(2019, 1, 1)
    assert events[1].date_start.year == 2026  # the story's own time, not 2019


def test_near_miss_the_flashback_told_on_in_the_past_perfect_keeps_its_year(
    extract: Extract,
) -> None:
    text = "Gunmen had attacked the village in 2019. The gunmen had killed three farmers."
    assert [e.date_start.year for e in extract(text)] == [2019, 2019]


def test_near_miss_a_simple_past_story_carries_its_day_on(extract: Extract) -> None:
    text = "Gunmen attacked the village on Monday. The gunmen killed three farmers."
    assert [e.date_start for e in extract(text)] == [MONDAY, MONDAY]


# ------------------------------------------------------------------ 5. a month keeps its year


@pytest.mark.parametrize(
    ("sentence", "phrase", "start"),
    [
        ("Rebels seized Bukavu in May '24.", "May '24", date(2024, 5, 1)),
        ("Rebels seized Bukavu in mid-May ’24.", "mid-May ’24", date(2024, 5, 1)),
        ("Rebels seized Bukavu in May '99.", "May '99", date(1999, 5, 1)),  # not ten years ahead
        ("Police clashed with protesters in May and in June 2024.", "in May", date(2024, 5, 1)),
    ],
)
def test_a_month_keeps_the_year_written_with_it(sentence: str, phrase: str, start: date) -> None:
    assert _span(sentence, phrase)[0] == start


def test_near_miss_a_decade_is_no_short_year() -> None:
    assert [d.text for d in find_dates("Rebels seized Bukavu in the '90s.", PUB_DAY)] == [
        "the '90s"
    ]


def test_near_miss_a_month_after_another_place_keeps_its_own_reading() -> None:
    # "in January and Bukavu in May 2024": two acts, no list of months sharing a year
    assert _span("Rebels seized Goma in January and Bukavu in May 2024.", "in January")[0] == (
        date(2026, 1, 1)
    )


# ------------------------------------------------------------------ 6. undated background


@pytest.mark.parametrize(
    "text",
    [
        "The war that began in Sudan has killed thousands of people.",
        "The ongoing war in Sudan has killed thousands of civilians.",
        "The ongoing protests have paralysed Nairobi.",
    ],
)
def test_an_undated_running_situation_takes_no_date_claim(extract: Extract, text: str) -> None:
    assert extract(text) == []


def test_near_miss_a_situation_with_its_own_date_keeps_it(extract: Extract) -> None:
    (ev,) = extract("The war that began in Sudan in April 2023 has killed thousands of people.")
    assert (ev.date_start, ev.date_end) == (date(2023, 4, 1), date(2023, 4, 30))


@pytest.mark.parametrize(
    "text",
    [
        "Clashes that broke out near Goma killed ten people.",  # the report's own happening
        "Gunmen in the ongoing conflict killed five soldiers near Goma.",  # not the subject
    ],
)
def test_near_miss_an_occurrence_keeps_the_week(extract: Extract, text: str) -> None:
    (ev,) = extract(text)
    assert (ev.date_start, ev.date_end) == WEEK


# ------------------------------------------------------------------ 7. a relative clause's date


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the man who attacked the mosque on Tuesday.",
        "Police detained the gunmen that attacked the mosque on Tuesday.",
        "Police arrested a man, who had attacked the mosque on Tuesday.",
        "Troops shelled the village where rebels killed five soldiers on Monday.",
    ],
)
def test_a_date_in_a_relative_clause_is_not_the_main_acts(extract: Extract, text: str) -> None:
    (ev,) = extract(text)
    assert (ev.date_start, ev.date_end) == WEEK


def test_a_clause_telling_the_happening_itself_dates_it(extract: Extract) -> None:
    (ev,) = extract("The bombing, which happened on Tuesday, killed four people in Kabul.")
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police arrested the man on Tuesday.", TUESDAY),
        # a progressive relative is the state the act fell in: the act's day
        ("Gunmen killed five people who were attending a wedding on Saturday.", date(2026, 6, 13)),
    ],
)  # fmt: skip
def test_near_miss_the_acts_own_day_stays(extract: Extract, text: str, day: date) -> None:
    (ev,) = extract(text)
    assert ev.date_start == day


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the main verb closes the subject's relative clause before the date
        ("Protests led by students who organised on social media began last week.", date(2026, 6, 8)),
        # a relative clause on the trigger's own noun tells its own act
        ("Officials said sniper shootings that injured three doctors in November were linked.", date(2025, 11, 1)),
    ],
)  # fmt: skip
def test_near_miss_a_relative_clause_that_is_not_another_acts(
    extract: Extract, text: str, start: date
) -> None:
    (ev,) = [e for e in extract(text) if not code(e).startswith("01")]
    assert ev.date_start == start


def test_near_miss_continuing_as_a_verb_names_no_running_situation(extract: Extract) -> None:
    (ev,) = extract("The ministry is continuing to investigate the outbreak in Nairobi.")
    assert (ev.date_start, ev.date_end) == WEEK


def test_a_stretch_is_no_story_a_later_sentence_continues(extract: Extract) -> None:
    text = (
        "Police in Nairobi have arrested 300 protesters in the past two years. "
        "Police in Nairobi detained two activists."
    )
    first, second = extract(text)
    assert first.date_start == date(2024, 6, 18)
    assert (second.date_start, second.date_end) == WEEK


def test_near_miss_a_dated_story_is_continued(extract: Extract) -> None:
    text = (
        "Police in Nairobi arrested 300 protesters on Monday. "
        "Police in Nairobi detained two activists."
    )
    assert [e.date_start for e in extract(text)] == [MONDAY, MONDAY]


def test_near_miss_a_finding_in_a_relative_clause_dates_the_act_found(extract: Extract) -> None:
    text = "Gunmen killed a farmer near Gao, whose body was found on Tuesday."
    (ev,) = extract(text)
    assert ev.date_end == TUESDAY


def test_near_miss_force_aimed_at_the_clauses_people_shares_its_day(extract: Extract) -> None:
    text = "Police fired tear gas at hundreds of students who marched on the ministry on Tuesday."
    fired = [e for e in extract(text) if code(e).startswith(("17", "18"))]
    assert [e.date_start for e in fired] == [TUESDAY]
