"""reader20's own sentences (stop 36): the scope of a modal in a warning's "that" clause.

A warning threatens (CAMEO 1.1b3 §13) only when its clause's own predicate tells an act to
come; a modal inside a relative clause on that clause's subject ("soldiers who would enter
the zone") scopes over the relative clause alone (Huddleston and Pullum 2002, ch. 12), and a
predicate that tells a past fact ("had entered") threatens nothing. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_warning_of_a_past_crossing_is_no_threat(extract: Extract) -> None:
    events = extract("The colonel warned that enemy troops had crossed the river near the dam.")
    assert not rooted(events, "13")
    # near miss: the same crossing told as to come is a threat's content
    assert rooted(extract("The colonel warned that his troops would cross the river."), "13")


def test_a_relative_clauses_modal_makes_no_threat(extract: Extract) -> None:
    text = "The colonel warned that soldiers who would cross the river had been spotted."
    assert not rooted(extract(text), "13")
