"""Clock times beside a weekday, "before" an hour, and a present perfect "since" a date.

Rules: a clock time's "am" is no verb ("struck at 3am on Sunday" is past, and a present verb
at a clock time is a timetable, HeidelTime's reading of the present with a date); "before
midnight on Sunday" is before the hour on that day, not before the day (TimeML BEFORE relates
the act to the time the preposition governs); "in the run-up to"/"ahead of" a day is BEFORE
it; a present perfect with a "since" clause runs from that clause's date to publication
(TimeML BEGUN_BY). The sentences are written for these tests. Publication 2026-06-18 is a
Thursday; 2026-06-22 a Monday.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.dates import find_dates
from dashboard.events.dates_since import since_perfect
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

THU = date(2026, 6, 18)
LAST_SUN, NEXT_SUN = date(2026, 6, 14), date(2026, 6, 21)
Extract = Callable[..., list[Event]]


def _day(sentence: str, pub: date = THU) -> date:
    (got,) = find_dates(sentence, pub)
    assert got.range.start == got.range.end
    return got.range.start


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The storm struck at 3am on Sunday, flattening homes.", LAST_SUN),
        ("Rebels shelled the town at 5 am on Sunday.", LAST_SUN),
        ("The ferry sank at 11 p.m. on Sunday off the coast.", LAST_SUN),
        # near misses: a present verb at a clock time is a timetable, still to come
        ("Polls open at 7am on Sunday across the country.", NEXT_SUN),
        ("Voting booths close at 20:00 on Sunday, the commission said.", NEXT_SUN),
        ("The ferry leaves at 6 a.m. on Sunday.", NEXT_SUN),
        ("The final is at 4pm on Sunday, organisers said.", NEXT_SUN),
        ("Kickoff is 8pm on Sunday.", NEXT_SUN),
        ("The final was at 4pm on Sunday, organisers said.", LAST_SUN),  # past "was"
        ("The blast at 3am on Sunday killed six people.", LAST_SUN),  # a noun, then "killed"
    ],
)
def test_a_clock_time_is_no_verb(sentence: str, want: date) -> None:
    assert _day(sentence) == want


def test_a_clock_time_at_the_sentence_start_sets_no_timetable() -> None:
    # "Police" opens the sentence: no subject before it, so no timetable reading; the verb
    # after the phrase ("arrested") decides
    assert _day("Police at 7am on Sunday arrested two men.") == LAST_SUN


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2026-06-18": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


def _when(events: list[Event]) -> list[tuple[date, date]]:
    return [(e.when.start, e.when.end) for e in events]


def test_before_midnight_on_a_day_is_that_day(extract: Extract) -> None:
    events = extract(
        "A powerful earthquake that struck shortly before midnight on Sunday killed four "
        "people in the hills east of Van.",
        pub="2026-06-22",
    )
    assert _when(events)
    assert all(w == (NEXT_SUN, NEXT_SUN) for w in _when(events))


def test_before_a_day_is_still_the_week_before_it(extract: Extract) -> None:
    # near miss: "before" governing the day itself keeps the week up to the day before
    events = extract(
        "Opposition supporters marched in Dakar before Sunday's vote.", pub="2026-06-22"
    )
    assert _when(events) == [(date(2026, 6, 14), date(2026, 6, 20))]


def test_ahead_of_a_day_is_before_it(extract: Extract) -> None:
    events = extract("Ahead of Sunday's runoff, rival militias fought in the streets of Tripoli.")
    assert events
    assert all(e.when.start <= THU and "planned" not in e.flags for e in events)


def test_a_perfect_since_a_year_runs_to_publication(extract: Extract) -> None:
    events = extract(
        "M23 rebels have shelled Goma almost daily since the fighting resumed in 2024."
    )
    assert _when(events) == [(date(2024, 1, 1), THU)]


def test_a_past_perfect_since_a_year_keeps_the_year(extract: Extract) -> None:
    # near miss: "had shelled" ends at a past time the text does not give
    events = extract(
        "Since the fighting resumed in 2024, M23 rebels had shelled Goma almost daily."
    )
    assert _when(events) == [(date(2024, 1, 1), date(2024, 12, 31))]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Since the coup in 2023, the junta has jailed dozens.", date(2023, 1, 1)),
        ("The junta jailed dozens in 2023 after the coup.", None),  # simple past: no span
        ("Since the coup in 2023, the junta jailed dozens on Monday.", None),
        ("Since the coup in 2023, the junta has jailed dozens on Monday.", None),  # own day
        ("It is the worst raid since 2023, and the army has arrested twelve.", None),  # ranked
    ],
)
def test_since_perfect(sentence: str, want: date | None) -> None:
    trigger = sentence.index("jailed" if "jailed" in sentence else "arrested")
    got = since_perfect(sentence, trigger, find_dates(sentence, THU), THU)
    if want is None:
        assert got is None
    else:
        assert got is not None
        assert (got.start, got.end) == (want, THU)


def test_a_perfect_with_its_own_day_keeps_the_day(extract: Extract) -> None:
    # near miss: the act's own weekday outranks the "since" clause's year
    events = extract("Since the coup in 2023, troops have killed 12 civilians in Niamey on Friday.")
    assert _when(events) == [(date(2026, 6, 12), date(2026, 6, 12))]
