"""Geoparser rules of the geo50 round, each on sentences written for it, with a near miss:
a plural division word before "of" and a list ("the provinces of Idlib and Hama") makes every
item a first-level division, as the plural after the list does; "X province" where X is a
town only by an English spelling ("Hodeidah") is the province named after that town, not the
division its GeoNames code was paired with by nearest points."""

from __future__ import annotations

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def named(geoparser: Geoparser, text: str, span: str) -> list[Mention]:
    """The mentions written exactly ``span`` in ``text``."""
    return [m for m in geoparser.parse(text) if m.text == span]


def placed(m: Mention) -> tuple[str, str | None]:
    assert m.place is not None
    return m.place.kind, m.place.country_code


def near(m: Mention, lat: float, lon: float, within: float = 0.2) -> bool:
    p = m.place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    return abs(p.lat - lat) < within and abs(p.lon - lon) < within


# 1. "the provinces of A and B": the plural before the list types every item


def test_second_item_after_plural_provinces_of(geoparser: Geoparser) -> None:
    text = "Militiamen shelled villages in the provinces of Idlib and Hama overnight."
    (m,) = named(geoparser, text, "Hama")
    assert placed(m) == ("admin1", "SY")
    assert near(m, 35.29, 37.25)  # the governorate's point, not the city's (35.13, 36.76)


def test_second_item_after_plural_regions_with_an_adjective(geoparser: Geoparser) -> None:
    text = "Drones struck the border regions of Belgorod and Kursk."
    (m,) = named(geoparser, text, "Kursk")
    assert placed(m) == ("admin1", "RU")
    assert near(m, 51.66, 36.49)


def test_cities_of_a_list_stay_towns(geoparser: Geoparser) -> None:
    # near miss: "cities" is no division word
    text = "He toured the cities of Homs and Hama."
    (m,) = named(geoparser, text, "Hama")
    assert placed(m) == ("city", "SY")
    assert near(m, 35.13, 36.76)


# 2. "X province" for a town known by an English spelling is the province named after it


def test_province_after_an_english_spelling(geoparser: Geoparser) -> None:
    text = "Coalition jets bombed a port in Hodeidah province at dawn."
    (m,) = named(geoparser, text, "Hodeidah province")
    assert placed(m) == ("admin1", "YE")
    assert m.place is not None
    assert m.place.name == "Al Ḩudaydah"
    assert near(m, 15.12, 42.84)  # not Raymah (14.69, 43.66), which the town's code met


def test_governorate_after_an_english_spelling(geoparser: Geoparser) -> None:
    text = "Aid trucks reached Hodeidah governorate on Sunday."
    (m,) = named(geoparser, text, "Hodeidah governorate")
    assert placed(m) == ("admin1", "YE")
    assert near(m, 15.12, 42.84)


def test_the_port_of_the_town_stays_the_town(geoparser: Geoparser) -> None:
    # near miss: no type word, the city
    text = "Coalition jets bombed the port of Hodeidah at dawn."
    (m,) = named(geoparser, text, "Hodeidah")
    assert placed(m) == ("city", "YE")
    assert near(m, 14.80, 42.95)


# 3. Turkey's GeoNames codes numbered otherwise than ISO's are re-paired with their provinces


def test_town_comma_renumbered_province(geoparser: Geoparser) -> None:
    text = "A car bomb exploded in Nizip, Gaziantep, on Friday."
    (m,) = named(geoparser, text, "Gaziantep")
    assert placed(m) == ("admin1", "TR")
    assert near(m, 36.97, 37.41)  # the province holding Nizip, not the city (37.06, 37.38)


def test_capital_town_comma_its_province(geoparser: Geoparser) -> None:
    text = "A blast hit a market in Polatli, Ankara."
    (m,) = named(geoparser, text, "Ankara")
    assert placed(m) == ("admin1", "TR")
    assert near(m, 39.72, 32.71)


def test_a_renumbered_city_lies_in_its_own_province(geoparser: Geoparser) -> None:
    text = "Ankara said the talks would resume next week."
    (m,) = named(geoparser, text, "Ankara")
    assert placed(m) == ("city", "TR")
    assert m.place is not None
    assert m.place.admin1 == "TR-06"  # ISO's Ankara; GeoNames' code 68 is ISO's Aksaray


def test_a_code_whose_towns_lie_nearer_a_neighbour_keeps_its_division(
    geoparser: Geoparser,
) -> None:
    # near miss: most of Virginia's towns lie nearer DC's point, whose own code keeps its towns
    text = "Heavy snow closed roads around Arlington, Virginia."
    (m,) = named(geoparser, text, "Arlington")
    assert placed(m) == ("city", "US")
    assert m.place is not None
    assert m.place.admin1 == "US-VA"
