"""New Jersey's regions as US news names them (rows of data/gazetteer/regions.csv): "South
Jersey" is not the Channel Island. Sentences written for these tests, with a near miss."""

from __future__ import annotations

import pytest

from dashboard.places.gazetteer import distance_km
from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Storms flooded roads in South Jersey overnight.", "South Jersey", 39.6, -74.8),
        ("Beaches along the Jersey Shore reopened on Friday.", "Jersey Shore", 39.9, -74.1),
        ("Commuters from North Jersey faced delays.", "North Jersey", 40.9, -74.4),
        ("Schools in Central Jersey closed early.", "Central Jersey", 40.35, -74.5),
    ],
)
def test_new_jerseys_regions(
    geoparser: Geoparser, text: str, surface: str, lat: float, lon: float
) -> None:
    found = [m for m in geoparser.parse(text) if m.text == surface]
    assert found, [m.text for m in geoparser.parse(text)]
    p = found[0].place
    assert p is not None
    assert p.kind == "region"
    assert p.country_code == "US"
    assert p.lat is not None
    assert p.lon is not None
    assert distance_km(p.lat, p.lon, lat, lon) < 60


def test_jersey_alone_stays_the_channel_island(geoparser: Geoparser) -> None:
    # near miss: without a compass word or "Shore", Jersey beside Guernsey is the island
    found = [
        m
        for m in geoparser.parse("Flights from Jersey to Guernsey were cancelled.")
        if m.text == "Jersey"
    ]
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "JE"
