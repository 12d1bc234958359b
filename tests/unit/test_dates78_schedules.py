"""TIMEX3 date phrases of news read wrong or not at all (dates78), each rule with sentences
written for these tests and near misses that keep their reading:

- the -s present of a verb that is also a noun ("plays", "leaves", "visits", "votes")
  right after its clause's subject is the 'timetable' future: "The team plays Brazil on
  Saturday" is the coming Saturday (Quirk et al. 1985 §4.26; HeidelTime reads the present
  with a weekday as ahead), while "attended the peace talks on Sunday" keeps its past verb
  (``dates_timetable.subject_then_present``);
- "this summer's", "last winter's": a season with its possessive is the season, as "last
  year's" is the year (TimeML: a possessive temporal is a DATE);
- "from 2027 onwards": "onwards" is no plural noun after a count;
- "on a Sunday": a weekday after the indefinite article names no day of the calendar
  (TimeML values it XXXX-WXX-7), so no day is read; "in a Monday interview" keeps its day
  (``dates_indefinite``).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates

PUB = date(2025, 11, 19)  # a Wednesday


def _in_story(text: str, phrase: str, pub: date = PUB) -> tuple[date, date] | None:
    """The range read over ``phrase`` as the dates contract reads ``text``, or None."""
    s = text.index(phrase)
    e = s + len(phrase)
    got = [d.range for d in document_dates(text, pub) if d.start < e and s < d.end]
    return (got[0].start, got[0].end) if got and got[0] is not None else None


def _day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


# ---------------------------------------------------------------- positives (fail on main)


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        ("The team plays Brazil on Saturday.", "Saturday", _day(2025, 11, 22)),
        ("Parliament votes on the budget Thursday.", "Thursday", _day(2025, 11, 20)),
        ("The president leaves for Asia on Sunday.", "Sunday", _day(2025, 11, 23)),
        ("The minister travels to Rome on Thursday for talks.", "Thursday", _day(2025, 11, 20)),
        ("The pope visits Lebanon on Sunday.", "Sunday", _day(2025, 11, 23)),
        ("The head of the mission travels to Juba on Friday.", "Friday", _day(2025, 11, 21)),
        ("Brazil faces Argentina in the final on Sunday.", "Sunday", _day(2025, 11, 23)),
        (
            "The governor visits the flooded towns on Saturday, his office said.",
            "Saturday",
            _day(2025, 11, 22),
        ),
    ],
)
def test_present_after_subject_is_a_timetable(
    sentence: str, phrase: str, want: tuple[date, date]
) -> None:
    assert _in_story(sentence, phrase) == want


# ("this summer's" as the season and "from 2027 onwards" were taken out at stop 78: the
# season's year followed the reporting verb's tense and the northern year, and a year "onwards"
# outranked the act's own day)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The attack happened on a Sunday.", "Sunday"),
        ("He was killed on a Friday in March.", "Friday"),
        ("The talks ended on a Friday afternoon.", "Friday"),
        ("It was on a Monday, police said.", "Monday"),
    ],
)
def test_indefinite_weekday_names_no_day(sentence: str, phrase: str) -> None:
    assert _in_story(sentence, phrase) is None


# ---------------------------------------------------------------- near misses (pass on both)


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        ("He attended the peace talks on Sunday.", "Sunday", _day(2025, 11, 16)),
        ("The minister's visits on Monday drew protests.", "Monday", _day(2025, 11, 17)),
        ("Party votes on Sunday were counted by hand.", "Sunday", _day(2025, 11, 16)),
        ("Rebel attacks on Sunday killed five soldiers.", "Sunday", _day(2025, 11, 16)),
        ("The army said its strikes on Sunday hit rebel bases.", "Sunday", _day(2025, 11, 16)),
        ("The team's plays on Saturday impressed the coach.", "Saturday", _day(2025, 11, 15)),
        ("The minister resigned after the visits on Friday.", "Friday", _day(2025, 11, 14)),
        ("Police say the blast happened on Sunday.", "Sunday", _day(2025, 11, 16)),
        ("Data published on Tuesday shows prices rising.", "Tuesday", _day(2025, 11, 18)),
        ("In a Monday interview, the minister denied it.", "Monday", _day(2025, 11, 17)),
        ("The ministers met Friday in Geneva.", "Friday", _day(2025, 11, 14)),
        ("The ministers will meet Friday in Geneva.", "Friday", _day(2025, 11, 21)),
        # a plural noun of a happening after its modifier is no -s verb (only listed verbs)
        (
            "The Israeli strikes on Sunday, which killed four, drew protests.",
            "Sunday",
            _day(2025, 11, 16),
        ),
        ("Trade talks in Doha on Sunday.", "Sunday", _day(2025, 11, 16)),
    ],
)
def test_near_misses_keep_their_day(sentence: str, phrase: str, want: tuple[date, date]) -> None:
    assert _in_story(sentence, phrase) == want


@pytest.mark.parametrize(
    ("sentence", "phrase", "want"),
    [
        (
            "Last year's floods cost billions.",
            "Last year's",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        ("Fighting eased over the summer.", "the summer", (date(2025, 6, 1), date(2025, 8, 31))),
        ("The tax will rise from 2026.", "2026", (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_near_misses_of_years_and_seasons(
    sentence: str, phrase: str, want: tuple[date, date]
) -> None:
    assert _in_story(sentence, phrase) == want


@pytest.mark.parametrize(
    "sentence",
    ["The summer's heat was brutal.", "The firm built 1500 homes last year."],
)
def test_near_misses_read_no_date(sentence: str) -> None:
    phrase = "summer" if "summer" in sentence else "1500"
    assert _in_story(sentence, phrase) is None
