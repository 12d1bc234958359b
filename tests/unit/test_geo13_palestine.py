"""geo13: Palestine, which the packaged shapes lack, is bounded by its curated parts (the
West Bank, the Gaza Strip), so a Palestinian village's namesake abroad gives way."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str):
    found = [m for m in geoparser.parse(text) if m.text == name]
    assert found, name
    return found[0].place


def test_a_palestinian_village_is_not_its_namesake_in_gambia(geoparser: Geoparser) -> None:
    text = "Settlers burned olive trees near the Palestinian village of Tuba overnight."
    place = _place(geoparser, text, "Tuba")
    assert place is not None
    assert place.country_code == "PS"
    assert abs((place.lat or 0.0) - 31.9) < 1.0
    assert abs((place.lon or 0.0) - 35.2) < 1.0


def test_a_palestinian_village_the_gazetteer_has_keeps_its_point(geoparser: Geoparser) -> None:
    # near miss: the village's own entry is already in Palestine
    text = "Settlers burned olive trees near the Palestinian village of Burin overnight."
    place = _place(geoparser, text, "Burin")
    assert place is not None
    assert place.country_code == "PS"
    assert abs((place.lat or 0.0) - 32.18) < 0.1
