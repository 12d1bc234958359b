"""Geoparser rules of stop 42 (geo17), each on sentences written for it, with a near miss:
"near X" takes the town a first-level division is named after; a name matched only by an
alternate name and joined to a capitalised word by a hyphen ("Kuki-Zo") is no place; a
county before an office word ("the Tarrant County Medical Examiner") stays a place; "X
territory" is the second-level division named after the town X, at geo precision 2."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(geoparser: Geoparser, text: str, span: str) -> list[Mention]:
    """The mentions written exactly ``span`` in ``text``."""
    return [m for m in geoparser.parse(text) if m.text == span]


def test_near_a_division_named_after_its_town_is_the_town(geoparser: Geoparser) -> None:
    text = "Drones struck a convoy near Kidal on Monday, a local official said."
    (m,) = named(geoparser, text, "Kidal")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code) == ("city", "ML")
    assert abs(m.place.lat - 18.4) < 0.3
    assert abs(m.place.lon - 1.4) < 0.3
    text = "Rebels took a checkpoint 30 km south of Gao overnight."
    (m,) = named(geoparser, text, "Gao")
    assert m.place is not None
    assert m.place.kind == "city"
    assert abs(m.place.lat - 16.3) < 0.3  # type: ignore[operator]
    # near misses: the division named as such, and a state with no town of its name in it
    text = "Rain fell across the Kidal region, officials said."
    (m,) = named(geoparser, text, "Kidal region")
    assert m.place is not None
    assert m.place.kind == "admin1"
    (m,) = named(geoparser, "Storms gathered near Texas on Friday.", "Texas")
    assert m.place is not None
    assert m.place.kind == "admin1"


def test_a_peoples_hyphenated_name_is_no_town(geoparser: Geoparser) -> None:
    text = "Leaders of the Kuki-Zo community in Manipur called for calm on Sunday."
    found = [(m.text, m.place.country_code if m.place else None) for m in geoparser.parse(text)]
    assert found == [("Manipur", "IN")]
    # near misses: places that own their names stay places on either side of a hyphen
    text = "The Israel-Hamas truce held as trains ran Tokyo-Osaka and visitors left Baden-Baden."
    codes = [m.place.country_code for m in geoparser.parse(text) if m.place]
    assert codes == ["IL", "JP", "JP", "DE"]


def test_a_county_before_an_office_word_is_the_county(geoparser: Geoparser) -> None:
    text = "The Tarrant County Medical Examiner identified the driver on Tuesday."
    (m,) = named(geoparser, text, "Tarrant County")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code) == ("admin2", "US")
    text = "He was held at the Pike County Detention Center until his hearing."
    assert [m.place.kind for m in named(geoparser, text, "Pike County") if m.place] == ["admin2"]
    # near misses: a company named after a county, and a person named after a city
    text = "Eggs packed by Wright County Farms were recalled; Paris Hilton was not there."
    assert geoparser.parse(text) == []


def test_a_territory_named_after_its_town_is_that_division(geoparser: Geoparser) -> None:
    text = "Rebels attacked the village of Kamango in Beni territory on Sunday, killing six."
    found = {m.text: m for m in geoparser.parse(text)}
    division = found["Beni territory"].place
    assert division is not None
    assert (division.kind, division.country_code, division.geo_precision) == ("admin2", "CD", 2)
    assert abs(division.lat - 0.5) < 0.3  # type: ignore[operator]
    village = found["Kamango"].place
    assert village is not None
    assert village.geo_precision == 2
    # near misses: the town by itself, and a country's land
    (m,) = named(geoparser, "Aid trucks reached Beni on Monday.", "Beni")
    assert m.place is not None
    assert (m.place.kind, m.place.geo_precision) == ("city", 1)
    (m,) = named(geoparser, "The drones flew over Ukraine territory at night.", "Ukraine")
    assert m.place is not None
    assert m.place.kind == "country"
