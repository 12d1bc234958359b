"""The act of a fronted count phrase lies that count before the main clause's day: "Three
days after an earthquake struck the town, rescuers were still digging on Tuesday" dates
the quake Saturday (TimeML 1.2.1: "N days after X" is X's time moved by the count). The
phrase's own day and a main act after the comma keep their days. Sentences written for
these tests; the articles are published on Thursday 18 June 2026."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import hazards, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):
    return make_extract(geoparser)


def test_a_fronted_count_moves_the_quake_back(extract) -> None:
    body = (
        "Three days after an earthquake struck the town of Van, rescuers were still pulling"
        " people from the ruins on Tuesday."
    )
    assert [(s, e) for _, s, e in hazards(extract(body))] == [(date(2026, 6, 13),) * 2]


def test_a_fronted_count_moves_the_strike_back(extract) -> None:
    body = (
        "Two days after a missile hit a school in Kharkiv, volunteers were still clearing"
        " rubble from its classrooms on Wednesday."
    )
    assert [e.date_start for e in rooted(extract(body), "19", "18")] == [date(2026, 6, 15)]


@pytest.mark.parametrize(
    ("body", "roots", "day"),
    [
        (
            "A day after a bomb exploded in a market in Kabul, police arrested four men on"
            " Wednesday.",
            ("17",),
            date(2026, 6, 17),
        ),
        (
            "Two days after the election, police arrested forty protesters in Lagos on Wednesday.",
            ("17",),
            date(2026, 6, 17),
        ),
    ],
)
def test_the_main_act_and_the_phrases_own_day_stay(extract, body, roots, day) -> None:
    assert day in [e.date_start for e in rooted(extract(body), *roots)]
