"""Date phrases resolved against a publication date: a table per pattern, then properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.articles.reader import parse_article
from dashboard.events.dates import find_dates, precision_for, reference_date
from dashboard.events.extract import EventExtractor

PUB = date(2024, 11, 7)  # a Thursday


@pytest.mark.parametrize(
    ("text", "pub", "future", "start", "end", "precision"),
    [
        # weekday names: the latest on or before publication, the next one when future
        ("on Wednesday", PUB, False, "2024-11-06", "2024-11-06", 1),
        ("on Thursday", PUB, False, "2024-11-07", "2024-11-07", 1),
        ("on Friday", PUB, False, "2024-11-01", "2024-11-01", 1),
        ("on Friday", PUB, True, "2024-11-08", "2024-11-08", 1),
        ("next Monday", PUB, False, "2024-11-11", "2024-11-11", 1),
        # yesterday, today, tomorrow
        ("yesterday", PUB, False, "2024-11-06", "2024-11-06", 1),
        ("today", PUB, False, "2024-11-07", "2024-11-07", 1),
        ("tomorrow", PUB, True, "2024-11-08", "2024-11-08", 1),
        # last/this/next week, month, year (ISO weeks, Monday to Sunday)
        ("last week", PUB, False, "2024-10-28", "2024-11-03", 2),
        ("next week", PUB, True, "2024-11-11", "2024-11-17", 2),
        ("last month", PUB, False, "2024-10-01", "2024-10-31", 3),
        ("next month", date(2024, 12, 20), True, "2025-01-01", "2025-01-31", 3),
        ("last year", PUB, False, "2023-01-01", "2023-12-31", 4),
        # early/mid/late: the whole unit (TimeML: its value, with a modifier)
        ("early last year", PUB, False, "2023-01-01", "2023-12-31", 4),
        ("late last year", PUB, False, "2023-01-01", "2023-12-31", 4),
        ("earlier this year", PUB, False, "2024-01-01", "2024-12-31", 4),
        # explicit dates in common formats
        ("on 14 March 2023", PUB, False, "2023-03-14", "2023-03-14", 1),
        ("March 14, 2023", PUB, False, "2023-03-14", "2023-03-14", 1),
        ("Mar. 14, 2023", PUB, False, "2023-03-14", "2023-03-14", 1),
        ("2023-03-14", PUB, False, "2023-03-14", "2023-03-14", 1),
        ("in March 2022", PUB, False, "2022-03-01", "2022-03-31", 3),
        # months and days without a year
        ("in January", PUB, False, "2024-01-01", "2024-01-31", 3),
        ("They fought in December", PUB, False, "2023-12-01", "2023-12-31", 3),
        ("They will vote in December", PUB, False, "2024-12-01", "2024-12-31", 3),
        ("on Nov. 5", PUB, False, "2024-11-05", "2024-11-05", 1),
        ("on 26 February", PUB, False, "2024-02-26", "2024-02-26", 1),
        # years and year ranges
        ("in 2019", PUB, False, "2019-01-01", "2019-12-31", 4),
        ("its 1910-45 occupation", PUB, False, "1910-01-01", "1945-12-31", 4),
        ("from 1950 to 1953", PUB, False, "1950-01-01", "1953-12-31", 4),
        ("the 1998-02 period", PUB, False, "1998-01-01", "2002-12-31", 4),
        # since ...: open until publication
        ("since early last year", PUB, False, "2023-01-01", "2024-11-07", 4),
        ("since 2014", PUB, False, "2014-01-01", "2024-11-07", 4),
        ("since January", PUB, False, "2024-01-01", "2024-11-07", 4),
        # ago
        ("two days ago", PUB, False, "2024-11-05", "2024-11-05", 1),
        ("three weeks ago", PUB, False, "2024-10-14", "2024-10-20", 2),
    ],
)
def test_date_phrases(
    text: str, pub: date, future: bool, start: str, end: str, precision: int
) -> None:
    (found,) = find_dates(text, pub, future=future)
    assert (found.range.start.isoformat(), found.range.end.isoformat(), found.range.precision) == (
        start,
        end,
        precision,
    )
    assert found.range.reason


def test_relative_phrases_need_a_publication_date() -> None:
    assert find_dates("on Wednesday, last week", None) == []
    (explicit,) = find_dates("on 14 March 2023", None)
    assert explicit.range.start == date(2023, 3, 14)


def test_acled_reference_dates() -> None:
    (week,) = find_dates("last week", PUB)
    assert reference_date(week.range) == date(2024, 10, 31)  # the Thursday of that week
    (month,) = find_dates("in March 2022", PUB)
    assert reference_date(month.range) == date(2022, 3, 16)
    (early,) = find_dates("in early March 2022", PUB)
    assert reference_date(early.range) == early.range.start


def test_an_impossible_day_falls_back_to_its_month() -> None:
    (found,) = find_dates("on 31 February 2023", PUB)
    assert (found.range.start, found.range.end, found.range.precision) == (
        date(2023, 2, 1),
        date(2023, 2, 28),
        3,
    )


PHRASES = st.sampled_from(
    [
        "yesterday",
        "today",
        "tomorrow",
        "last week",
        "next week",
        "this month",
        "last month",
        "last year",
        "early last year",
        "late this year",
        "on Monday",
        "on Sunday",
        "in January",
        "in December",
        "on 3 March",
        "on March 3",
        "since last year",
        "two weeks ago",
        "in 2020",
        "1914-18",
        "from 1990 to 1995",
        "on 5 May 2021",
        "earlier this month",
        "earlier this week",
        "later this year",
        "late in the month",
        "the week before last",
        "the month after next",
        "by year-end",
        "the first of May",
        "on 29 February last year",
        "the thirty-first of March",
        "March 3 next year",
        "on the 31st",
        "by the 29th",
        "in the future",
        "on Election Day",
        "a fortnight ago",
        "in a fortnight's time",
        "until at least 2030",
        "on Black Friday",
        "within a fortnight",
    ]
)
PUBS = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=300, deadline=None)
@given(phrase=PHRASES, pub=PUBS, future=st.booleans())
def test_ranges_are_ordered_and_precision_matches_length(
    phrase: str, pub: date, future: bool
) -> None:
    for found in find_dates(phrase, pub, future=future):
        r = found.range
        assert r.start <= r.end
        assert r.precision == precision_for(r.start, r.end)


EXTRACTOR = EventExtractor()


@settings(max_examples=150, deadline=None)
@given(
    phrase=PHRASES,
    pub=PUBS,
    verb=st.sampled_from(["held talks", "will hold talks", "were expected to hold talks"]),
)
def test_events_after_publication_are_flagged_planned(phrase: str, pub: date, verb: str) -> None:
    article = parse_article(
        f"date {pub.isoformat()}\nOSLO — Ministers {verb} in Oslo {phrase}.", path="t"
    )
    for ev in EXTRACTOR.extract(article):
        assert ev.when.start <= ev.when.end
        if ev.when.start > pub:
            # a future act is planned; one told in the past tense is a conflict (dates50)
            assert {"planned", "date_conflict"} & set(ev.flags), (phrase, verb, ev.when)


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=200), pub=st.one_of(st.none(), PUBS), future=st.booleans())
def test_never_raises_on_arbitrary_text(text: str, pub: date | None, future: bool) -> None:
    for found in find_dates(text, pub, future=future):
        assert found.range.start <= found.range.end


def test_precision_boundaries() -> None:
    d = date(2024, 1, 1)
    assert [precision_for(d, d + timedelta(days=n)) for n in (0, 1, 6, 7, 30, 31, 400)] == [
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]
