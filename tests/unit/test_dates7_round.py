"""Dates round 7: anniversaries told at publication's week or month ("ten years ago this
week"), and the date of an act told in an "after" clause that follows the sentence's date
(TimeML orders it BEFORE that date). Every sentence was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.dates import find_dates
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted

PUB = date(2026, 6, 18)  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _only(text: str) -> tuple[str, date, date, int]:
    found = find_dates(text, PUB)
    assert len(found) == 1, [d.text for d in found]
    r = found[0].range
    return found[0].text, r.start, r.end, r.precision


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end", "precision"),
    [
        (
            "Ten years ago this week, the two sides signed a truce.",
            "Ten years ago this week",
            date(2016, 6, 13),
            date(2016, 6, 19),
            2,
        ),
        (
            "Two years ago this month, floods swept the valley.",
            "Two years ago this month",
            date(2024, 6, 1),
            date(2024, 6, 30),
            3,
        ),
        (
            "A decade ago this week the port reopened.",
            "A decade ago this week",
            date(2016, 6, 13),
            date(2016, 6, 19),
            2,
        ),
        (
            "Six months ago this week, the strike began.",
            "Six months ago this week",
            date(2025, 12, 15),
            date(2025, 12, 21),
            2,
        ),
    ],
)
def test_an_anniversary_at_publications_week_or_month(
    text: str, phrase: str, start: date, end: date, precision: int
) -> None:
    # TimeML: publication's week (or month) that many units back, not the whole year
    assert _only(text) == (phrase, start, end, precision)


def test_what_came_months_before_a_month_ends_before_it(extract: Extract) -> None:
    # "in April, months after the shelling": at least two months before April
    events = rooted(extract("Aid resumed in April, months after rebels shelled the port."), "19")
    assert events
    assert all(e.when.end <= date(2026, 2, 28) for e in events)


def test_only_a_sudden_act_told_after_a_day_keeps_that_day(extract: Extract) -> None:
    # a sudden happening is told by what it set off at once, the same day; an order for an
    # arrest may have come days before the flight it led to
    attack = (
        "KHARKIV (Wire) — Residents ran to shelters on Tuesday morning after Russian "
        "missiles struck the city centre."
    )
    order = (
        "LIMA (Wire) — The former mayor of Lima left Peru for Chile on Tuesday after a judge "
        "ordered his arrest on corruption charges."
    )
    struck = rooted(extract(attack), "19", "18", "15")
    ordered = rooted(extract(order), "17")
    assert struck
    assert ordered
    assert any(e.when.start == e.when.end == date(2026, 6, 16) for e in struck)
    assert all(e.when.end == date(2026, 6, 16) and e.when.precision == 2 for e in ordered)


def test_a_year_on_the_charge_does_not_date_the_conviction(extract: Extract) -> None:
    # "committed in 2015" dates the fraud, inside the charge; the court ruled on Tuesday
    body = "A court in Lagos on Tuesday convicted a former governor of fraud committed in 2015."
    verdicts = rooted(extract(body), "11")
    assert verdicts
    assert all(e.when.start == e.when.end == date(2026, 6, 16) for e in verdicts)


def test_a_past_perfect_span_lies_before_the_narratives_day(extract: Extract) -> None:
    # past perfect: the shelling ran for three weeks before Friday's retaking (Reichenbach)
    body = (
        "KINSHASA (Wire) — Congolese troops retook the town of Sake on Friday. "
        "Rebels had shelled Sake for three weeks."
    )
    shelling = [e for e in rooted(extract(body), "19") if "shelled" in e.evidence[0].text]
    assert shelling
    assert all(e.when.end == date(2026, 6, 11) for e in shelling)
    assert all(e.when.start == date(2026, 5, 22) for e in shelling)
