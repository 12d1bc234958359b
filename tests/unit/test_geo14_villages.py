"""A village the gazetteer lacks, named inside a named first-level division ("Xyz, a
village in Idlib province", "the village of Xyz in Kherson region"), is placed at the
division's point at geo precision 2 (ACLED: a small part of a region), with the reason
(geo14, a fresh user). Every text was written for these tests; the villages are made up."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.parse(text) if m.place is not None]


def test_a_village_in_a_named_province_gets_the_province_point(geoparser: Geoparser) -> None:
    text = "Airstrikes hit Kafr Dornaba, a village in Idlib province, on Monday."
    a = geoparser.analyse(text, date(2025, 3, 4))
    (m,) = [m for m in a.mentions if m.text == "Kafr Dornaba"]
    (idlib,) = [x for x in a.mentions if x.text == "Idlib province"]
    assert m.place is not None
    assert idlib.place is not None
    assert (m.place.lat, m.place.lon) == (idlib.place.lat, idlib.place.lon)
    assert m.place.geo_precision == 2
    assert m.place.country_code == "SY"
    assert "Idlib" in m.reason


def test_the_village_of_x_in_an_oblast_is_precision_two(geoparser: Geoparser) -> None:
    text = "Shelling hit the village of Dornivka in Kherson region on Monday."
    (m,) = [m for m in geoparser.parse(text) if m.text == "Dornivka"]
    assert m.place is not None
    assert m.place.geo_precision == 2
    assert m.place.country_code == "UA"


def test_near_miss_a_town_councillor_is_no_village(geoparser: Geoparser) -> None:
    assert "Smith" not in _names(
        geoparser, "The talks were led by Smith, a town councillor in Ohio."
    )
