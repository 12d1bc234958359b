"""reader20's own sentences (stop 36): who speaks when a launch or a test draws a statement.

- The subject of a relative clause ("…'s defence ministry, which denounced it") is its
  antecedent (Huddleston and Pullum 2002, ch. 12), not the launcher named first.
- A capital after a verbal act's noun and "from" ("drew a rebuke from Tokyo") stands for the
  government that made it (CAMEO 1.1b3 §11 is made by a political actor).
- The coast a ship lies "off" is where, not who (ACE 2005 Place argument).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_relative_clause_speaker_is_its_antecedent(extract: Extract) -> None:
    text = "Iran's rocket test drew a reply from Israel's defence ministry, which denounced it."
    (ev,) = rooted(extract(text), "11")
    assert ev.roles.source_country == "IL"
    # near miss: with no relative clause, the subject denounces
    (own,) = rooted(extract("Israel's defence ministry denounced Iran's rocket test."), "11")
    assert own.roles.source_country == "IL"


def test_a_capital_a_rebuke_came_from_made_it(extract: Extract) -> None:
    (ev,) = rooted(extract("Russia's missile test drew a sharp rebuke from Tokyo."), "11")
    assert ev.roles.source_country == "JP"
    assert ev.roles.target_country == "RU"


def test_the_coast_a_ship_lay_off_is_no_side(extract: Extract) -> None:
    events = rooted(extract("Pirates chased a yacht off Kenya and boarded it on Friday."), "18")
    assert events
    assert all(e.roles.source_country != "KE" for e in events)
    # near miss: a navy named as the subject is the side
    (own,) = rooted(extract("Indian marines seized a dhow off Kenya on Friday."), "17")
    assert own.roles.source_country == "IN"
