"""'The end of the month' in a story at another month (dates79): the unit of the date the
story is at when the clause's tense looks to it from publication (TimeML 1.2.1: an anaphoric
expression takes the reference time's value), else publication's, as before.

- "The strike began on March 10. By the end of the month, it had spread": March's end;
- "The vote is due on July 6. Results are expected by the end of the month": July's end;
- "said on May 2 that it would strike by the end of the month": a future in the past is seen
  from the saying (Quirk et al. 1985 §4.45), May's end.
Near misses keep publication's unit: a future told after a past date ("signed on May 28 ...
will leave by the end of the month"), "this month", no date before, a date coarser than the
unit, "says ... would", and a clause in the present.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = date(2025, 6, 18)  # a Wednesday
JUNE = (date(2025, 6, 1), date(2025, 6, 30))


def _in_story(text: str, phrase: str) -> tuple[date, date] | None:
    """The range the dates contract gives the phrase ``phrase`` of ``text``, or None."""
    s = text.index(phrase)
    e = s + len(phrase)
    got = [d.range for d in document_dates(text, PUB) if d.start < e and s < d.end]
    return (got[0].start, got[0].end) if got and got[0] is not None else None


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        (
            "The strike began on March 10. By the end of the month, it had spread to every port.",
            "the end of the month",
            (date(2025, 3, 1), date(2025, 3, 31)),
        ),
        (
            "The minister resigned on April 2, 2024, and left the country at the end of the month.",
            "the end of the month",
            (date(2024, 4, 1), date(2024, 4, 30)),
        ),
        (
            "The war began in March 2022. By the end of the year, eight million had fled.",
            "the end of the year",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
        (
            "Fighting erupted on Monday, May 5. By the end of the week, 200 had died.",
            "the end of the week",
            (date(2025, 5, 5), date(2025, 5, 11)),
        ),
        (
            "The vote is due on July 6. Results are expected by the end of the month.",
            "the end of the month",
            (date(2025, 7, 1), date(2025, 7, 31)),
        ),
        (
            "Talks broke down on May 2. The union said it would strike by the end of the month.",
            "the end of the month",
            (date(2025, 5, 1), date(2025, 5, 31)),
        ),
    ],
)
def test_the_unit_of_the_story_s_date(text: str, phrase: str, want: tuple[date, date]) -> None:
    assert _in_story(text, phrase) == want


@pytest.mark.parametrize(
    ("text", "phrase", "want"),
    [
        (
            "The ceasefire was signed on May 28. Troops will leave by the end of the month.",
            "the end of the month",
            JUNE,
        ),
        ("The government will pay salaries by the end of the month.", "the end of the month", JUNE),
        (
            "The war began in 2022. Prices rose at the start of the month, traders said.",
            "the start of the month",
            JUNE,
        ),
        (
            "The strike began on March 10. By the end of this month, it will have cost $1 billion.",
            "the end of this month",
            JUNE,
        ),
        (
            "The truce was signed on May 28. The minister says troops would leave by the end of"
            " the month.",
            "the end of the month",
            JUNE,
        ),
        (
            "Talks opened on Monday. By the end of the week, no deal had been reached.",
            "the end of the week",
            (date(2025, 6, 16), date(2025, 6, 22)),
        ),
        (
            "The deal collapsed in 2019. The firm must repay the loan by the end of the year.",
            "the end of the year",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_publication_s_unit_is_kept(text: str, phrase: str, want: tuple[date, date]) -> None:
    assert _in_story(text, phrase) == want


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_deadline_still_dates_no_pledge(extract: Extract) -> None:
    """The pledge is told after a day of last week; its deadline is not its date."""
    text = (
        "The ministers met in Geneva last Tuesday. They pledged to sign a treaty by the end of"
        " the year."
    )
    (ev,) = rooted(extract(text, PUB.isoformat()), "03")
    assert ev.when.precision == 2
