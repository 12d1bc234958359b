"""Faults the lead found reading news of its own (session 86). See docs/history/reading.md,
session 86. Sentences written for these tests; each rule has near misses that must not change.

1. "The warning was lifted six hours later" was §130 threaten: a warning lifted or withdrawn is
   a standing alert ended, no warning given.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A warning lifted is no warning given


@pytest.mark.parametrize(
    "text",
    [
        "The warning was lifted on Tuesday after the sea fell back.",
        "The threat has been withdrawn, the ministry said on Tuesday.",
        "Qatar lifted its warning to airlines on Tuesday.",
        "Officials rescinded the warning for the coast on Tuesday.",
    ],
)
def test_a_warning_lifted_is_no_threat(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "13")


@pytest.mark.parametrize(
    "text",
    [
        "The army issued a warning to the rebels on Tuesday.",
        "Qatar repeated its warning to the rebels on Tuesday.",
        "The president warned on Tuesday that the ban would be lifted only if talks resumed.",
    ],
)
def test_a_warning_given_is_still_a_threat(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "13")
