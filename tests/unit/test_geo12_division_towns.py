"""geo12: a town the gazetteer lacks, put in a division, lies among the division's towns."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def test_a_missing_town_in_ontario_lies_in_the_south(geoparser: Geoparser) -> None:
    text = "Volunteers in Bradford, Ontario, filled sandbags on Sunday."
    found = [m for m in geoparser.parse(text) if m.text == "Bradford"]
    assert found
    place = found[0].place
    assert place is not None
    assert place.country_code == "CA"
    # among Ontario's towns, near Toronto: not the province's point in its empty north
    assert 42.5 < (place.lat or 0.0) < 45.5
    assert -81.5 < (place.lon or 0.0) < -78.0
    assert "towns" in found[0].reason


def test_the_province_named_alone_keeps_its_own_point(geoparser: Geoparser) -> None:
    # near miss: the province itself, named alone, stays at its reference point
    found = [m for m in geoparser.parse("Snow fell across Ontario on Sunday.") if m.place]
    assert [m.text for m in found] == ["Ontario"]
    place = found[0].place
    assert place is not None
    assert place.kind == "admin1"
    assert (place.lat or 0.0) > 48.0


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
