"""Confident wrong or missing cards a fresh user found (session 76, fix76b): a leader whose
term frames the talks read as their other side. See docs/history/reading.md, session 76.
Sentences written for these tests; each rule has near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. Whose term in office frames an act is no side of it (classes.csv TENURE)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indian and Pakistani officials met in Doha on Tuesday, the first such contact "
         "during President Joe Biden's term.", ("India", "Pakistan")),
        ("French and German ministers held talks in Brussels on Tuesday, the first round "
         "under Chancellor Olaf Scholz's new government.", ("France", "Germany")),
        ("Egyptian and Ethiopian envoys held talks in Cairo on Tuesday, their first meeting "
         "during Prime Minister Abiy Ahmed's second term.", ("Egypt", "Ethiopia")),
    ],
)  # fmt: skip
def test_a_leaders_term_is_no_side_of_the_talks(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    events = rooted(extract(text), "04")
    assert events
    assert all((e.roles.source, e.roles.target) == pair for e in events)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        # the leader is the other side, not a time frame
        ("Kenyan officials held talks with President William Ruto in Nairobi on Tuesday.",
         "William Ruto"),
        # a possessive with no term noun: the leader's body is acted against
        ("Protesters rallied against President Joe Biden's administration in Washington.",
         "Joe Biden"),
    ],
)  # fmt: skip
def test_a_leader_named_as_a_side_stays(extract: Extract, text: str, leader: str) -> None:
    events = extract(text)
    assert any(e.roles.target == leader for e in events)
