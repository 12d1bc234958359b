"""A person told as caught by the police or the authorities is arrested (issue 16, recall: a
report of an arrest told only by "was caught by Indonesian authorities" had no arrest card).
Every sentence below was written for these tests; none is taken from an evaluation set.
Publication is a Thursday, 2026-06-18."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        # CAMEO 1.1b3 §173: caught by a law-enforcing agent is taken into custody
        "Former mayor Lina Ortega was caught by Peruvian police in Tacna on Tuesday, "
        "officials said.",
        "The fugitive banker was caught by immigration officers at Tbilisi airport on Tuesday.",
    ],
)
def test_caught_by_the_police_is_an_arrest(extract: Extract, body: str) -> None:
    arrests = real(extract(body), "173")
    assert [str(e.date_start) for e in arrests] == ["2026-06-16"], body


@pytest.mark.parametrize(
    "body",
    [
        "Residents were caught by surprise when the river rose on Tuesday.",
        "The warehouse caught fire on Tuesday.",
        "The thief was caught on camera on Tuesday.",
        "The fishermen were caught by the storm off the coast on Tuesday.",
        "The minister was caught by reporters outside parliament on Tuesday.",
    ],
)
def test_other_catching_is_no_arrest(extract: Extract, body: str) -> None:
    assert real(extract(body), "17") == [], body
