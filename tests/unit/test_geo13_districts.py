"""geo13: "the district of X" and "X district" in a text set in one country is a district
of that country, not a town of that name abroad."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str):
    found = [m for m in geoparser.parse(text) if m.text == name]
    assert found, name
    return found[0].place


@pytest.mark.parametrize(
    "text",
    [
        "Doctors in Medan said two farmers from the district of Karo had fallen ill.",
        "Doctors in Medan said two farmers from Karo district had fallen ill.",
    ],
)
def test_a_district_beside_a_town_of_one_country_is_placed_there(
    geoparser: Geoparser, text: str
) -> None:
    place = _place(geoparser, text, "Karo")
    assert place is not None
    assert place.country_code == "ID"  # not Karo, a town in Jharkhand
    assert place.kind == "admin2"
    assert abs((place.lat or 0.0) - 3.3) < 1.0
    assert abs((place.lon or 0.0) - 98.5) < 1.0


def test_a_countrys_adjective_sets_the_district_in_it(geoparser: Geoparser) -> None:
    text = "The Indonesian ministry said farmers in the district of Karo had fallen ill."
    place = _place(geoparser, text, "Karo")
    assert place is not None
    assert place.country_code == "ID"


def test_a_district_of_the_towns_own_country_stays(geoparser: Geoparser) -> None:
    # near miss: the text is set where the town is
    place = _place(geoparser, "Officials in Karo district, Jharkhand, said the dam held.", "Karo")
    assert place is not None
    assert place.country_code == "IN"


def test_a_text_of_two_countries_moves_nothing(geoparser: Geoparser) -> None:
    # near miss: no one country holds the text's other places
    text = "Aid from Japan reached Medan and the district of Karo on Friday."
    place = _place(geoparser, text, "Karo")
    assert place is not None
    assert place.country_code == "IN"
