"""geo13: a US state written as its postal code after a town ("Erie, PA")."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str):
    found = [m for m in geoparser.parse(text) if m.text.lower() == name.lower()]
    assert found, name
    return found[0].place


def test_pa_after_a_town_is_pennsylvania_not_the_town_in_burkina_faso(
    geoparser: Geoparser,
) -> None:
    text = "The plant outside Erie, PA, will close in the spring."
    state = _place(geoparser, text, "PA")
    assert state is not None
    assert (state.kind, state.country_code, state.admin1) == ("admin1", "US", "US-PA")
    town = _place(geoparser, text, "Erie")
    assert town is not None
    assert abs((town.lat or 0.0) - 42.1) < 0.3
    assert abs((town.lon or 0.0) + 80.1) < 0.3


@pytest.mark.parametrize(
    ("text", "town", "lat", "lon"),
    [
        ("She moved her bakery to Portland, ME, in 2019.", "Portland", 43.66, -70.26),
        ("The shelter in Paris, TX, took in forty dogs.", "Paris", 33.66, -95.56),
        ("SPRINGFIELD, IL - Lawmakers met late into the night.", "Springfield", 39.8, -89.64),
    ],
)
def test_the_code_chooses_the_towns_namesake(
    geoparser: Geoparser, text: str, town: str, lat: float, lon: float
) -> None:
    place = _place(geoparser, text, town)
    assert place is not None
    assert place.country_code == "US"
    assert abs((place.lat or 0.0) - lat) < 0.3
    assert abs((place.lon or 0.0) - lon) < 0.3


def test_capitals_without_a_town_before_them_are_no_state(geoparser: Geoparser) -> None:
    # near misses: news agencies after a comma, and a code with no town before it
    found = {m.text for m in geoparser.parse("Reuters, AP and AFP said the talks ended.")}
    assert "AP" not in found
    found = {m.text for m in geoparser.parse("He said, OK, we will try again in May.")}
    assert "OK" not in found
