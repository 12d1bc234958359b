"""A possessive day after "after"/"following"/"since" whose verb leaves the direction open
names a happening already reported ("would not yield to pressure after Sunday's march"), so
it is the latest such day, not the next one (``dates_raising.prior_possessive``)."""

from datetime import date

import pytest

from dashboard.events.dates import find_dates

MONDAY = date(2024, 10, 14)


def _days(sentence: str) -> dict[str, date]:
    return {d.text: d.range.start for d in find_dates(sentence, MONDAY, future=True)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "day"),
    [
        (
            "The cabinet said it would not yield to pressure after Sunday's march in Zagreb.",
            "Sunday's",
            date(2024, 10, 13),
        ),
        (
            "The board would not return to work after Saturday's sit-in.",
            "Saturday's",
            date(2024, 10, 12),
        ),
        (
            "The council would not cave to pressure after Friday's walkout in Porto.",
            "Friday's",
            date(2024, 10, 11),
        ),
    ],
)
def test_possessive_day_after_prior_preposition_is_past(
    sentence: str, phrase: str, day: date
) -> None:
    assert _days(sentence)[phrase] == day


@pytest.mark.parametrize(
    ("sentence", "phrase", "day"),
    [
        # "will" decides: a march still to come
        (
            "Police said they will reopen roads after Saturday's march.",
            "Saturday's",
            date(2024, 10, 19),
        ),
        # no possessive: a bare day under "would" is the next one
        (
            "The cabinet said it would not yield to pressure after Sunday.",
            "Sunday",
            date(2024, 10, 20),
        ),
    ],
)
def test_near_misses_keep_their_direction(sentence: str, phrase: str, day: date) -> None:
    assert _days(sentence)[phrase] == day
