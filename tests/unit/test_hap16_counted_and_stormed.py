"""Acts the reader left unread or read at another root, so the report could not join its
happening (issue 16, recall): missiles counted in dozens fired at a target, and a crowd
storming a seat of government told with its verb. Every sentence below was written for these
tests; none is taken from an evaluation set. Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_missiles_counted_in_dozens_fired_at_a_target_are_a_strike(extract: Extract) -> None:
    # CAMEO 1.1b3 §195: missiles fired at a target are aerial weapons employed; the count
    # "more than a dozen ballistic" put the weapon past the lexicon's four-token gap, so only
    # the noun "ballistic missile" was read, a show of force (§150)
    for body in (
        "Ruritania launched more than a dozen ballistic missiles at two airfields in Borduria "
        "on Tuesday.",
        "The rebels fired nearly two dozen cruise missiles at the port of Ostrava on Monday.",
    ):
        assert [code(e) for e in real(extract(body), "19")] == ["195"], body


def test_missiles_counted_in_dozens_fired_into_the_sea_stay_a_show_of_force(
    extract: Extract,
) -> None:
    # near miss: fired into the sea, no target: §150 by its own row
    body = "Ruritania fired more than a dozen ballistic missiles into the sea on Tuesday."
    assert not rooted(extract(body), "19")


def test_a_crowd_storming_a_seat_of_government_is_a_violent_protest(extract: Extract) -> None:
    # CAMEO 1.1b3 §145 protest violently, riot: a crowd forcing its way into a palace or an
    # office; "took over the palace" alone was read as territory occupied (§192), with no side
    for body in (
        "Demonstrators took over the presidential palace in Lima on Tuesday.",
        "Hundreds of protesters broke into the prime minister's office in Lima on Tuesday.",
    ):
        assert [code(e) for e in real(extract(body), "14")] == ["145"], body


def test_troops_taking_over_a_palace_stay_an_occupation(extract: Extract) -> None:
    # near miss: armed forces taking a palace are §192 by their own rows, not a riot
    body = "Rebel troops took over the presidential palace in Lima on Tuesday."
    assert not rooted(extract(body), "14")
