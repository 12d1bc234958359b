"""Confident wrong or missing cards the last session noticed and left (session 72, fix72a):
the leader whose supporters stormed a building read as the one who stormed it. See
docs/history/reading.md, session 72. Sentences written for these tests; each rule has near
misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. The leader a crowd backs is no side of the crowd's act (classes.csv ADHERENT)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Thousands of supporters of former president Jair Bolsonaro stormed the Congress "
         "in Brasilia on Sunday.", "Jair Bolsonaro"),
        ("Hundreds of backers of former president Evo Morales stormed the electoral office "
         "in La Paz on Monday.", "Evo Morales"),
        ("Followers of opposition leader Imran Khan attacked a police station in Lahore.",
         "Imran Khan"),
        ("Loyalists of President Pedro Castillo stormed the airport in Juliaca on Friday.",
         "Pedro Castillo"),
        ("Supporters of President Nicolas Maduro attacked opposition offices in Caracas.",
         "Nicolas Maduro"),
    ],
)  # fmt: skip
def test_a_leaders_backers_act_not_the_leader(extract: Extract, text: str, leader: str) -> None:
    events = rooted(extract(text), "14", "17", "18", "19")
    assert events
    assert all(leader not in (e.roles.source, e.roles.target) for e in events)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("President Nicolas Maduro's government attacked opposition offices in Caracas.",
         "Nicolas Maduro"),
        ("Former president Jair Bolsonaro attacked the court in a speech in Brasilia.",
         "Jair Bolsonaro"),
    ],
)  # fmt: skip
def test_a_leader_who_acts_stays_the_source(extract: Extract, text: str, leader: str) -> None:
    assert leader in [e.roles.source for e in extract(text)]
