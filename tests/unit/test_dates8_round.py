"""Stop 34 (dates8): a count of days or weeks from a named day, a month or year on a
happening's noun after the act, and an act told "during" a happening the story dated before.
Every sentence was written for these tests; none comes from an evaluation set. Dates follow
TimeML (TIMEX3 values, TLINKs) and precisions ACLED (1 a day, 2 a week, 3 a month)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def said_in(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


def one(text: str, pub: date, country: str | None = None) -> list[tuple[str, date, date]]:
    return [(d.text, d.range.start, d.range.end) for d in find_dates(text, pub, country=country)]


# ================================================ a count from a named day


def test_days_and_weeks_after_a_holiday_move_its_day() -> None:
    # TimeML values "two days after X" as the day it names, anchored on X
    pub = date(2024, 12, 31)
    assert one("Rebels ambushed a convoy two days after Christmas.", pub, "US") == [
        ("two days after Christmas", date(2024, 12, 27), date(2024, 12, 27))
    ]
    assert one("The ferry sank three weeks after Easter.", date(2024, 6, 1)) == [
        ("three weeks after Easter", date(2024, 4, 21), date(2024, 4, 21))
    ]
    # a vague count is a span of days (vague_counts.csv): two to five before
    got = one("Prices rose a few days before Thanksgiving.", date(2024, 12, 10), "US")
    assert got == [("a few days before Thanksgiving", date(2024, 11, 23), date(2024, 11, 26))]
    # near miss: a duration runs from the holiday and names no moved day
    got = one("The roads stayed shut for two days after Christmas.", pub, "US")
    assert got == [("Christmas", date(2024, 12, 25), date(2024, 12, 25))]


def test_days_after_a_calendar_date_move_it() -> None:
    got = one("Talks resumed two days after Jan. 5, officials said.", date(2024, 1, 20))
    assert got[0] == ("two days after Jan. 5", date(2024, 1, 7), date(2024, 1, 7))
    # near miss: "the day after" still moves by one
    got = one("Talks resumed the day after Jan. 5.", date(2024, 1, 20))
    assert got[0] == ("the day after Jan. 5", date(2024, 1, 6), date(2024, 1, 6))


def test_an_ambush_days_after_a_holiday_is_that_day(extract: Extract) -> None:
    body = "Rebels ambushed an army convoy near Beni three days after Christmas, the army said."
    events = [e for e in extract(body, pub="2024-12-31") if code(e).startswith("18")]
    assert events
    assert all(e.date_start == e.date_end == date(2024, 12, 28) for e in events)


# ================================================ a date on a happening's noun


def test_a_month_on_the_killing_blamed_is_not_the_blame(extract: Extract) -> None:
    # TimeML links "in March" to the nominal "killing" it modifies, not to "blamed"
    body = (
        "The governor said police had detained 40 people and blamed the unrest on the killing "
        "of a student in Kano in March."
    )
    events = extract(body, pub="2024-06-20")
    told = [e for e in events if code(e).startswith(("11", "17"))]
    assert told
    assert all(e.date_start >= date(2024, 6, 1) for e in told)


def test_a_day_after_the_object_stays_the_verbs(extract: Extract) -> None:
    # a weekday after "condemned the killing of ..." is when it condemned (news usage), and
    # a month after a noun that opens the clause is no object's
    events = extract(
        "The governor condemned the killing of a student on Tuesday.", pub="2024-06-20"
    )
    said = [e for e in events if code(e).startswith("11")]
    assert said
    assert all(e.date_start == date(2024, 6, 18) for e in said)
    events = extract(
        "The blame for the unrest on the killing of a student in Kano in March fell on the "
        "governor, who detained 40 people in April.",
        pub="2024-06-20",
    )
    arrests = [e for e in events if code(e).startswith("17")]
    assert all(e.date_end <= date(2024, 4, 30) for e in arrests)
    events = extract(
        "The governor blamed the unrest on the killing of a student in Kano in March, and police "
        "detained 40 people in Zaria.",
        pub="2024-06-20",
    )
    blame = [e for e in events if code(e).startswith("11")]
    assert blame
    assert all(e.date_start >= date(2024, 6, 1) for e in blame)


# ================================================ "during" a happening told before


def test_a_shooting_during_a_walkout_lies_in_it(extract: Extract) -> None:
    # the walkout ran from Tuesday (its "since") to Friday (when it ended): TimeML IS_INCLUDED
    body = (
        "Dockworkers ended on Friday a walkout that had shut the port of Mombasa since "
        "Tuesday.\n\nTwo strikers were shot dead by police during the walkout, a union "
        "official said."
    )
    shot = said_in(extract(body, pub="2024-06-22"), "during the walkout")
    assert shot
    assert all(date(2024, 6, 18) <= e.date_start <= e.date_end <= date(2024, 6, 21) for e in shot)


def test_arrests_during_a_strike_lie_between_its_days(extract: Extract) -> None:
    body = (
        "Bus drivers in Lagos began a strike on Monday and called it off on Thursday.\n\n"
        "Police arrested twelve drivers during the strike, the union said."
    )
    held = said_in(extract(body, pub="2024-06-22"), "during the strike")
    assert held
    assert all(date(2024, 6, 17) <= e.date_start <= e.date_end <= date(2024, 6, 20) for e in held)
    # near miss: "during the night" names no happening, the week up to publication stays
    night = extract("Fighters shelled the town during the night, residents said.", pub="2024-06-20")
    assert night
    assert all(e.date_start == date(2024, 6, 14) for e in night)


# ================================================ a gapped second act keeps its own date


def test_a_gapped_second_attack_has_its_own_day_and_place(extract: Extract) -> None:
    # "attacked A on Monday and B on Thursday": the verb is left out of the second conjunct
    # (gapping), so two acts, each with its own date phrase and place
    body = "Gunmen attacked a checkpoint in Gao on Monday and a market in Mopti on Thursday."
    force = [e for e in extract(body, pub="2024-06-22") if code(e).startswith("18")]
    days = sorted((e.date_start, e.location.text if e.location else None) for e in force)
    assert days == [(date(2024, 6, 17), "Gao"), (date(2024, 6, 20), "Mopti")]


def test_two_objects_retaken_in_two_months_are_two_acts(extract: Extract) -> None:
    body = "The army said it had retaken the airport in March and the port in May."
    took = [e for e in extract(body, pub="2024-06-22") if code(e).startswith("19")]
    assert sorted(e.date_start for e in took) == [date(2024, 3, 1), date(2024, 5, 1)]
    # near misses: a range's two ends, and a joined clause with its own verb, are no gap
    one_range = extract("Rebels shelled the town between January and March.", pub="2024-06-22")
    assert len([e for e in one_range if code(e).startswith("19")]) == 1
    joined = extract("Police arrested 20 people on Monday and fighting resumed on Friday.")
    assert len([e for e in joined if code(e).startswith("17")]) == 1


# ================================================ an act told by a pronoun in an "after" clause


def test_an_emergency_declared_it_in_an_after_clause_keeps_its_day(extract: Extract) -> None:
    # "declared it": the pronoun stands for the state of emergency named before (CAMEO 1724),
    # and the "after" clause's act keeps its own day
    body = (
        "The junta lifted a state of emergency on Friday, weeks after it declared it in "
        "Niamey on May 3."
    )
    declared = [e for e in extract(body, pub="2024-06-22") if code(e).startswith("17")]
    assert [(e.date_start, e.date_end) for e in declared] == [(date(2024, 5, 3), date(2024, 5, 3))]
    # near miss: "declared it a mistake" gives "it" a complement, no act of martial law
    body = "The president lifted martial law on Wednesday and declared it a mistake."
    assert not [e for e in extract(body, pub="2024-06-22") if code(e).startswith("17")]
