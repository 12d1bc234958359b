"""Date phrases read from their tail (dates64), each rule with sentences written for these
tests and near misses that keep their reading:

- a quarter or half named by the month it ends in ("the September quarter", "its June-quarter
  profit", "the December half") was read as the bare month; it is the three (six) months
  that end with that month (TIMEX3 values a quarter as a quarter; MUC-6 NE task B.2), and
  "the quarter ending in March" is the quarter ended March, as "ended March 31" already was;
- a count with a half ("half a century ago", "a year and a half ago", "two and a half
  decades later") was read as its tail ("a century ago": fifty years off) or not at all; it
  is the whole count of the next smaller unit (50 years, 18 months, 25 years).
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates

PUB = date(2011, 5, 18)  # a Wednesday


def _read(sentence: str, phrase: str, pub: date = PUB) -> tuple[str, date, date]:
    (dm,) = [d for d in find_dates(sentence, pub) if phrase in d.text]
    return dm.text, dm.range.start, dm.range.end


def _texts(sentence: str, pub: date = PUB) -> list[str]:
    return [d.text for d in find_dates(sentence, pub)]


# ---------------------------------------------------------------- a period named by its month


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "The ore trader posted a loss for the March quarter.",
            "March",
            date(2011, 1, 1),
            date(2011, 3, 31),
        ),
        (
            "Its December quarter had been the weakest in years, the chain said.",
            "December",
            date(2010, 10, 1),
            date(2010, 12, 31),
        ),
        (
            "The grocer's April-quarter sales slipped 2 percent.",
            "April",
            date(2011, 2, 1),
            date(2011, 4, 30),
        ),
        (
            "The lender reported lower profit for the December 2009 half.",
            "December",
            date(2009, 7, 1),
            date(2009, 12, 31),
        ),
        (
            "Exports fell in the quarter ending in February.",
            "February",
            date(2010, 12, 1),
            date(2011, 2, 28),
        ),
    ],
)
def test_period_named_by_its_last_month(sentence: str, phrase: str, start: date, end: date) -> None:
    _, s, e = _read(sentence, phrase)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        # a sports round, a race, a district and a bare month keep the month's reading
        (
            "The club lost the March quarter-final to a rival.",
            "March",
            date(2011, 3, 1),
            date(2011, 3, 31),
        ),
        (
            "She ran the April half-marathon in record time.",
            "April",
            date(2011, 4, 1),
            date(2011, 4, 30),
        ),
        (
            "Bars in the French Quarter closed in April.",
            "April",
            date(2011, 4, 1),
            date(2011, 4, 30),
        ),
        (
            "Farmers sold a quarter of the crop in March.",
            "March",
            date(2011, 3, 1),
            date(2011, 3, 31),
        ),
        # a quarter by its number stays the calendar's
        (
            "Profit rose in the first quarter.",
            "quarter",
            date(2011, 1, 1),
            date(2011, 3, 31),
        ),
    ],
)
def test_month_near_quarter_keeps_its_reading(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    _, s, e = _read(sentence, phrase)
    assert (s, e) == (start, end)


def test_lowercase_month_word_is_no_period() -> None:
    # "may" as a verb before "half" names nothing
    assert _texts("Officials said the may half of the budget was spent.") == []


# ---------------------------------------------------------------- counts with a half


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        ("The dam burst half a century ago.", "century", date(1961, 1, 1), date(1961, 12, 31)),
        (
            "The depot was shelled more than half a decade ago.",
            "decade",
            date(2006, 1, 1),
            date(2006, 12, 31),
        ),
        ("The mayor quit a year and a half ago.", "half", date(2009, 11, 1), date(2009, 11, 30)),
        (
            "Two and a half years ago the port was bombed.",
            "years",
            date(2008, 11, 1),
            date(2008, 11, 30),
        ),
        (
            "The canal opened a century and a half ago.",
            "century",
            date(1861, 1, 1),
            date(1861, 12, 31),
        ),
        (
            "The mine closed in 1962, and two and a half decades later the town emptied.",
            "later",
            date(1987, 1, 1),
            date(1987, 12, 31),
        ),
        (
            "The fort fell in 1900, but half a century earlier it had been built.",
            "earlier",
            date(1850, 1, 1),
            date(1850, 12, 31),
        ),
    ],
)
def test_count_with_a_half(sentence: str, phrase: str, start: date, end: date) -> None:
    text, s, e = _read(sentence, phrase)
    assert "half" in text.lower()
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        # "half a dozen" is a count of people; the date is "a year ago", publication's
        # month a year back (dates86: DCT - P1Y, not the whole calendar year)
        (
            "Half a dozen guards were hurt a year ago.",
            "year",
            date(2010, 5, 1),
            date(2010, 5, 31),
        ),
        ("The bridge fell a century ago.", "century", date(1911, 1, 1), date(1911, 12, 31)),
        ("The strike began 18 months ago.", "months", date(2009, 11, 1), date(2009, 11, 30)),
    ],
)
def test_near_misses_of_a_half(sentence: str, phrase: str, start: date, end: date) -> None:
    _, s, e = _read(sentence, phrase)
    assert (s, e) == (start, end)


def test_half_a_year_served_is_no_date() -> None:
    # a stretch served, not a point counted back
    assert _texts("He served half a year in prison.") == []


# ---------------------------------------------------------------- "the latter half of"


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The refinery was idle in the latter half of 2008.", date(2008, 7, 1), date(2008, 12, 31)),
        (
            "Output should recover in the latter half of next year.",
            date(2012, 7, 1),
            date(2012, 12, 31),
        ),
    ],
)
def test_latter_half_is_the_second(sentence: str, start: date, end: date) -> None:
    text, s, e = _read(sentence, "half")
    assert text.lower().startswith("the latter half")
    assert (s, e) == (start, end)


def test_latter_half_of_a_noun_is_no_date() -> None:
    # the latter half of a life or of a staff is no half-year; the year named stays a year
    assert _texts("She spent the latter half of her career abroad.") == []
    _, s, e = _read("The mill cut the latter half of its staff in 2008.", "2008")
    assert (s, e) == (date(2008, 1, 1), date(2008, 12, 31))


# ---------------------------------------------------------------- "the next year" in a story


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "The union struck in 1987, and its leader was jailed the next year.",
            "next",
            date(1988, 1, 1),
            date(1988, 12, 31),
        ),
        (
            "The port was mined in June 2003 and cleared the next month.",
            "next",
            date(2003, 7, 1),
            date(2003, 7, 31),
        ),
        (
            "The envoy fled on May 4, 2001, and returned the next week.",
            "next",
            date(2001, 5, 7),
            date(2001, 5, 13),
        ),
        # a month after some day of a year is some month from February to the next January
        (
            "The mill burned in 1995, and the next month the owners sued.",
            "next",
            date(1995, 2, 1),
            date(1996, 1, 31),
        ),
    ],
)
def test_the_next_unit_follows_the_date_named_before(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    text, s, e = _read(sentence, phrase)
    assert text.lower().startswith("the next")
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # a bare "next year", or a stretch ahead, still counts from publication
        (
            "The pipeline opened in 1987 and will close next year.",
            date(2012, 1, 1),
            date(2012, 12, 31),
        ),
        (
            "The dam, built in 1987, will be rebuilt over the next year.",
            date(2012, 1, 1),
            date(2012, 12, 31),
        ),
        ("Prices will rise in the next month, the bank said.", date(2011, 6, 1), date(2011, 6, 30)),
        # with no date named before, "the next week" is the week after publication's
        ("Ministers will meet again the next week.", date(2011, 5, 23), date(2011, 5, 29)),
    ],
)
def test_next_unit_from_publication(sentence: str, start: date, end: date) -> None:
    _, s, e = _read(sentence, "next")
    assert (s, e) == (start, end)


# ---------------------------------------------------------------- "that Friday", "that September"


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        # 2 March 2009 is a Monday
        (
            "The blockade began on March 2, 2009, and on that Thursday the convoy got through.",
            "Thursday",
            date(2009, 3, 5),
            date(2009, 3, 5),
        ),
        (
            "Polls closed on Sunday, March 1, 2009, and that same Sunday the count began.",
            "same",
            date(2009, 3, 1),
            date(2009, 3, 1),
        ),
        (
            "The decree was signed in April 2004 and came into force in that October.",
            "October",
            date(2004, 10, 1),
            date(2004, 10, 31),
        ),
        (
            "The strikes started in 2002 and spread in 2003; that May the mines shut.",
            "May",
            date(2003, 5, 1),
            date(2003, 5, 31),
        ),
    ],
)
def test_that_weekday_or_month_follows_the_story(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    text, s, e = _read(sentence, phrase)
    assert "that" in text.lower()
    assert (s, e) == (start, end)


def test_that_friday_after_a_year_names_no_day() -> None:
    # which Friday of 2004 is not said: no day of the week of publication either
    assert _texts("The bank collapsed in 2004; that Friday its chairman fled.") == ["in 2004"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        # "that" as a conjunction: the bare name keeps its reading from publication
        (
            "Monitors said that Sunday's ballot was rigged.",
            "Sunday",
            date(2011, 5, 15),
            date(2011, 5, 15),
        ),
        (
            "The minister said that Friday would be a holiday.",
            "Friday",
            date(2011, 5, 20),
            date(2011, 5, 20),
        ),
        (
            "Forecasters said that April was the driest on record.",
            "April",
            date(2011, 4, 1),
            date(2011, 4, 30),
        ),
    ],
)
def test_that_as_conjunction_keeps_the_bare_reading(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    text, s, e = _read(sentence, phrase)
    assert "that" not in text.lower()
    assert (s, e) == (start, end)


def test_that_may_is_no_month() -> None:
    assert _texts("But that may change soon, the envoy said.") == []


# ---------------------------------------------------------------- "a week ago Friday"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # told on Wednesday 18 May 2011: the latest Friday is 13 May, the one before 6 May
        ("The militia was disarmed a week ago Friday.", date(2011, 5, 6)),
        ("Two weeks ago Sunday the polls closed early.", date(2011, 5, 1)),
        # the latest Wednesday is publication's own day
        ("The envoy resigned a week ago Wednesday.", date(2011, 5, 11)),
    ],
)
def test_weeks_ago_weekday(sentence: str, day: date) -> None:
    text, s, e = _read(sentence, "ago")
    assert "ago" in text
    assert text.split()[-1][0].isupper()  # the weekday is in the phrase
    assert (s, e) == (day, day)


def test_weeks_ago_then_a_weekday_apart() -> None:
    # a comma between: "a week ago" and "on Friday" are two phrases, each as before
    assert _texts("The envoy left a week ago, on Friday.") == ["a week ago", "on Friday"]


def test_and_that_coordinating_a_clause_keeps_the_bare_reading() -> None:
    # "and that" joins a second reported clause: Friday's counts from publication (the
    # latest Friday, as told in the past), not from 2 March 2009
    text, s, e = _read(
        "The talks began on March 2, 2009, aides said, and that Friday's deadline would stand.",
        "Friday",
    )
    assert "that" not in text
    assert (s, e) == (date(2011, 5, 13), date(2011, 5, 13))
