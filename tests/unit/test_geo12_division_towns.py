"""geo12: division names news uses (Haiti's Central Plateau)."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser

# ------------------------------------------------ Haiti's Central Plateau


def test_haitis_central_plateau_is_its_centre_department(geoparser: Geoparser) -> None:
    text = "Heavy rain fell on Haiti's Central Plateau on Tuesday."
    found = [m for m in geoparser.parse(text) if m.text == "Central Plateau"]
    assert found
    place = found[0].place
    assert place is not None
    assert (place.kind, place.country_code) == ("admin1", "HT")
    assert abs((place.lat or 0.0) - 19.0) < 0.5
    assert abs((place.lon or 0.0) + 72.0) < 0.5


def test_burkina_fasos_central_plateau_stays_there(geoparser: Geoparser) -> None:
    # near miss: the name with Burkina Faso is its Plateau-Central region
    text = "Farmers on the Central Plateau of Burkina Faso lost their crops."
    found = [m for m in geoparser.parse(text) if m.text == "Central Plateau"]
    assert found
    place = found[0].place
    assert place is not None
    assert place.country_code == "BF"
