"""A metropolis of a country the text names outweighs a small namesake that the scores chose
in a state the text names (``places/metropolis.py``). Sentences written for these tests,
each with the expected place and approximate point, and near misses that must not move."""

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


def test_the_capital_of_a_named_country_beats_a_town_of_a_named_state(
    geoparser: Geoparser,
) -> None:
    # Paris, France (about 48.85 N, 2.35 E), not Paris, Kentucky (about 38.2 N, 84.25 W)
    text = "Police in Kentucky and Lexington said the man had flown to Paris; France confirmed it."
    p = place_of(geoparser, text, "Paris")
    assert p.country_code == "FR"
    assert near(p, 48.85, 2.35)


def test_near_miss_without_the_country_the_town_stays(geoparser: Geoparser) -> None:
    text = "Police in Kentucky and Lexington said the man had driven to Paris."
    p = place_of(geoparser, text, "Paris")
    assert p.admin1 == "US-KY"
    assert near(p, 38.2, -84.25)


def test_near_miss_an_explicit_state_stays(geoparser: Geoparser) -> None:
    # "Rome, New York" says which Rome (about 43.2 N, 75.5 W), whatever country is named
    text = "Scientists in Rome, New York, shared samples with Italy."
    p = place_of(geoparser, text, "Rome")
    assert p.admin1 == "US-NY"
    assert near(p, 43.2, -75.5)
