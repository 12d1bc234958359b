"""Disasters told in wordings the hazard rows missed: a toll "from an overnight quake" that
rose, a cyclone that "crossed the coast" or "came ashore", a mountain "in" a province of two
words that erupted, and victims "killed in Friday's eruption" (EM-DAT (CRED); NOAA NHC
glossary, landfall): issue 16, set BH. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazards, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    ("body", "hazard"),
    [
        (
            "The death toll from an overnight earthquake in western Nepal rose to 95 on "
            "Wednesday, officials said.",
            "DIS-QUAKE",
        ),
        (
            "The toll from a powerful typhoon in the northern Philippines climbed to 40 on "
            "Wednesday.",
            "DIS-STORM",
        ),
        (
            "Villages near Beira were spared on Tuesday as Cyclone Idai crossed the coast "
            "further south, officials said.",
            "DIS-STORM",
        ),
        (
            "Hurricane Otis came ashore near Acapulco early on Wednesday with winds of 265 km/h.",
            "DIS-STORM",
        ),
        (
            "Mount Lewotobi in East Nusa Tenggara erupted on Monday night, sending ash over "
            "nearby villages.",
            "DIS-VOLCANO",
        ),
        (
            "Rescuers recovered the bodies of nine farmers killed in Monday's eruption on the "
            "slopes of Mount Lewotobi.",
            "DIS-VOLCANO",
        ),
    ],
)
def test_hazard_told_in_other_words_is_read(extract: Extract, body: str, hazard: str) -> None:
    assert hazard in [h[0] for h in hazards(extract(body))]


@pytest.mark.parametrize(
    "body",
    [
        # a toll forecast, not a toll reached
        "Engineers warned that the toll from a major earthquake in Istanbul could exceed 50,000.",
        # a drill named after the noun, and a coast crossed by walkers
        "Hikers crossed the coast path near Dover on Wednesday before the storm season began.",
        "Officials said nobody was killed in the eruption drill held at the school on Monday.",
    ],
)
def test_no_hazard_from_forecasts_and_drills(extract: Extract, body: str) -> None:
    assert hazards(extract(body)) == []
