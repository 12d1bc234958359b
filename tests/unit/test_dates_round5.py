"""Round 5 of the date reader: a month or day with no year told with a verb that looks ahead
from publication ("will resume in January" in a March story) is next year's, however far
ahead; a future seen from the past ("would resume", "planned to", "was expected to") keeps
publication's year, as before. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates

MARCH = date(2024, 3, 14)


def _range(text: str, phrase: str, pub: date = MARCH) -> tuple[str, str]:
    got = [f for f in document_dates(text, pub) if f.text == phrase]
    assert len(got) == 1, [f.text for f in document_dates(text, pub)]
    r = got[0].range
    assert r is not None
    return r.start.isoformat(), r.end.isoformat()


# ---------------------------------------------------------------- a future verb, a month gone


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("Talks on the border will resume in January.", "in January", ("2025-01-01", "2025-01-31")),
        (
            "The new bridge is expected to open in February.",
            "in February",
            ("2025-02-01", "2025-02-28"),
        ),
        (
            "The party plans to hold its congress in January.",
            "in January",
            ("2025-01-01", "2025-01-31"),
        ),
        ("The envoys will meet again on Jan. 20.", "on Jan. 20", ("2025-01-20", "2025-01-20")),
    ],
)
def test_future_verb_takes_next_year_for_a_month_gone(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # near misses: a future seen from the past may be a plan already over
        (
            "The council said the market would reopen in January.",
            "in January",
            ("2024-01-01", "2024-01-31"),
        ),
        ("The union planned to strike in January.", "in January", ("2024-01-01", "2024-01-31")),
        ("The dam was expected to open in February.", "in February", ("2024-02-01", "2024-02-29")),
        (
            "The envoy couldn't attend the talks on Jan. 20.",
            "on Jan. 20",
            ("2024-01-20", "2024-01-20"),
        ),
        # a month not yet over, or a day gone by less than a month: publication's year
        ("The envoys will meet again in March.", "in March", ("2024-03-01", "2024-03-31")),
        ("The envoys will meet again on March 2.", "on March 2", ("2024-03-02", "2024-03-02")),
        # the past tense is untouched
        ("The talks broke down in January.", "in January", ("2024-01-01", "2024-01-31")),
    ],
)
def test_future_seen_from_the_past_keeps_publication_year(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- the nth weekday of a month


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # the latest Sunday before publication (10 March) was the wrong day
        (
            "The rally was held on the first Sunday of March.",
            "the first Sunday of March",
            ("2024-03-03", "2024-03-03"),
        ),
        (
            "Voters go to the polls on the last Sunday in April.",
            "the last Sunday in April",
            ("2024-04-28", "2024-04-28"),
        ),
        (
            "The fair opened on the second Saturday of May 2023.",
            "the second Saturday of May 2023",
            ("2023-05-13", "2023-05-13"),
        ),
        (
            "The vote will be held on the fourth Thursday of November.",
            "the fourth Thursday of November",
            ("2024-11-28", "2024-11-28"),
        ),
    ],
)
def test_nth_weekday_of_a_month_is_that_day(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


def test_a_weekday_with_no_month_is_read_as_before() -> None:
    # near miss: no month after the weekday, so the weekday rule reads it as before
    assert _range("The first Sunday the church was full.", "Sunday") == ("2024-03-10", "2024-03-10")


# ---------------------------------------------------------------- a possessive year


def test_a_possessive_year_after_a_preposition_is_the_year() -> None:
    text = "The ruling party won 60 percent in 2022's election."
    assert _range(text, "in 2022") == ("2022-01-01", "2022-12-31")


def test_a_possessive_year_ending_in_zero_stays_the_decade() -> None:
    # near miss: "in the 1990's" is the old spelling of the decade
    assert _range("Growth was strong in the 1990's.", "the 1990's") == ("1990-01-01", "1999-12-31")


# ---------------------------------------------------------------- a law's coming into force


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("The smoking ban comes into force on Monday.", "on Monday", ("2024-03-18", "2024-03-18")),
        ("The new rules take effect on Monday.", "on Monday", ("2024-03-18", "2024-03-18")),
        ("The tariff goes into effect on July 1.", "on July 1", ("2024-07-01", "2024-07-01")),
    ],
)
def test_coming_into_force_in_the_present_is_ahead(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


def test_coming_into_force_in_the_past_stays_past() -> None:
    # near miss: the past tense keeps the Monday gone
    assert _range("The smoking ban came into force on Monday.", "on Monday") == (
        "2024-03-11",
        "2024-03-11",
    )


# ---------------------------------------------------------------- "year end" written apart


@pytest.mark.parametrize(
    "text",
    [
        "The firm expects to sell the unit by year end.",
        "The firm expects to sell the unit by year-end.",
    ],
)
def test_year_end_written_apart_is_this_year(text: str) -> None:
    phrase = "by year end" if "year end" in text else "by year-end"
    assert _range(text, phrase) == ("2024-01-01", "2024-12-31")


def test_a_year_that_ends_is_no_date() -> None:
    # near miss: "year ends" is a subject and its verb, no time named
    assert document_dates("The fiscal year ends badly for the firm.", MARCH) == []


# ---------------------------------------------------------------- "the following March"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (
            "The blockade began on Jan. 5, 2022, and lasted until the following March.",
            "the following March",
            ("2022-03-01", "2022-03-31"),
        ),
        (
            "The mine closed in 2019. The following June, the town emptied.",
            "The following June",
            ("2020-06-01", "2020-06-30"),
        ),
        (
            "The river flooded in May 2021; the preceding March had been wet.",
            "the preceding March",
            ("2021-03-01", "2021-03-31"),
        ),
    ],
)
def test_following_month_counts_from_the_date_named_before(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


def test_a_month_after_following_as_a_preposition_is_read_as_before() -> None:
    # near miss: "following" as a preposition after the month names no anchored month
    text = "Prices peaked in June, following months of gains."
    assert _range(text, "in June") == ("2023-06-01", "2023-06-30")


# ---------------------------------------------------------------- "in '98"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("The firm first made a profit in '98.", "in '98", ("1998-01-01", "1998-12-31")),
        ("She has run the clinic since '05.", "since '05", ("2005-01-01", "2005-12-31")),
        ("The plan promises clean water for all by '30.", "by '30", ("2030-01-01", "2030-12-31")),
    ],
)
def test_two_digit_year_after_a_year_word(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


def test_two_digit_decade_stays_the_decade() -> None:
    # near miss: "the '90s" is the decade, not 1990
    assert _range("The band was a hit in the '90s.", "the '90s") == ("1990-01-01", "1999-12-31")


# ---------------------------------------------------------------- the two ends of a range


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # the shared year of the range
        ("Exports fell from March to May 2023.", "from March", ("2023-03-01", "2023-03-31")),
        # read apart: March this year and May last year, a range ending before it starts
        ("Exports fell from March to May.", "from March", ("2023-03-01", "2023-03-31")),
        ("The strike ran from Wednesday to Friday.", "Wednesday", ("2024-03-06", "2024-03-06")),
        # ahead: the second end moves on
        ("The strike will run from Wednesday to Friday.", "Friday", ("2024-03-22", "2024-03-22")),
        # a first end put a year ahead only by its verb goes back to the second's year: the
        # window open now, not next year's
        (
            "The fair will run from February to April.",
            "from February",
            ("2024-02-01", "2024-02-29"),
        ),
        ("Applicants will file between Feb. 1 and May 15.", "Feb. 1", ("2024-02-01", "2024-02-01")),
        # an end that fixes its own week stays; the bare end moves to it
        (
            "The rounds will run from Monday till Wednesday this week.",
            "Monday",
            ("2024-03-11", "2024-03-11"),
        ),
        # a list sharing the second's year
        ("Cases fell in January and February 2008.", "in January", ("2008-01-01", "2008-01-31")),
    ],
)
def test_the_ends_of_a_range_are_in_order(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # near misses: ends already in order stay as read; two months not a range stay apart
        ("The strike ran from Monday to Wednesday.", "Monday", ("2024-03-11", "2024-03-11")),
        ("Exports fell from January to March.", "from January", ("2024-01-01", "2024-01-31")),
        ("Exports rose in March and fell in May.", "in March", ("2024-03-01", "2024-03-31")),
    ],
)
def test_ends_in_order_or_no_range_stay_as_read(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- a Monday holiday's weekend


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # Memorial Day 2023 was Monday 29 May: its weekend is the 27th and 28th, not June's first
        (
            "Crowds filled the beaches over the Memorial Day weekend.",
            "Memorial Day weekend",
            ("2023-05-27", "2023-05-28"),
        ),
        # near miss: a Thursday holiday's weekend still closes its week
        (
            "Shoppers crowded malls over the Thanksgiving weekend.",
            "Thanksgiving weekend",
            ("2023-11-25", "2023-11-26"),
        ),
    ],
)
def test_holiday_weekend(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- "the 12th of last month"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (
            "The accord was signed on the 12th of last month.",
            "on the 12th of last month",
            ("2024-02-12", "2024-02-12"),
        ),
        (
            "Talks resume on the 3rd of next month.",
            "on the 3rd of next month",
            ("2024-04-03", "2024-04-03"),
        ),
        # near miss: "last month" alone stays the month
        ("The accord was signed last month.", "last month", ("2024-02-01", "2024-02-29")),
    ],
)
def test_day_of_a_month_counted_from_publication(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- weekends and weeks from a weekday


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # publication is Thursday 14 March 2024: last weekend 9-10 March, the one before 2-3
        (
            "The vote was held the weekend before last.",
            "the weekend before last",
            ("2024-03-02", "2024-03-03"),
        ),
        (
            "The vote will be held the weekend after next.",
            "the weekend after next",
            ("2024-03-23", "2024-03-24"),
        ),
        # the coming Friday is the 15th; a week from it the 22nd (the reader said the 15th)
        (
            "The verdict is due a week from Friday.",
            "a week from Friday",
            ("2024-03-22", "2024-03-22"),
        ),
        (
            "Parliament sits again a week on Monday.",
            "a week on Monday",
            ("2024-03-25", "2024-03-25"),
        ),
    ],
)
def test_weekend_before_last_and_a_week_from_a_weekday(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # near misses: "a week on Monday" before a noun or told in the past is no such day
        ("He worked a week on Monday shifts.", "on Monday", ("2024-03-11", "2024-03-11")),
        ("He had been in hospital a week on Monday.", "on Monday", ("2024-03-11", "2024-03-11")),
        ("The vote was held last weekend.", "last weekend", ("2024-03-09", "2024-03-10")),
    ],
)
def test_week_on_a_weekday_near_misses(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- a year before its verb


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Growth in 2019 was stronger than expected.", "in 2019"),
        ("The deficit in 2019 has since doubled.", "in 2019"),
        ("The harvest in 2019 is still the record.", "in 2019"),
        ("The firm sold the plant in 2019 as demand fell.", "in 2019"),
    ],
)
def test_year_before_a_verb_or_conjunction_is_a_year(text: str, phrase: str) -> None:
    assert _range(text, phrase) == ("2019-01-01", "2019-12-31")


def test_number_before_a_plural_noun_is_no_year() -> None:
    # near miss: "in 1500 homes" counts homes
    assert document_dates("Power was cut in 1500 homes.", MARCH) == []


# ---------------------------------------------------------------- "for 2025"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("The bank expects a loss for 2025.", "for 2025", ("2025-01-01", "2025-12-31")),
        (
            "The outlook for 1998 is bleak, the report said.",
            "for 1998",
            ("1998-01-01", "1998-12-31"),
        ),
    ],
)
def test_year_after_for(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


@pytest.mark.parametrize(
    "text",
    [
        # near misses: counts after "for"
        "He paid 5 dollars for 2000 shares.",
        "The party voted for 1999 of the motions.",
        "The drill ran for 1500 minutes.",
    ],
)
def test_count_after_for_is_no_year(text: str) -> None:
    assert document_dates(text, MARCH) == []


# ---------------------------------------------------------------- names that hold a day


@pytest.mark.parametrize(
    "text",
    [
        "The Sunday Telegraph said the talks had failed.",
        "The Good Friday Agreement ended the conflict.",
        "The April 6 Youth Movement called a strike.",
        "Fans watched Monday Night Football in the bar.",
        "He has not flown since the September 11 attacks.",
    ],
)
def test_a_name_holding_a_day_names_no_date(text: str) -> None:
    assert document_dates(text, MARCH) == []


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # the name's own year and the story's own day are still read
        ("He was wounded on Bloody Sunday in 1972.", "in 1972", ("1972-01-01", "1972-12-31")),
        (
            "The Sunday Times reported the leak on Monday.",
            "on Monday",
            ("2024-03-11", "2024-03-11"),
        ),
        # near misses: the weekday or holiday alone, or as a plain modifier, is a date
        ("Shops close on Good Friday.", "Good Friday", ("2024-03-29", "2024-03-29")),
        ("The Sunday vote was close.", "Sunday", ("2024-03-10", "2024-03-10")),
        (
            "On Saturday night live coverage began.",
            "On Saturday night",
            ("2024-03-09", "2024-03-09"),
        ),
    ],
)
def test_dates_beside_or_outside_a_name(text: str, phrase: str, span: tuple[str, str]) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- "the deadline is Friday"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # publication is Thursday 14 March 2024
        ("The deadline for bids is Friday.", "Friday", ("2024-03-15", "2024-03-15")),
        ("The funeral is Monday.", "Monday", ("2024-03-18", "2024-03-18")),
        # near miss: the past copula keeps the Friday gone
        ("The deadline for bids was Friday.", "Friday", ("2024-03-08", "2024-03-08")),
    ],
)
def test_present_be_with_a_weekday_is_a_schedule(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- "this past week" at a weekend


@pytest.mark.parametrize(
    ("pub", "span"),
    [
        (date(2024, 3, 16), ("2024-03-11", "2024-03-17")),  # a Saturday: its own week just ended
        (date(2024, 3, 10), ("2024-03-04", "2024-03-10")),  # a Sunday: the same
        (date(2024, 3, 11), ("2024-03-04", "2024-03-10")),  # near miss: a Monday, the week before
    ],
)
def test_this_past_week_in_a_weekend_story(pub: date, span: tuple[str, str]) -> None:
    assert _range("Rallies were held across the country this past week.", "past week", pub) == span


# ---------------------------------------------------------------- "in late 2023 or early 2024"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("The vote is due in late 2025 or early 2026.", "early 2026", ("2026-01-01", "2026-12-31")),
        ("Output fell in early 2010 and late 2012.", "late 2012", ("2012-01-01", "2012-12-31")),
        # near miss: the plain list is read as before
        ("Output fell in 2010, 2012 and 2015.", "2015", ("2015-01-01", "2015-12-31")),
    ],
)
def test_a_later_year_of_a_list_with_its_part(
    text: str, phrase: str, span: tuple[str, str]
) -> None:
    assert _range(text, phrase) == span


# ---------------------------------------------------------------- a two-digit end of a year range


def test_a_count_after_a_year_and_to_is_no_range() -> None:
    text = "Cases fell from 79 in January and February 2008 to 57 this year."
    assert _range(text, "February 2008") == ("2008-02-01", "2008-02-29")
    assert all("57" not in f.text for f in document_dates(text, MARCH))


def test_a_dashed_two_digit_end_is_still_a_range() -> None:
    # near miss: "1998-99" is the season of two years
    assert _range("The 1998-99 season was cancelled.", "99") == ("1999-01-01", "1999-12-31")
