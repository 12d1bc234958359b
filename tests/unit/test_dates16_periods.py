"""Reporting periods a business story names with no year (dates16): "the second half" and
"first-half profit" (MUC-6 Named Entity task B.2; TimeML YYYY-H1), a fiscal quarter named
by the day it ended ("the fiscal first quarter ended Sept. 30": its own three months, never
the calendar's first quarter), a fiscal year with no country (the year that names it, as
TIMEX3 values it), a two-year fiscal year ("the 2023-24 fiscal year") and the decade or
century of publication ("by the end of the decade": TimeML 202 with mod END). Read as none,
or as the wrong calendar span, these lost the period a result or a plan belongs to. Each
positive case has a near miss that stays as it was. Every sentence is our own."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates_document import document_dates

PUB = date(2024, 10, 24)


def _read(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (r["text"], r["date_start"], r["date_end"], r["mod"])
        for r in (f.record() for f in document_dates(text, PUB))
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Orders for the second half are expected to recover.",
            [("the second half", "2024-07-01", "2024-12-31", None)],
        ),
        (
            "The bakery chain lost money in the first half.",
            [("the first half", "2024-01-01", "2024-06-30", None)],
        ),
        (
            "First-half revenue at the shipyard climbed 8%.",
            [("First-half", "2024-01-01", "2024-06-30", None)],
        ),
    ],
)
def test_a_half_year_with_no_year_is_read_by_its_verb(
    text: str, want: list[tuple[str, str, str, None]]
) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Half the miners stayed home.",
        "The visitors equalised in the second half of the match.",
        "Okafor scored twice in the second half.",
        "The pilot spent the first half hour circling the field.",
        "The first half-point cut surprised traders.",
        "The grocer expects fiscal second-half sales to grow.",
    ],
)
def test_near_miss_a_half_that_is_no_half_year_stays_undated(text: str) -> None:
    assert _read(text) == []


def test_a_fiscal_quarter_named_by_its_end_is_its_own_three_months() -> None:
    assert _read("The brewer's profit fell in the fiscal first quarter ended Sept. 30.") == [
        ("the fiscal first quarter ended Sept. 30", "2024-07-01", "2024-09-30", None)
    ]
    assert _read("Sales rose in the second fiscal quarter ended March 31, 2024.") == [
        ("the second fiscal quarter ended March 31, 2024", "2024-01-01", "2024-03-31", None)
    ]


def test_near_miss_a_calendar_quarter_stays_the_calendars() -> None:
    assert _read("The brewer's profit fell in the first quarter.") == [
        ("the first quarter", "2024-01-01", "2024-03-31", None)
    ]


def test_a_fiscal_year_with_no_country_is_the_year_that_names_it() -> None:
    assert _read("The carrier expects to break even in fiscal 2026.") == [
        ("fiscal 2026", "2026-01-01", "2026-12-31", None)
    ]
    assert _read("The council cut roads spending for the 2023-24 fiscal year.") == [
        ("the 2023-24 fiscal year", "2023-01-01", "2024-12-31", None)
    ]


def test_near_miss_a_fiscal_year_of_a_known_country_keeps_its_months() -> None:
    found = document_dates("The carrier expects to break even in fiscal 2026.", PUB, country="US")
    assert [(f.text, f.range.start, f.range.end) for f in found if f.range] == [
        ("fiscal 2026", date(2025, 10, 1), date(2026, 9, 30))
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The mine will close by the end of the decade.",
            [("the end of the decade", "2020-01-01", "2029-12-31", "END")],
        ),
        (
            "Tariffs may fall later this decade.",
            [("later this decade", "2020-01-01", "2029-12-31", None)],
        ),
        (
            "Sea levels could rise a metre by the end of the century.",
            [("the end of the century", "2000-01-01", "2099-12-31", "END")],
        ),
        (
            "Coal boomed in the 1970s. By the end of the decade, pits had closed.",
            [
                ("the 1970s", "1970-01-01", "1979-12-31", None),
                ("the end of the decade", "1970-01-01", "1979-12-31", "END"),
            ],
        ),
    ],
)
def test_the_decade_or_century_of_publication_or_of_the_story(
    text: str, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Rents doubled over the past decade.",
        "It was the merger of the decade.",
        "The decade-long feud is over.",
    ],
)
def test_near_miss_a_decade_that_is_a_length_or_a_name_stays_undated(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Third-quarter profit at the mill doubled. Revenue in the quarter rose 9%.",
            ("the quarter", "2024-07-01", "2024-09-30"),
        ),
        (
            "Car sales rose in August. In the month, imports of parts fell.",
            ("the month", "2024-08-01", "2024-08-31"),
        ),
        (
            "The chain lost money in the first half. Sales in the period fell 3%.",
            ("the period", "2024-01-01", "2024-06-30"),
        ),
    ],
)
def test_the_period_under_discussion_is_the_one_named_before(
    text: str, want: tuple[str, str, str]
) -> None:
    assert _read(text)[-1][:3] == want


@pytest.mark.parametrize(
    "text",
    [
        "Profit fell in 2021. In the quarter, exports grew.",
        "Revenue in the quarter rose 9%.",
        "Car sales rose in August. The month-long strike ended.",
        "Police sealed off the quarter after the fire in August.",
        "The mill reported a loss in the first half. The period of growth is over.",
    ],
)
def test_near_miss_no_whole_period_named_before_leaves_it_undated(text: str) -> None:
    assert all(r[0] not in ("the quarter", "the month", "the period") for r in _read(text))
