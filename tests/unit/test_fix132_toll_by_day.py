"""Session 92, fix132: a toll counted "by" a day ("had been killed by Sunday") is a running
count up to that bound, no act of that day (Merriam-Webster by prep. 'not later than';
``dates_toll_bound``): no card dated on the bound, while the act told before keeps its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Eleven people had been killed in Bukavu by late Monday, aid workers said.",
        "Forty people have been wounded by Tuesday, the hospital said.",
    ],
)
def test_toll_by_day_is_no_act_of_that_day(extract: Extract, body: str) -> None:
    events = extract(body)
    assert not [e for e in events if code(e).startswith(("18", "19", "20"))], [
        (code(e), e.date_start) for e in events
    ]


def test_act_told_before_keeps_its_card(extract: Extract) -> None:
    body = (
        "Militiamen raided a village near Bunia on 12 June. "
        "Nineteen villagers had been killed by Monday, the army said."
    )
    events = extract(body)
    dates = sorted(e.date_start.isoformat() for e in real(events, "18", "19", "20"))
    assert dates == ["2026-06-12"], [(code(e), e.date_start) for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "Militiamen killed nine villagers near Bunia on Monday.",
        "Nine villagers were killed by militiamen near Bunia on Monday.",
        "Six people have been wounded by Monday's shelling of Bunia.",
    ],
)
def test_acts_of_the_day_and_agents_keep_their_card(extract: Extract, body: str) -> None:
    events = extract(body)
    assert real(events, "18", "19", "20"), [code(e) for e in events]
