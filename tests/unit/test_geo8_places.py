"""Geoparser rules of stop 34 (geo8), each on a sentence written for it: a settlement the
gazetteer lacks is a town where the text calls it one, a small town moves into the country
the text puts it in, a name told from a town, a division listed beside a city, "near X",
a town naming an armed group, and the English spellings news uses for towns GeoNames spells
otherwise."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def placed(geoparser: Geoparser, text: str, span: str) -> list[tuple[str, str | None]]:
    """(kind, ISO2) of each mention of ``span`` in ``text`` that has a place."""
    return [
        (m.place.kind, m.place.country_code)
        for m in geoparser.parse(text)
        if m.text == span and m.place is not None
    ]


def test_azerbaijans_name_for_the_city_is_found(geoparser: Geoparser) -> None:
    # the alias names ISO 3166-2 AZ-XA, a municipality: the city itself
    found = placed(geoparser, "The flag was raised over Khankendi.", "Khankendi")
    assert [cc for _, cc in found] == ["AZ"]


def test_an_unlisted_town_of_a_state_is_a_town(geoparser: Geoparser) -> None:
    text = "Gunmen raided a market in the town of Ungwan Zaki in Kaduna state."
    assert placed(geoparser, text, "Ungwan Zaki") == [("city", "NG")]


def test_noshki_is_nushki(geoparser: Geoparser) -> None:
    text = "Gunmen stopped a truck on a road outside Noshki on Monday."
    assert placed(geoparser, text, "Noshki") == [("city", "PK")]


def test_a_small_town_in_another_country_moves_into_it(geoparser: Geoparser) -> None:
    # the only Mouras the gazetteer has are in Portugal and Australia
    text = "Troops burned the village of Moura in central Mali last week."
    assert placed(geoparser, text, "Moura") == [("city", "ML")]


def test_a_name_measured_from_a_town_is_found_in_its_country(geoparser: Geoparser) -> None:
    # "at X, some 45 km southwest of Y": X is a place near Y though the gazetteer lacks it;
    # it lies in Y's country, not at Y's point, so it gets no point of its own
    text = "Gunmen killed 20 people at Dablo, some 45 km southwest of Djibo, officials said."
    found = [m for m in geoparser.parse(text) if m.text == "Dablo"]
    assert [(m.place.country_code, m.place.lat) for m in found if m.place] == [("BF", None)]


def test_a_division_listed_beside_a_city_is_the_city(geoparser: Geoparser) -> None:
    # Jalal-Abad is an oblast too; beside the city of Osh it is the city (GeoNames: Manas)
    text = "Protesters gathered in Osh and Jalal-Abad on Sunday."
    assert placed(geoparser, text, "Jalal-Abad") == [("city", "KG")]


def test_a_small_town_near_which_something_happened_in_a_named_country(
    geoparser: Geoparser,
) -> None:
    # "near X" calls X a place; the Tajik town, as the text names Tajikistan by its adjective
    text = "Tajik and Kyrgyz border guards exchanged fire near Vorukh overnight."
    assert placed(geoparser, text, "Vorukh") == [("city", "TJ")]


def test_a_town_naming_an_armed_group_is_no_place(geoparser: Geoparser) -> None:
    # the Amhara militia Fano, not Fano in Italy, which the text names nothing else of
    text = "Two Fano commanders were detained, a regional spokesman said on Monday."
    assert placed(geoparser, text, "Fano") == []
