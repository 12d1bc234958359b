"""An event's time precision is that of the days it can lie in, and a date whose year no
calendar holds is left unread. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.events.dates_common import precision_for
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

PUB = date(2026, 6, 2)  # a Tuesday, the second day of its month


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_an_act_told_done_this_month_is_dated_to_the_days_up_to_publication(
    extract: Extract,
) -> None:
    # TimeML's value is the month, but the attack happened by publication: two days are
    # left, and a month's precision over them would claim less than the text says
    (ev,) = real(extract("Rebels attacked a police post in Gao this month.", "2026-06-02"), "19")
    assert (ev.when.start, ev.when.end) == (date(2026, 6, 1), PUB)
    assert ev.when.precision == precision_for(ev.when.start, ev.when.end) == 2


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The court sat on 12 March 99999, its clerk wrote.", []),
        ("The court sat on Friday, 12 March 99999.", []),
        ("The court sat on 12 March 0000, its clerk wrote.", []),
        # a count after the day and month is no year: the day is read as before
        ("On 12 March 25000 pilgrims walked to the shrine.", ["On 12 March"]),
    ],
)
def test_a_date_whose_year_no_calendar_holds_is_left_unread(text: str, read: list[str]) -> None:
    assert [d.text for d in find_dates(text, PUB)] == read


def test_an_act_on_an_unread_date_is_not_given_a_day(extract: Extract) -> None:
    (ev,) = real(extract("Gunmen killed a chief in Kidal on 12 March 99999.", "2026-06-02"), "18")
    assert ev.when.precision == 2
    assert "date_inferred" in ev.flags
