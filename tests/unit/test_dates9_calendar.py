"""Stop 35 (dates9): calendar units told from the date named before or from publication.
Every sentence was written for these tests; none comes from an evaluation set. Values follow
TimeML (TIMEX3 DATE values: 2021-FA a season, 201 a decade) as date ranges."""

from __future__ import annotations

from datetime import date

from dashboard.events.dates import find_dates

PUB = date(2024, 3, 14)


def spans(text: str, pub: date = PUB) -> list[tuple[str, date, date]]:
    return [(d.text, d.range.start, d.range.end) for d in find_dates(text, pub)]


def test_that_season_is_the_season_of_the_year_named_before() -> None:
    # "that autumn" after 2021: TIMEX3 2021-FA, anchored on the date before it
    got = spans("Floods hit in the summer of 2021. That autumn, crops failed.")
    assert got[-1] == ("That autumn", date(2021, 9, 1), date(2021, 11, 30))
    # a winter named after a January is the one holding it: 2020-WI
    got = spans("The war began in January 2021. Later that winter, the city fell.")
    assert got[-1] == ("Later that winter", date(2020, 12, 1), date(2021, 2, 28))
    got = spans("He was elected in 2019, and that same spring he toured Europe.")
    assert got[-1] == ("that same spring", date(2019, 3, 1), date(2019, 5, 31))
    # near miss: with no date named before, the year is unspecified (XXXX-SU): no range
    assert spans("That summer was the hottest on record.") == []


def test_first_or_last_day_of_a_month_or_year_is_that_day() -> None:
    # TimeML values "the last day of February" as the day itself (2024-02-29), not the month
    assert spans("The law passed on the last day of February.") == [
        ("the last day of February", date(2024, 2, 29), date(2024, 2, 29))
    ]
    assert spans("He resigned on the first day of March 2023.") == [
        ("the first day of March 2023", date(2023, 3, 1), date(2023, 3, 1))
    ]
    assert spans("The fee rises on the first day of next month.") == [
        ("the first day of next month", date(2024, 4, 1), date(2024, 4, 1))
    ]
    assert spans("The deal expires on the last day of the year.") == [
        ("on the last day of the year", date(2024, 12, 31), date(2024, 12, 31))
    ]
    assert spans("Troops arrived on the last day of 2022.") == [
        ("the last day of 2022", date(2022, 12, 31), date(2022, 12, 31))
    ]
    # near miss: "the end of the month" stays the month, with a late modifier
    assert spans("The deal expires at the end of the month.") == [
        ("at the end of the month", date(2024, 3, 1), date(2024, 3, 31))
    ]
    # near miss: the first day of a happening names no calendar day
    assert spans("The first day of the siege was the bloodiest.") == []


def test_a_year_named_by_its_end_is_the_twelve_months_to_it() -> None:
    # a reporting year told by its last day: July 2022 to June 2023 with a past verb
    assert spans("Revenue grew in the fiscal year ended June 30.") == [
        ("the fiscal year ended June 30", date(2022, 7, 1), date(2023, 6, 30))
    ]
    assert spans("Revenue grew in the fiscal year ending March 31, 2023.") == [
        ("the fiscal year ending March 31, 2023", date(2022, 4, 1), date(2023, 3, 31))
    ]
    # a month with no day: the twelve whole months ending with it
    assert spans("Exports fell 4 percent in the 12 months to January.") == [
        ("the 12 months to January", date(2023, 2, 1), date(2024, 1, 31))
    ]
    assert spans("Profits fell in the financial year to April 2022.") == [
        ("the financial year to April 2022", date(2021, 5, 1), date(2022, 4, 30))
    ]
    # near miss: "a year to march" is a duration and a verb, no date
    assert spans("It took a year to march to the capital.") == []
