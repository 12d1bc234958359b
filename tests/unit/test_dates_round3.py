"""Round 3 of the date reader: phrases anchored on a happening or on the period under
discussion ("the day after the shooting", "the year-earlier quarter", "a year earlier" after
a quarter, "the previous month" in a narrative). Sentences written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.events.dates_document import document_dates

PUB = date(2024, 11, 7)  # a Thursday


def _range(text: str, phrase: str) -> tuple[date, date] | None:
    got = [f for f in document_dates(text, PUB) if f.text == phrase]
    assert len(got) == 1, [f.text for f in document_dates(text, PUB)]
    r = got[0].range
    return (r.start, r.end) if r else None


def _texts(text: str) -> list[str]:
    return [f.text for f in document_dates(text, PUB)]


# ---------------------------------------------------------------- the day after a happening


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        (
            "A dam burst near Lyon on 12 October. Rescuers reached the valley the day after the flood.",
            "the day after",
            date(2024, 10, 13),
        ),
        (
            "The strike began on 3 June. The unions met ministers the day before the march.",
            "the day before",
            date(2024, 6, 2),
        ),
        (  # a night is told as its day
            "The vote was held on 5 May. Crowds gathered the night before the count began.",
            "the night before",
            date(2024, 5, 4),
        ),
    ],
)
def test_the_day_after_a_happening_moves_the_date_named_before(
    text: str, phrase: str, day: date
) -> None:
    assert _range(text, phrase) == (day, day)


def test_the_day_before_in_apposition_to_a_day_is_that_day() -> None:
    text = "The courier was last heard from on 2 March, the day before the border closed."
    assert _range(text, "the day before") == (date(2024, 3, 2), date(2024, 3, 2))


def test_the_day_after_with_no_date_named_is_no_day() -> None:
    # near miss: nothing in the article dates the happening
    assert "the day after" not in _texts("Rescuers reached the valley the day after the flood.")


def test_the_day_after_a_month_is_no_day() -> None:
    # near miss: a month names no day to move by one
    text = "A dam burst near Lyon in October. Rescuers came the day after the flood."
    assert "the day after" not in _texts(text)


def test_the_day_after_a_named_day_counts_from_that_day() -> None:
    text = "Talks opened on 4 March. Fighting resumed the day after the 9 March ceasefire."
    assert _range(text, "the day after the 9 March") == (date(2024, 3, 10), date(2024, 3, 10))


def test_the_day_before_at_a_clause_end_is_unchanged() -> None:
    # near miss: the older rule ("the day before." continues the date named before)
    text = "The minister resigned on 8 April. He had met the king the day before."
    assert _range(text, "the day before") == (date(2024, 4, 7), date(2024, 4, 7))


# ---------------------------------------------------------------- a year back, same unit


def test_the_year_earlier_quarter_is_the_quarter_before_a_year_back() -> None:
    text = "Third-quarter profit at the brewer fell 9% from the year-earlier quarter."
    assert _range(text, "the year-earlier quarter") == (date(2023, 7, 1), date(2023, 9, 30))


def test_the_year_ago_period_is_the_span_under_discussion_a_year_back() -> None:
    text = "Exports in March 2024 rose 4% from the year-ago period."
    assert _range(text, "the year-ago period") == (date(2023, 3, 1), date(2023, 3, 31))


def test_the_year_earlier_first_half_names_its_half() -> None:
    text = "Revenue in 2024 beat forecasts; it had fallen in the year-earlier first half."
    assert _range(text, "the year-earlier first half") == (date(2023, 1, 1), date(2023, 6, 30))


def test_a_year_earlier_after_a_quarter_keeps_the_quarter() -> None:
    text = "Second-quarter sales of the carmaker reached $3 billion, up from $2 billion a year earlier."
    assert _range(text, "a year earlier") == (date(2023, 4, 1), date(2023, 6, 30))


def test_a_year_earlier_after_a_month_keeps_the_month() -> None:
    text = "Prices in September 2024 rose 2%, against 5% a year earlier."
    assert _range(text, "a year earlier") == (date(2023, 9, 1), date(2023, 9, 30))


def test_a_year_earlier_after_a_day_is_the_year() -> None:
    # near miss: a day is not carried a year back; the year is what the text gives
    text = "The bridge opened on 4 May 2024. A year earlier, the old one had collapsed."
    assert _range(text, "A year earlier") == (date(2023, 1, 1), date(2023, 12, 31))


def test_two_years_earlier_after_a_month_is_the_year() -> None:
    # near miss: HeidelTime's REFUNIT rule is for "a year" only
    text = "Prices in September 2024 rose 2%, against 5% two years earlier."
    assert _range(text, "two years earlier") == (date(2022, 1, 1), date(2022, 12, 31))


def test_two_years_earlier_after_a_year_is_the_year() -> None:
    text = "The treaty was signed in 2020. Two years earlier, talks had failed."
    assert _range(text, "Two years earlier") == (date(2018, 1, 1), date(2018, 12, 31))


# ---------------------------------------------------------------- "the previous month"


def test_the_previous_month_continues_the_narrative() -> None:
    text = "The mayor was shot on 3 March 2021. The previous month, he had received threats."
    assert _range(text, "The previous month") == (date(2021, 2, 1), date(2021, 2, 28))


def test_the_previous_month_without_a_date_named_is_before_publication() -> None:
    text = "The previous month, the mayor had received threats."
    assert _range(text, "The previous month") == (date(2024, 10, 1), date(2024, 10, 31))


def test_last_month_in_a_narrative_stays_deictic() -> None:
    # near miss: "last month" counts from publication whatever the narrative says
    text = "The mayor was shot on 3 March 2021. Last month, his killer was sentenced."
    assert _range(text, "Last month") == (date(2024, 10, 1), date(2024, 10, 31))


# ---------------------------------------------------------------- a season named by two years


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The drought began in the winter of 2019-20.", "in the winter of 2019-20"),
        ("Snow closed the passes in winter 2019/20.", "in winter 2019/20"),
        ("Ski resorts shut in the winter of 2019/2020.", "in the winter of 2019/2020"),
    ],
)
def test_a_winter_named_by_two_years_starts_in_the_first(sentence: str, phrase: str) -> None:
    # TimeML's 2019-WI: December 2019 to February 2020 (never the winter around publication)
    assert _range(sentence, phrase) == (date(2019, 12, 1), date(2020, 2, 29))


def test_a_northern_summer_named_by_two_years_is_a_range_of_years() -> None:
    # near miss: a northern summer lies inside one year; "2019-20" stays a range of years,
    # and "the summer" is not read as this year's
    got = _texts("The harvest failed in the summer of 2019-20.")
    assert got == ["2019", "20"]


def test_a_winter_of_one_year_is_unchanged() -> None:
    # near miss: "winter 2019" starts in December 2019 (TimeML 2019-WI), as before
    got = _range("The drought began in the winter of 2019.", "in the winter of 2019")
    assert got == (date(2019, 12, 1), date(2020, 2, 29))


# ---------------------------------------------------------------- the year before the part


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "The brewer's 2022 third-quarter loss was its worst.",
            "2022 third-quarter",
            date(2022, 7, 1),
            date(2022, 9, 30),
        ),
        (
            "Net income fell in the 2021 fourth quarter.",
            "the 2021 fourth quarter",
            date(2021, 10, 1),
            date(2021, 12, 31),
        ),
        (
            "Orders slumped in last year's second quarter.",
            "last year's second quarter",
            date(2023, 4, 1),
            date(2023, 6, 30),
        ),
        (
            "Output will recover in next year's first half.",
            "next year's first half",
            date(2025, 1, 1),
            date(2025, 6, 30),
        ),
        (
            "Profit rose in 2020's second half.",
            "2020's second half",
            date(2020, 7, 1),
            date(2020, 12, 31),
        ),
    ],
)
def test_a_year_written_before_a_quarter_or_half_is_its_year(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    assert _range(sentence, phrase) == (start, end)


def test_a_quarter_without_a_year_still_goes_by_the_verb() -> None:
    # near miss: no year written, so a finished third quarter is the latest one
    got = _range("Profit rose in the third quarter.", "the third quarter")
    assert got == (date(2024, 7, 1), date(2024, 9, 30))


# ---------------------------------------------------------------- seasons and quarters of a year


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "The pact was signed in the autumn of last year.",
            "in the autumn of last year",
            date(2023, 9, 1),
            date(2023, 11, 30),
        ),
        (
            "The dam was finished in spring last year.",
            "in spring last year",
            date(2023, 3, 1),
            date(2023, 5, 31),
        ),
        (
            "The bridge will open in the summer of next year.",
            "in the summer of next year",
            date(2025, 6, 1),
            date(2025, 8, 31),
        ),
        (
            "Floods hit the delta in early spring.",
            "in early spring",
            date(2024, 3, 1),
            date(2024, 5, 31),
        ),
        (
            "Fires spread during the late summer of 2019.",
            "during the late summer of 2019",
            date(2019, 6, 1),
            date(2019, 8, 31),
        ),
    ],
)
def test_a_season_of_a_named_year(sentence: str, phrase: str, start: date, end: date) -> None:
    assert _range(sentence, phrase) == (start, end)


def test_a_season_of_a_non_time_noun_is_no_date() -> None:
    # near miss: "the winter of discontent" names no winter of the calendar
    assert _texts("Strikes spread through the winter of discontent.") == []


def test_the_fourth_quarter_of_the_year_is_read_whole() -> None:
    # published in November: the fourth quarter under way is the latest one
    got = _range("Sales rose in the fourth quarter of the year.", "the fourth quarter of the year")
    assert got == (date(2024, 10, 1), date(2024, 12, 31))


def test_a_quarter_before_of_course_keeps_its_span() -> None:
    # near miss: "of" that starts no year is not part of the phrase
    got = _texts("Sales rose in the third quarter, of course.")
    assert got == ["the third quarter"]


# ---------------------------------------------------------------- "the same month last year"


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end"),
    [
        (
            "Car sales in August 2024 beat the same month last year.",
            "the same month last year",
            date(2023, 8, 1),
            date(2023, 8, 31),
        ),
        (
            "Second-quarter output fell against the same quarter a year earlier.",
            "the same quarter a year earlier",
            date(2023, 4, 1),
            date(2023, 6, 30),
        ),
        (
            "Exports in the third quarter of 2022 trailed the same period of the previous year.",
            "the same period of the previous year",
            date(2021, 7, 1),
            date(2021, 9, 30),
        ),
    ],
)
def test_the_same_unit_last_year_is_the_period_named_a_year_back(
    text: str, phrase: str, start: date, end: date
) -> None:
    assert _range(text, phrase) == (start, end)


def test_the_same_period_last_year_without_a_period_named_is_last_year() -> None:
    # near miss: nothing names the period, so the year before publication, as "last year" was
    got = _range("Car sales beat the same period last year.", "the same period last year")
    assert got == (date(2023, 1, 1), date(2023, 12, 31))


def test_the_same_month_alone_stays_that_month() -> None:
    # near miss: without "last year" the phrase names the month before it, not a year back
    text = "Car sales rose in August 2024. In the same month, prices fell."
    assert _range(text, "the same month") == (date(2024, 8, 1), date(2024, 8, 31))


# ---------------------------------------------------------------- "the latest quarter"


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "The miner's output fell in the latest quarter.",
            "latest quarter",
            date(2024, 7, 1),
            date(2024, 9, 30),
        ),
        (
            "Rents rose in the most recent month.",
            "most recent month",
            date(2024, 10, 1),
            date(2024, 10, 31),
        ),
    ],
)
def test_the_latest_unit_is_the_last_whole_one(
    sentence: str, phrase: str, start: date, end: date
) -> None:
    assert _range(sentence, phrase) == (start, end)


def test_the_past_month_stays_the_stretch_up_to_publication() -> None:
    # near miss: "the past month" is the 30 days up to publication, as before
    got = _range("Rents rose over the past month.", "past month")
    assert got == (date(2024, 10, 9), date(2024, 11, 7))


def test_the_latest_figures_name_no_date() -> None:
    # near miss: "latest" before a noun that is no unit of time
    assert _texts("The latest figures show rents rising.") == []


# ---------------------------------------------------------------- a fronted date dates the main verb

THU = PUB  # 2024-11-07, a Thursday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the planning happened on that Monday: past
        ("On Monday, the port authority planned a new toll.", date(2024, 11, 4)),
        ("On Monday, the ministry planned to reopen the school.", date(2024, 11, 4)),
        # near misses: the date is the time the verb sets, or the verb is present
        ("The ministry planned to reopen the school on Monday.", date(2024, 11, 11)),
        ("On Monday, the ministry expects to reopen the school.", date(2024, 11, 11)),
        ("On Monday, the school is expected to reopen.", date(2024, 11, 11)),
    ],
)
def test_a_date_opening_the_clause_dates_its_main_verb(sentence: str, day: date) -> None:
    (found,) = document_dates(sentence, THU)
    assert found.range is not None
    assert (found.range.start, found.range.end) == (day, day)


# ---------------------------------------------------------------- "the following weekend"


@pytest.mark.parametrize(
    ("text", "phrase", "sat"),
    [
        (
            "Polls closed on Wednesday 6 November. Crowds marched the following weekend.",
            "the following weekend",
            date(2024, 11, 9),
        ),
        # a Saturday's "following weekend" is the next one, not the Sunday after it
        (
            "Polls closed on Saturday 2 November. Crowds marched the following weekend.",
            "the following weekend",
            date(2024, 11, 9),
        ),
        (
            "Polls closed on Monday 4 November. Crowds had marched the previous weekend.",
            "the previous weekend",
            date(2024, 11, 2),
        ),
        # a Sunday's "previous weekend" is the one before its own
        (
            "Polls closed on Sunday 3 November. Crowds had marched the previous weekend.",
            "the previous weekend",
            date(2024, 10, 26),
        ),
    ],
)
def test_the_following_weekend_continues_the_date_named_before(
    text: str, phrase: str, sat: date
) -> None:
    assert _range(text, phrase) == (sat, sat + timedelta(days=1))


def test_next_weekend_stays_deictic() -> None:
    # near miss: "next weekend" counts from publication (Thursday 7 November)
    text = "Polls closed on Monday 4 November. Crowds will march next weekend."
    assert _range(text, "next weekend") == (date(2024, 11, 9), date(2024, 11, 10))


# ---------------------------------------------------------------- the day after a holiday


@pytest.mark.parametrize(
    ("sentence", "phrase", "day"),
    [
        ("Shops reopened the day after Christmas.", "the day after Christmas", date(2023, 12, 26)),
        (
            "Shops reopened the day after Christmas 2019.",
            "the day after Christmas 2019",
            date(2019, 12, 26),
        ),
        (
            "Crowds gathered the night before Thanksgiving.",
            "the night before Thanksgiving",
            date(2023, 11, 22),
        ),
    ],
)
def test_the_day_after_a_holiday_moves_it_by_one(sentence: str, phrase: str, day: date) -> None:
    assert _range(sentence, phrase) == (day, day)


def test_a_holiday_alone_is_unchanged() -> None:
    # near miss: Christmas itself, the latest one before publication
    assert _range("Rebels attacked on Christmas.", "Christmas") == (
        date(2023, 12, 25),
        date(2023, 12, 25),
    )
