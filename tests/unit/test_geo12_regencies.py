"""geo12: a name before "regency" in a text set in Indonesia is an Indonesian regency."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def test_the_karo_regency_is_in_north_sumatra(geoparser: Geoparser) -> None:
    text = "Floods hit the Karo regency in North Sumatra on Tuesday, officials said."
    found = [m for m in geoparser.parse(text) if m.text == "Karo"]
    assert found
    place = found[0].place
    assert place is not None
    assert place.country_code == "ID"
    assert place.kind == "admin2"
    assert abs((place.lat or 0.0) - 2.5) < 1.5
    assert abs((place.lon or 0.0) - 98.8) < 1.5


def test_a_hotel_called_regency_moves_nothing(geoparser: Geoparser) -> None:
    # near miss: no place in Indonesia, so "Regency" names no Indonesian division
    text = "Delegates stayed at the Hyatt Regency in London on Tuesday."
    found = [m for m in geoparser.parse(text) if m.place]
    assert [(m.text, m.place.country_code if m.place else None) for m in found] == [
        ("London", "GB")
    ]
