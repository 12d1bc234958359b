"""First-level divisions abolished since iso3166-2's data, which older news still names
(rows of data/gazetteer/divisions.csv): the DR Congo's provinces split in 2015. Sentences
written for these tests, each with a near miss that must not move."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.gazetteer import distance_km
from dashboard.places.geoparser import Geoparser


def exact(gp: Geoparser, text: str, surface: str) -> Mention:
    hits = [m for m in gp.parse(text) if m.text == surface]
    assert hits, f"{surface!r} not found in {[m.text for m in gp.parse(text)]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        (
            "Cholera cases rose in Kasai Occidental during the rains.",
            "Kasai Occidental",
            -5.9,
            22.4,
        ),
        ("Aid trucks reached West Kasai on Monday.", "West Kasai", -5.9, 22.4),
        ("Copper output from Katanga fell last year.", "Katanga", -11.7, 27.5),
        ("Rebels crossed from Uganda into Orientale province.", "Orientale province", 0.5, 25.2),
    ],
)
def test_a_former_congolese_province_is_that_division(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    m = exact(geoparser, text, surface)
    p = m.place
    assert p is not None
    assert p.kind == "admin1"
    assert p.country_code == "CD"
    assert p.lat is not None
    assert p.lon is not None
    assert distance_km(p.lat, p.lon, lat, lon) < 50


def test_todays_kasai_province_stays_the_current_division(geoparser: Geoparser) -> None:
    # near miss: "Kasai" alone is the province of that name today (ISO CD-KS), not the
    # former Kasaï-Occidental, and "Kananga" stays the city
    text = "Flooding hit Kasai province and the city of Kananga."
    kasai = exact(geoparser, text, "Kasai province")
    assert kasai.place is not None
    assert kasai.place.id == "a1:CD-KS"
    kananga = exact(geoparser, text, "Kananga")
    assert kananga.place is not None
    assert kananga.place.kind == "city"
