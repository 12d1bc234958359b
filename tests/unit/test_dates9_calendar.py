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
