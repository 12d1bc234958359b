"""The neighbour pass's adjacent tier: a namesake within 25 km of another place the text
names (the same town's area) gains more than one merely within 161 km. Sentences written
for these tests, each with the expected place and approximate point, and a near miss."""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser


def place_of(gp: Geoparser, text: str, surface: str) -> Place:
    found = [m for m in gp.parse(text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    assert found[0].place is not None
    return found[0].place


def near(p: Place, lat: float, lon: float, tol: float = 0.5) -> bool:
    return (
        p.lat is not None
        and p.lon is not None
        and abs(p.lat - lat) < tol
        and abs(p.lon - lon) < tol
    )


def test_a_namesake_beside_a_named_city_wins(geoparser: Geoparser) -> None:
    # Columbia, Maryland (about 39.24 N, 76.84 W) lies ~20 km from Baltimore; Charlotte backs
    # Columbia, South Carolina (~150 km) only at the plain neighbour's reach
    text = "Traffic from Baltimore and Charlotte slowed, and the fair in Columbia was cancelled."
    p = place_of(geoparser, text, "Columbia")
    assert p.kind == "city"
    assert p.admin1 == "US-MD"
    assert near(p, 39.24, -76.84)


def test_near_miss_a_neighbour_farther_than_the_town_area(geoparser: Geoparser) -> None:
    # Frederick is ~50 km from Columbia, Maryland: no adjacent tier, so the larger namesake
    # that Charlotte backs as much stays (Columbia, South Carolina, about 34.0 N, 81.03 W)
    text = "Traffic from Frederick and Charlotte slowed, and the fair in Columbia was cancelled."
    p = place_of(geoparser, text, "Columbia")
    assert p.admin1 == "US-SC"
    assert near(p, 34.0, -81.03)
