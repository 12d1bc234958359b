"""Faults the lead found reading news of its own (session 90). See docs/history/reading.md,
session 90. Sentences written for these tests; each rule has near misses that must not change.

1. "Thousands of the president's supporters gathered", with the president named ("Ozan's
   supporters marched"), made the president the marchers: a possessor of a supporter noun
   (classes.csv ``ADHERENT``) is whom the crowd backs, not the crowd, as "supporters of X"
   already was (ACLED codes such a crowd with X as associated actor;
   ``outside_parties.relational_owner``).
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "leader", "roots"),
    [
        ("Thousands of Orban's supporters rallied in Budapest on Monday.", "Viktor Orbán", ("14",)),
        (
            "Trump's loyalists attacked a polling station in Phoenix on Tuesday.",
            "Donald Trump",
            ("14", "18", "19"),
        ),
        ("Erdogan's followers marched through Ankara on Sunday.", "Recep Tayyip Erdogan", ("14",)),
    ],
)
def test_a_leaders_supporters_are_not_the_leader(
    extract: Extract, body: str, leader: str, roots: tuple[str, ...]
) -> None:
    (event,) = real(extract(body), *roots)
    assert event.roles.source != leader


@pytest.mark.parametrize(
    ("body", "leader"),
    [
        # the leader's own government, army or party acts for him
        ("Orban's government expelled two Russian diplomats on Monday.", "Viktor Orbán"),
        # the leader himself, with a word after the possessive that is no supporter noun
        ("Erdogan's forces shelled Kobani on Sunday.", "Recep Tayyip Erdogan"),
    ],
)
def test_other_possessions_keep_the_leader(extract: Extract, body: str, leader: str) -> None:
    assert any(e.roles.source == leader for e in extract(body))
