"""geo13: "X, in <division>" and "X in <division> state" put X in that division."""

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
        "Soldiers reached the village of Moura, in central Mali, at dawn.",
        "Herders said the hamlet of Moura, in Mali, had no water left.",
    ],
)
def test_a_comma_before_in_still_puts_a_small_town_in_the_country(
    geoparser: Geoparser, text: str
) -> None:
    place = _place(geoparser, text, "Moura")
    assert place is not None
    assert place.country_code == "ML"  # not the Portuguese town of 9,000


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Maro, in Kaduna state, before dawn on Sunday.",
        "Gunmen attacked Maro in Kaduna State before dawn on Sunday.",
    ],
)
def test_a_division_of_another_country_beats_a_middling_namesake(
    geoparser: Geoparser, text: str
) -> None:
    place = _place(geoparser, text, "Maro")
    assert place is not None
    assert place.country_code == "NG"  # not Maro in Chad (21,000 people)
    assert place.kind == "city"
    assert abs((place.lat or 0.0) - 10.4) < 1.0
    assert abs((place.lon or 0.0) - 7.9) < 1.0


def test_a_big_city_before_in_and_a_country_stays(geoparser: Geoparser) -> None:
    # near miss: the capital's officials travelled; the city is not moved
    place = _place(geoparser, "Officials from Washington in Georgia met the press.", "Washington")
    assert place is not None
    assert place.country_code == "US"
