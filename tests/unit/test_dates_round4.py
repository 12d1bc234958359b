"""Round 4 of the date reader: "this" + a season outside that season follows the verb (else
publication's year, TimeML's YYYY-SE), "the last quarter" with no year is the quarter
gone, as "last quarter" is, and "the current/last/next fiscal year" is the country's
government year from publication, not "current" as the present week; "a historic day for X"
is the day named before; a state told in the present "until" a day ends ahead; a January
date with no verb in a late-December story is next year's; "the following Monday" counts
from the day named before; a timetable verb in the present ("the trial resumes Thursday")
schedules its day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates

JUNE = date(2024, 6, 14)  # outside autumn and winter, inside summer
JANUARY = date(2024, 1, 20)  # inside winter 2023-24


def _range(
    text: str, phrase: str, pub: date, country: str | None = None
) -> tuple[date, date] | None:
    found = document_dates(text, pub, country=country)
    got = [f for f in found if f.text == phrase]
    assert len(got) == 1, [f.text for f in found]
    r = got[0].range
    return (r.start, r.end) if r else None


# ---------------------------------------------------------------- "this" + a season


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (  # ahead: the autumn to come, not the one nine months gone
            "The referendum on the new port is due this fall.",
            "this fall",
            (date(2024, 9, 1), date(2024, 11, 30)),
        ),
        (
            "Ministers will meet again this autumn to review the grain deal.",
            "this autumn",
            (date(2024, 9, 1), date(2024, 11, 30)),
        ),
        (  # a winter expected in June is the next one
            "Forecasters expect heavy floods this winter along the river.",
            "this winter",
            (date(2024, 12, 1), date(2025, 2, 28)),
        ),
        (  # the past tense keeps the winter just gone
            "Thick ice covered the harbour this winter, the port authority said.",
            "this winter",
            (date(2023, 12, 1), date(2024, 2, 29)),
        ),
        (  # the coming winter is the first one after publication
            "Aid agencies warned that fuel will run short in the coming winter.",
            "coming winter",
            (date(2024, 12, 1), date(2025, 2, 28)),
        ),
    ],
)
def test_this_season_outside_it_follows_the_verb(
    text: str, phrase: str, span: tuple[date, date]
) -> None:
    assert _range(text, phrase, JUNE) == span


def test_this_season_inside_it_is_that_season_whatever_the_verb() -> None:
    # near miss: publication falls inside the season, so the verb does not move it
    text = "Factories will cut power this summer to spare the grid."
    assert _range(text, "this summer", JUNE) == (date(2024, 6, 1), date(2024, 8, 31))
    text = "Snow closed the mountain pass this winter."
    assert _range(text, "this winter", JANUARY) == (date(2023, 12, 1), date(2024, 2, 29))


def test_last_season_is_unchanged() -> None:
    # near miss: "last" already names the one gone
    text = "Wildfires burned the hills last autumn."
    assert _range(text, "last autumn", JUNE) == (date(2023, 9, 1), date(2023, 11, 30))


# ---------------------------------------------------------------- "the last quarter"


@pytest.mark.parametrize(
    "text",
    [
        "Exports fell 4 percent in the last quarter, the statistics office said.",
        "The bank's profit rose in the last quarter.",
    ],
)
def test_the_last_quarter_without_a_year_is_the_quarter_gone(text: str) -> None:
    assert _range(text, "the last quarter", JUNE) == (date(2024, 1, 1), date(2024, 3, 31))


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (  # near miss: "of the year" makes it the fourth quarter
            "Exports fell in the last quarter of the year.",
            "the last quarter of the year",
            (date(2023, 10, 1), date(2023, 12, 31)),
        ),
        (  # near miss: a year written after it
            "Exports fell in the last quarter of 2022.",
            "the last quarter of 2022",
            (date(2022, 10, 1), date(2022, 12, 31)),
        ),
        (  # near miss: a verb that looks ahead keeps the fourth quarter of this year
            "Output will peak in the last quarter, the ministry expects.",
            "the last quarter",
            (date(2024, 10, 1), date(2024, 12, 31)),
        ),
        (  # near miss: "the final quarter" is the fourth
            "Exports fell in the final quarter.",
            "the final quarter",
            (date(2023, 10, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_the_last_quarter_of_a_year_stays_the_fourth(
    text: str, phrase: str, span: tuple[date, date]
) -> None:
    assert _range(text, phrase, JUNE) == span


# ---------------------------------------------------------------- "the current fiscal year"

OCTOBER = date(2023, 10, 20)  # in the US federal fiscal year 2024 (from 1 October 2023)


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (
            "The Pentagon expects to overspend in the current fiscal year.",
            "current fiscal year",
            (date(2023, 10, 1), date(2024, 9, 30)),
        ),
        (
            "Arms sales to the region doubled last fiscal year.",
            "last fiscal year",
            (date(2022, 10, 1), date(2023, 9, 30)),
        ),
        (
            "Congress will debate aid for next fiscal year in March.",
            "next fiscal year",
            (date(2024, 10, 1), date(2025, 9, 30)),
        ),
    ],
)
def test_a_fiscal_year_from_publication_is_the_countrys_government_year(
    text: str, phrase: str, span: tuple[date, date]
) -> None:
    assert _range(text, phrase, OCTOBER, country="US") == span


def test_the_current_fiscal_year_is_no_present_week() -> None:
    text = "The ministry expects a deficit in the current fiscal year."
    found = document_dates(text, OCTOBER)
    assert [f.text for f in found] == ["current fiscal year"]
    r = found[0].range
    assert r is not None
    # no country: every twelve months that hold publication, never the week of writing
    assert (r.start, r.end) == (date(2022, 11, 1), date(2024, 9, 30))


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # near misses: a fiscal quarter, a named fiscal year, "current" before another noun
        ("The last fiscal quarter was weak, the firm said.", []),
        ("Spending rose in fiscal 2023, the ministry said.", ["fiscal 2023"]),
        ("The current government took office in May.", ["current", "in May"]),
    ],
)
def test_other_fiscal_and_current_phrases_are_unchanged(text: str, phrases: list[str]) -> None:
    assert [f.text for f in document_dates(text, OCTOBER)] == phrases


# ---------------------------------------------------------------- "a historic day for X"

TUESDAY = date(2024, 6, 11)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Parliament ratified the border treaty on Tuesday. "
            "It was a historic day for the country, the speaker said.",
            "a historic day",
        ),
        (  # present tense inside a quotation: the day it is said on
            'The last foreign troops left the capital on June 11. "This is a proud day '
            'for our people," the president said.',
            "a proud day",
        ),
        (
            "Floods swept through the valley on Tuesday. Villagers called it a black day "
            "in the region's history.",
            "a black day",
        ),
    ],
)
def test_an_evaluated_day_is_the_day_named_before(text: str, phrase: str) -> None:
    assert _range(text, phrase, JUNE) == (TUESDAY, TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no day named before; a month named before; a day still to come; a
        # saying about any day; a day out; the day of a "when" clause
        "It was a historic day for the country, the speaker said.",
        "Rebels took the town in May. It was a dark day for the region.",
        "Parliament ratified the treaty on Tuesday. It will be a historic day for the "
        "country when the last troops leave.",
        "Parliament ratified the treaty on Tuesday. Every day is a great day for peace.",
        "Parliament ratified the treaty on Tuesday. The families had a great day out.",
        "Parliament ratified the treaty on Tuesday. It was a sad day when the mill closed.",
    ],
)
def test_an_evaluated_day_without_a_named_day_or_looking_ahead_is_no_date(text: str) -> None:
    assert not [f for f in document_dates(text, JUNE) if f.text.endswith(" day")]


# ---------------------------------------------------------------- a present state "until" a day

WEDNESDAY = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The offer of safe passage is good through Friday.", date(2024, 6, 14)),
        ("The curfew lasts until Sunday, the governor's office said.", date(2024, 6, 16)),
        ("The embassy remains closed until Monday.", date(2024, 6, 17)),
        ("Schools stay shut until Monday, officials said.", date(2024, 6, 17)),
        ("The strike runs through Friday.", date(2024, 6, 14)),
        ("Until Friday, the border crossing is closed to trucks.", date(2024, 6, 14)),
    ],
)
def test_a_present_state_until_a_day_ends_ahead(text: str, day: date) -> None:
    found = [f for f in document_dates(text, WEDNESDAY) if f.range is not None]
    assert [(f.range.start, f.range.end) for f in found] == [(day, day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # near misses: the same states told in the past end at a day gone
        ("The embassy remained closed until Monday.", date(2024, 6, 10)),
        ("The curfew lasted until Sunday, the governor's office said.", date(2024, 6, 9)),
        ("Schools stayed shut until Monday, officials said.", date(2024, 6, 10)),
        ("The offer of safe passage was good through Friday.", date(2024, 6, 7)),
        ("Fighting continued until Sunday.", date(2024, 6, 9)),
    ],
)
def test_a_past_state_until_a_day_ends_behind(text: str, day: date) -> None:
    found = [f for f in document_dates(text, WEDNESDAY) if f.range is not None]
    assert [(f.range.start, f.range.end) for f in found] == [(day, day)]


# ---------------------------------------------------------------- a day early next year, no verb

LATE_DECEMBER = date(2024, 12, 28)


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        # headline-like lines with no verb to read
        ("Peace talks in Geneva on Jan. 3.", "on Jan. 3", (date(2025, 1, 3), date(2025, 1, 3))),
        ("A new border fee from Jan. 1.", "Jan. 1", (date(2025, 1, 1),) * 2),
        (
            "The film festival is in January.",
            "in January",
            (date(2025, 1, 1), date(2025, 1, 31)),
        ),
    ],
)
def test_with_no_verb_a_day_early_next_year_is_the_one_ahead(
    text: str, phrase: str, span: tuple[date, date]
) -> None:
    assert _range(text, phrase, LATE_DECEMBER) == span


@pytest.mark.parametrize(
    ("text", "phrase", "span", "pub"),
    [
        # near misses: a past verb keeps the January gone; "since" names a time gone; a
        # month beginning more than a month ahead stays in publication's year
        (
            "The report released on Jan. 3 found abuses.",
            "on Jan. 3",
            (date(2024, 1, 3),) * 2,
            LATE_DECEMBER,
        ),
        (
            "Fuel prices have risen since Jan. 3.",
            "Jan. 3",
            (date(2024, 1, 3),) * 2,
            LATE_DECEMBER,
        ),
        (
            "The film festival is in February.",
            "in February",
            (date(2024, 2, 1), date(2024, 2, 29)),
            LATE_DECEMBER,
        ),
        (
            "Peace talks in Geneva on Jan. 3.",
            "on Jan. 3",
            (date(2024, 1, 3),) * 2,
            date(2024, 10, 20),
        ),
    ],
)
def test_a_past_verb_or_a_far_month_keeps_its_year(
    text: str, phrase: str, span: tuple[date, date], pub: date
) -> None:
    assert _range(text, phrase, pub) == span


# ---------------------------------------------------------------- "the following Monday"


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        (
            "On May 15, troops entered the port. The following Monday, they withdrew.",
            "The following Monday",
            date(2024, 5, 20),
        ),
        (
            "The talks began on March 3 and ended the following Friday.",
            "the following Friday",
            date(2024, 3, 8),
        ),
        (  # told in the past, "the next Sunday" follows the story, not publication
            "Troops entered the port on May 15 and withdrew the next Sunday.",
            "the next Sunday",
            date(2024, 5, 19),
        ),
        (
            "On May 15, troops entered the port. The previous Sunday, the rebels had fled.",
            "The previous Sunday",
            date(2024, 5, 12),
        ),
    ],
)
def test_the_following_weekday_counts_from_the_day_named_before(
    text: str, phrase: str, day: date
) -> None:
    assert _range(text, phrase, WEDNESDAY) == (day, day)


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        # near misses: "next Monday" and a "the next Monday" still to come count from
        # publication; so does "last Friday"
        ("The talks resume next Monday.", "next Monday", date(2024, 6, 17)),
        ("The talks will resume the next Monday.", "next Monday", date(2024, 6, 17)),
        ("Rebels seized the depot last Friday.", "last Friday", date(2024, 6, 7)),
    ],
)
def test_next_and_last_weekdays_still_count_from_publication(
    text: str, phrase: str, day: date
) -> None:
    assert _range(text, phrase, WEDNESDAY) == (day, day)


def test_the_following_weekday_after_a_month_names_no_day() -> None:
    # after "In May" the text does not say which week: no day (it was the Monday before
    # publication, a day the story never named)
    text = "In May, troops entered the port. The following Monday, they withdrew."
    assert [f.text for f in document_dates(text, WEDNESDAY)] == ["In May"]


# ---------------------------------------------------------------- timetable verbs


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The trial resumes Thursday.", date(2024, 6, 13)),
        ("Schools reopen Monday after the floods.", date(2024, 6, 17)),
        ("Kenyans vote on Tuesday.", date(2024, 6, 18)),
        ("Voting ends Sunday, the commission said.", date(2024, 6, 16)),
    ],
)
def test_a_timetable_verb_in_the_present_schedules_its_day(text: str, day: date) -> None:
    found = [f for f in document_dates(text, WEDNESDAY) if f.range is not None]
    assert [(f.range.start, f.range.end) for f in found] == [(day, day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # near misses: the past tense; a noun with a finite verb after the phrase; a verb
        # that is no timetable verb; a strike told as a noun before a relative clause
        ("The trial resumed Thursday.", date(2024, 6, 6)),
        ("The parliament's vote on Tuesday was close.", date(2024, 6, 11)),
        ("Clashes on Sunday between police and protesters left two dead.", date(2024, 6, 9)),
        ("Israeli strikes on Sunday, which killed five, drew condemnation.", date(2024, 6, 9)),
        ("Troops end their patrols on Sunday.", date(2024, 6, 9)),
    ],
)
def test_other_present_forms_before_a_day_are_unchanged(text: str, day: date) -> None:
    found = [f for f in document_dates(text, WEDNESDAY) if f.range is not None]
    assert [(f.range.start, f.range.end) for f in found] == [(day, day)]


# ---------------------------------------------------------------- undated articles


def test_an_undated_article_gives_no_day_counted_from_a_placeholder() -> None:
    text = (
        "The trial resumed Thursday. That day, police arrested a second suspect. "
        "It was a historic day for the country."
    )
    got = {f.text: f.range for f in document_dates(text, None)}
    # a weekday with no publication date has no day, so nothing can continue it
    assert got == {"Thursday": None, "That day": None}


def test_an_undated_article_still_continues_an_explicit_date() -> None:
    # near miss: an explicit date needs no publication date, so it anchors the story
    text = "The trial resumed on 3 March 2021. That day, police arrested a second suspect."
    got = {f.text: f.range for f in document_dates(text, None)}
    r = got["That day"]
    assert r is not None
    assert (r.start, r.end) == (date(2021, 3, 3), date(2021, 3, 3))
