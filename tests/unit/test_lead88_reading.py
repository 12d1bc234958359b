"""Faults the lead found reading news of its own (session 88). See docs/history/reading.md,
session 88. Sentences written for these tests; each rule has near misses that must not change.

1. "Reinforcements arrived in the town on Monday" was §042 make a visit: reinforcements are
   troops sent to an army, so their arrival is §154, as troops' arrival is.
"""

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
        "Reinforcements arrived in the border town on Monday.",
        "Fresh reinforcements reached the besieged garrison on Tuesday.",
    ],
)
def test_reinforcements_arriving_are_forces_mobilized_not_a_visit(
    extract: Extract, body: str
) -> None:
    assert [code(e) for e in real(extract(body), "04", "15")] == ["154"]


def test_a_ministers_arrival_stays_a_visit(extract: Extract) -> None:
    body = "The foreign minister arrived in the capital on Monday for talks."
    assert [code(e)[:2] for e in real(extract(body), "04", "15")] == ["04"]
