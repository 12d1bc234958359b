"""Date faults fresh users found (dates51), each rule with sentences written for these tests
and near misses that keep their reading: "since last Sunday" was one day, not a stretch up
to publication; "before 2027" dated the act inside 2027; a past perfect told by a dated saying
took the saying's day; an undated act by another doer took the day of the story it shares a
name with; and a past act on a day a few days after publication went a year back silently."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_bounds import bounded
from dashboard.events.dates_telling import year_back_slip
from dashboard.events.narrative_others import after_story
from dashboard.model import DateRange
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB_DAY = date(2026, 6, 18)  # a Thursday (tests.unit.reading.PUB)
SUNDAY, MONDAY, TUESDAY = date(2026, 6, 14), date(2026, 6, 15), date(2026, 6, 16)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ------------------------------------------------------------ "since last <weekday>"


def test_since_last_weekday_runs_up_to_publication(extract: Extract) -> None:
    # a hazard noun as the trigger: no perfect verb of its own ends at it
    text = "GOMA — Storms have destroyed 300 homes around Goma since last Sunday."
    (ev,) = rooted(extract(text), "DIS-")
    assert (ev.date_start, ev.date_end) == (SUNDAY, PUB_DAY)


def test_since_last_weekday_is_read_as_a_stretch_with_the_day_as_its_part() -> None:
    (dm,) = find_dates("Rains have flooded 300 homes since last Sunday.", PUB_DAY)
    assert (dm.text, dm.range.start, dm.range.end) == ("since last Sunday", SUNDAY, PUB_DAY)
    (part,) = dm.parts  # the TIMEX3 is the day
    assert (part.range.start, part.range.end) == (SUNDAY, SUNDAY)


def test_near_miss_last_weekday_without_since_stays_one_day(extract: Extract) -> None:
    (ev,) = rooted(extract("GOMA — Rebels shelled the town last Sunday."), "19")
    assert (ev.date_start, ev.date_end) == (SUNDAY, SUNDAY)


# ------------------------------------------------------ "before / after / by" bound the act


def test_before_a_year_ahead_never_dates_inside_it(extract: Extract) -> None:
    text = "GOMA — Officials said the army was unlikely to attack Goma before 2027."
    (ev,) = rooted(extract(text), "19")
    assert (ev.date_start, ev.date_end) == (PUB_DAY, date(2026, 12, 31))
    assert "planned" in ev.flags


def test_after_a_year_ahead_starts_once_it_is_over(extract: Extract) -> None:
    (ev,) = rooted(extract("KINSHASA — The two presidents will meet in Goma after 2027."), "03")
    assert ev.date_start == date(2028, 1, 1)
    assert "date_inferred" in ev.flags


def test_by_a_month_ahead_runs_from_publication_to_its_end(extract: Extract) -> None:
    (ev,) = rooted(
        extract("KINSHASA — The two presidents will meet in Kinshasa by September."), "03"
    )
    assert (ev.date_start, ev.date_end) == (PUB_DAY, date(2026, 9, 30))


def test_before_a_year_gone_is_the_year_before_it_inferred(extract: Extract) -> None:
    (ev,) = rooted(extract("GOMA — Rebels shelled Goma before 2020."), "19")
    assert (ev.date_start, ev.date_end) == (date(2019, 1, 1), date(2019, 12, 31))
    assert "date_inferred" in ev.flags


def test_near_miss_in_a_year_ahead_is_that_year(extract: Extract) -> None:
    (ev,) = rooted(extract("KINSHASA — The two presidents will meet in Goma in 2027."), "03")
    assert (ev.date_start, ev.date_end) == (date(2027, 1, 1), date(2027, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Rebels attacked Goma shortly before midnight on Monday.", "midnight on Monday"),
        ("Rebels attacked Goma two days after May 3.", "May 3"),
        ("Rebels attacked Goma after Monday's vote.", "Monday"),
        ("Shortly after 9 p.m. on Monday, rebels attacked Goma.", "9 p.m. on Monday"),
        ("Police have hunted him since shortly after the May 3 raid.", "May 3"),
    ],
)
def test_near_miss_a_time_of_day_a_count_or_a_possessive_is_not_bounded(
    sentence: str, phrase: str
) -> None:
    when = DateRange(MONDAY, MONDAY, 1, phrase, "")
    assert bounded(sentence, when, PUB_DAY, done=True) is None


# ------------------------------------------------ a past perfect under a dated saying


def test_near_miss_a_reported_past_perfect_with_no_stretch_keeps_the_saying_day(
    extract: Extract,
) -> None:
    # the week up to the saying split reports of one happening (set L .758 -> .697): kept
    text = "BENI — The governor said on Tuesday that militants had attacked a police post."
    (ev,) = rooted(extract(text), "18")
    assert ev.date_end == TUESDAY


def test_a_reported_past_perfect_lasting_weeks_ends_on_the_saying(extract: Extract) -> None:
    text = "BENI — The mayor said on Tuesday that rebels had shelled Beni for weeks."
    (ev,) = rooted(extract(text), "19")
    assert ev.date_end == TUESDAY
    assert ev.date_start <= TUESDAY.replace(day=2)  # weeks: at least two
    assert "date_inferred" in ev.flags


def test_near_miss_a_reported_simple_past_keeps_the_saying_day(extract: Extract) -> None:
    text = "BENI — The governor said on Tuesday that militants attacked a police post."
    (ev,) = rooted(extract(text), "18")
    assert (ev.date_start, ev.date_end) == (TUESDAY, TUESDAY)
    assert "date_inferred" not in ev.flags


# ------------------------------------------- another act by another doer in a dated story


def test_another_doer_s_undated_act_runs_from_the_story_to_publication(
    extract: Extract,
) -> None:
    text = (
        "Soldiers arrested Prime Minister Abdel Karim on Monday. "
        "The African Union gave the generals a week to release Abdel Karim."
    )
    (ev,) = rooted(extract(text), "13")
    assert (ev.date_start, ev.date_end) == (MONDAY, PUB_DAY)
    assert "date_inferred" in ev.flags


def test_near_miss_the_same_doers_undated_act_keeps_the_story_day(extract: Extract) -> None:
    text = (
        # no "later" here: a bare "later" orders the act after the story (fix82b, TimeML AFTER)
        "Soldiers arrested Prime Minister Abdel Karim on Monday. Soldiers beat Abdel Karim."
    )
    (ev,) = rooted(extract(text), "18")
    assert (ev.date_start, ev.date_end) == (MONDAY, MONDAY)
    assert "date_inferred" not in ev.flags


def test_near_miss_an_old_story_keeps_its_own_time_inferred() -> None:
    base = DateRange(date(2019, 1, 1), date(2019, 12, 31), 4, "in 2019", "year 2019")
    got = after_story(base, "Troops deposed the president in 2019.", PUB_DAY)
    assert got is not None
    assert (got.start, got.end) == (base.start, base.end)  # no stretch of years to publication


# ---------------------------------------- a past act a few days after publication


def test_a_past_act_days_after_publication_is_flagged_a_conflict(extract: Extract) -> None:
    (ev,) = rooted(extract("ANKARA — Police detained 15 students in Ankara on June 22."), "17")
    assert "date_conflict" in ev.flags
    assert ev.date_start == date(2025, 6, 22)


@pytest.mark.parametrize(
    "phrase",
    ["on June 22, 2025", "on July 2"],  # a year written; beyond a week
)
def test_near_miss_a_written_year_or_a_far_day_is_no_slip(phrase: str) -> None:
    day = date(2025, 7, 2) if "July" in phrase else date(2025, 6, 22)
    assert year_back_slip(DateRange(day, day, 1, phrase, ""), PUB_DAY) is None
