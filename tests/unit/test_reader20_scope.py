"""reader20's own sentences (stop 36) for four reading faults of scope, sense and case.

- A verb of prevention ("stopped", "foiled") makes only its own complement counterfactual
  (FactBank 1.0 CT-); a second predicate that shares its subject ("stopped a ship and
  boarded it") is an act of its own, done (Quirk et al. 1985 §10.64, NegEx's scope end).
- A verb that calls an act off ("scrapped a planned summit") tells that its object did not
  happen, active as well as passive.
- Stopping people ("stopped the protesters") is done to them by others, not the dissenters'
  easing of their dissent (CAMEO 1.1b3 §082 is a protest called off).
- Irregulars named at the head of a sentence ("Pirates approached …") are read as they are
  in lower case: a sentence's first word is capitalised whatever it names.

Near misses are paired with each rule's own case. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_halting_a_ship_does_not_negate_the_seizure_after_it(extract: Extract) -> None:
    events = extract("Coast guards stopped a cargo ship near the island on Sunday and seized it.")
    assert real(events, "17", "18")
    # near miss: what a prevention verb's own complement names did not happen
    foiled = extract("Police foiled a plot to bomb the central station on Sunday.")
    assert not real(foiled, "18")


def test_scrapping_a_planned_meeting_is_no_meeting(extract: Extract) -> None:
    events = extract("Chile scrapped a planned summit with Peruvian ministers in Lima.")
    assert not real(events, "04")
    # near miss: a meeting held is one
    assert real(extract("Chile held a summit with Peruvian ministers in Lima on Monday."), "04")


def test_a_capitalised_irregular_subject_takes_the_vessel(extract: Extract) -> None:
    events = extract("Pirates approached a fishing trawler off the Somali coast and diverted it.")
    assert rooted(events, "181")
    lower = extract(
        "On Monday, pirates approached a fishing trawler off the coast and diverted it."
    )
    assert rooted(lower, "181")
    # near miss: boats that only approached took nothing
    assert not rooted(extract("Pirates approached a fishing trawler and turned away."), "181")


def test_stopping_protesters_is_no_dissent_eased(extract: Extract) -> None:
    events = extract("Coast guards stopped the protesters from sailing to the island on Friday.")
    assert not rooted(events, "082")
    # near miss: the march called off by its organisers is dissent eased
    assert rooted(extract("The organisers called off the march on Friday."), "082")
