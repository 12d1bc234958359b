"""A country listed after another country is an item of the list, not a division of the
country named after it ("Benin, Ghana, Niger, Nigeria and Togo": Niger is the country, not
Nigeria's Niger State). Sentences written for these tests, with near misses."""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser


def place_of(gp: Geoparser, text: str, surface: str) -> Place:
    found = [m for m in gp.parse(text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    assert found[0].place is not None
    return found[0].place


def test_a_country_inside_a_list_of_countries(geoparser: Geoparser) -> None:
    # the Republic of Niger (GeoNames' point about 18 N, 9 E), not Niger State (about 9.9 N, 5.7 E)
    text = "The vaccination drive will reach Benin, Ghana, Niger, Nigeria and Togo this year."
    p = place_of(geoparser, text, "Niger")
    assert p.kind == "country"
    assert p.country_code == "NE"


def test_near_miss_x_comma_y_alone_is_the_division(geoparser: Geoparser) -> None:
    # "Niger, Nigeria" with no list before it: Nigeria's Niger State (ISO 3166-2 NG-NI)
    text = "Flooding hit Minna in Niger, Nigeria, on Monday."
    p = place_of(geoparser, text, "Niger")
    assert p.kind == "admin1"
    assert p.admin1 == "NG-NI"


def test_near_miss_georgia_usa_stays_the_state(geoparser: Geoparser) -> None:
    text = "The singer was born in Georgia, USA, and moved to Paris."
    p = place_of(geoparser, text, "Georgia")
    assert p.admin1 == "US-GA"
