"""Periods whose results are still to be reported, and dates told after a prediction or an
infinitive relative (dates57).

Each case gives the TIMEX3 value a TimeML annotator would write for a sentence of our own and
the ``dates`` contract's reading of it:

- "The company will report third-quarter earnings next week" (Oct. 26, 1989) is 1989-Q3:
  results come out after their period ends (IAS 34), so the future verb looks ahead to the
  report, not to the quarter; it was read as 1990-Q3 (``dates_results``).
- "The storm is forecast to hit the coast on Saturday" is the Saturday ahead: "forecast to",
  "projected to", "poised to" look ahead as "expected to" does; it was the Saturday before.
- "The bill, to be debated Thursday, ..." is the Thursday ahead: an infinitive relative
  tells what is to happen; its participle had been read as a past verb.

Every positive case fails on main; each kind has near misses that keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.events.dates_results import latest_reported_year, results_reported

WSJ_DAY = date(1989, 10, 26)  # a Thursday in the fourth quarter
SPRING = date(2013, 3, 20)  # a Wednesday in the first quarter
SUMMER = date(2013, 7, 20)


def _range(text: str, pub: date, phrase: str) -> tuple[str | None, str | None]:
    """The contract's range for the one found phrase that holds ``phrase``."""
    got = [f.record() for f in document_dates(text, pub) if phrase in f.text]
    assert len(got) == 1, (text, [f.text for f in document_dates(text, pub)])
    return got[0]["date_start"], got[0]["date_end"]  # type: ignore[return-value]


# ------------------------------------------------------------------ results reported ahead


@pytest.mark.parametrize(
    ("pub", "text", "phrase", "want"),
    [
        (
            WSJ_DAY,
            "The company will report third-quarter earnings next week.",
            "third-quarter",
            ("1989-07-01", "1989-09-30"),
        ),
        (
            WSJ_DAY,
            "The insurer is expected to post its third-quarter results on Monday.",
            "third-quarter",
            ("1989-07-01", "1989-09-30"),
        ),
        (
            WSJ_DAY,
            "The bank will report results for the third quarter on Tuesday.",
            "third quarter",
            ("1989-07-01", "1989-09-30"),
        ),
        (
            SPRING,
            "The retailer will announce fourth-quarter profit on Thursday.",
            "fourth-quarter",
            ("2012-10-01", "2012-12-31"),
        ),
        (
            SUMMER,
            "The carmaker will report first-half results on Tuesday.",
            "first-half",
            ("2013-01-01", "2013-06-30"),
        ),
    ],
)
def test_a_period_whose_results_are_still_to_be_reported_is_the_one_just_over(
    pub: date, text: str, phrase: str, want: tuple[str, str]
) -> None:
    # TIMEX3 DATE 1989-Q3 / 2012-Q4 / 2013-H1, not the next such period after publication
    assert _range(text, pub, phrase) == want


@pytest.mark.parametrize(
    ("pub", "text", "phrase", "want"),
    [
        # the last fourth quarter ended ten months before: the report is of this year's
        (
            WSJ_DAY,
            "The bank will report fourth-quarter results in January.",
            "fourth-quarter",
            ("1989-10-01", "1989-12-31"),
        ),
        # no reporting verb: a forecast of the quarter still running
        (
            WSJ_DAY,
            "Analysts expect fourth-quarter profit to rise.",
            "fourth-quarter",
            ("1989-10-01", "1989-12-31"),
        ),
        # no results noun: an act planned in the next third quarter
        (
            WSJ_DAY,
            "The company will cut jobs in the third quarter.",
            "third quarter",
            ("1990-07-01", "1990-09-30"),
        ),
        # told done: the latest third quarter, as before
        (
            WSJ_DAY,
            "The company reported third-quarter earnings on Monday.",
            "third-quarter",
            ("1989-07-01", "1989-09-30"),
        ),
    ],
)
def test_periods_not_reported_ahead_keep_their_reading(
    pub: date, text: str, phrase: str, want: tuple[str, str]
) -> None:
    assert _range(text, pub, phrase) == want


def test_the_report_needs_a_reporting_verb_and_a_results_noun() -> None:
    text = "It will report third-quarter earnings."
    start = text.index("third")
    assert results_reported(text, start, start + len("third-quarter"))
    other = "It will report third-quarter layoffs."
    assert not results_reported(other, start, start + len("third-quarter"))
    cut = "It will cut third-quarter earnings."
    assert not results_reported(cut, cut.index("third"), cut.index("third") + 13)


def test_a_period_over_more_than_a_quarter_ago_is_not_the_one_reported() -> None:
    assert latest_reported_year(WSJ_DAY, 9) == 1989
    assert latest_reported_year(date(2013, 3, 20), 12) == 2012
    assert latest_reported_year(WSJ_DAY, 12) is None  # Dec. 1988 is ten months back


# ------------------------------------------------------------------ predictions look ahead


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        ("The storm is forecast to hit the coast on Saturday.", "Saturday", "2013-03-23"),
        ("Turnout is projected to peak on Sunday.", "Sunday", "2013-03-24"),
        ("The rebels are poised to enter the capital on Friday.", "Friday", "2013-03-22"),
        (
            "The bill, to be debated Thursday by the Senate, is likely to pass.",
            "Thursday",
            "2013-03-21",
        ),
        (
            "The treaty, to be signed on Friday in Paris, ends a long dispute.",
            "Friday",
            "2013-03-22",
        ),
    ],
)
def test_a_weekday_after_a_prediction_or_an_infinitive_relative_is_ahead(
    text: str, phrase: str, want: str
) -> None:
    assert _range(text, SPRING, phrase) == (want, want)


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        ("The storm hit the coast on Saturday.", "Saturday", "2013-03-16"),
        ("The storm, forecast last week, hit the coast on Saturday.", "Saturday", "2013-03-16"),
        ("The bill was debated Thursday by the Senate.", "Thursday", "2013-03-14"),
        ("The bill, debated Thursday by the Senate, passed.", "Thursday", "2013-03-14"),
    ],
)
def test_weekdays_told_done_stay_behind(text: str, phrase: str, want: str) -> None:
    assert _range(text, SPRING, phrase) == (want, want)


# ------------------------------------------------------------------ a comment clause of saying


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        (
            "On Friday, the ministry said, the troops will withdraw.",
            "Friday",
            ("2013-03-22", "2013-03-22"),
        ),
        (
            "In May, the minister said, the ban will be lifted.",
            "May",
            ("2013-05-01", "2013-05-31"),
        ),
    ],
)
def test_a_fronted_date_skips_a_comment_clause_of_saying(
    text: str, phrase: str, want: tuple[str, str]
) -> None:
    # the parenthetical "the ministry said" is no clause the date opens (Quirk §15.53)
    assert _range(text, SPRING, phrase) == want


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        # no second comma: the date opens the saying's clause
        (
            "On Friday, the ministry said the troops would withdraw.",
            "Friday",
            ("2013-03-15", "2013-03-15"),
        ),
        # the main clause is past itself
        (
            "On Friday, police said, a gunman opened fire.",
            "Friday",
            ("2013-03-15", "2013-03-15"),
        ),
        # a quotation after the saying: nothing but the saying to date
        (
            'On Friday, the ministry said, "We will leave."',
            "Friday",
            ("2013-03-15", "2013-03-15"),
        ),
    ],
)
def test_a_fronted_date_before_a_saying_alone_keeps_the_saying(
    text: str, phrase: str, want: tuple[str, str]
) -> None:
    assert _range(text, SPRING, phrase) == want
