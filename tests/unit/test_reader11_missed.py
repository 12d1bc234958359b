"""reader11's own sentences for events the reader missed (stop 34): a quake named as the
start of a rescue's span, an effort told with "try to" (no trial), and a condemned strike
named with its side's adjective and its own day. Near-misses keep their reading. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_landslide_a_rescue_is_counted_since_is_read(extract: Extract) -> None:
    body = (
        "Crews in Bolivia were still digging on Thursday to reach miners trapped since "
        "Tuesday's landslide, which buried a camp."
    )
    assert [e for e in extract(body) if code(e) == "DIS-LANDSLIDE"]


def test_a_span_since_an_undated_quake_stays_background(extract: Extract) -> None:
    # near-miss: "since the quake struck" with no date of its own only anchors the span
    body = "Aid has reached 40 villages since the quake struck, officials said on Thursday."
    assert not [e for e in extract(body) if code(e) == "DIS-QUAKE"]


def test_trying_to_reach_people_is_no_trial() -> None:
    # WordNet 3.0 try v. 1 'make an effort'; CAMEO 1.1b3 §173 is a court's trial
    found = triggers("Divers were trying on Friday to reach the sailors in the hull.")
    assert not any((t.full or "").startswith("173") for t in found)


def test_a_court_that_tried_a_general_charged_him() -> None:
    # near-miss: "tried" with a person as its object is a trial
    assert triggers("A military court tried the general for treason.")[0].full == "173"


def test_a_condemned_strike_with_its_sides_adjective_is_read(extract: Extract) -> None:
    body = (
        "The Lebanese prime minister on Monday condemned the Israeli drone strike on a car "
        "near Tyre on Sunday."
    )
    assert real(extract(body), "18", "19", "20")


def test_a_condemnation_dated_after_its_object_is_one_event(extract: Extract) -> None:
    # near-miss: a bare date after the noun dates the verb; no second act is read
    body = "The Lebanese prime minister condemned the Israeli drone strike on Sunday."
    assert not real(extract(body), "18", "19", "20")
