"""Geoparser rules of stop 37 (geo11), each on sentences written for it: a country named
alone, with nothing inside it beside it, no longer pulls a world city's name to a small
namesake of its own."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def where(geoparser: Geoparser, text: str, span: str) -> list[tuple[str, str | None, float, float]]:
    """(kind, ISO2, lat, lon) of each mention of ``span`` in ``text`` that has a point."""
    return [
        (m.place.kind, m.place.country_code, m.place.lat, m.place.lon)
        for m in geoparser.parse(text)
        if m.text == span and m.place is not None and m.place.lat is not None
    ]


def test_a_country_named_alone_leaves_a_world_city_abroad(geoparser: Geoparser) -> None:
    text = "US and Russian negotiators sat down in Geneva on Monday to talk about arms control."
    found = where(geoparser, text, "Geneva")
    assert [(k, c) for k, c, _, _ in found] == [("city", "CH")]
    assert abs(found[0][2] - 46.2) < 0.5
    assert abs(found[0][3] - 6.15) < 0.5
    text = "Canada's trade minister met his counterparts in London on Monday."
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "London")] == [("city", "GB")]
    # near misses: a state, a word of US government, or dollars set the text in the US
    for text in (
        "US officials said the fair in Geneva drew crowds from across Illinois.",
        "The county sheriff in Geneva said US law was clear.",
        "US farmers in Geneva sold $2 million of corn.",
    ):
        assert [c for _, c, _, _ in where(geoparser, text, "Geneva")] == ["US"], text
    text = "The Canadian family moved from London to Toronto."
    assert [c for _, c, _, _ in where(geoparser, text, "London")] == ["CA"]


def test_a_town_named_as_english_spells_its_long_vowel(geoparser: Geoparser) -> None:
    # GeoNames' Pūnch folds to the word "punch" and was left out; English writes "Poonch"
    found = where(geoparser, "Two soldiers were hurt by shelling in Poonch on Friday.", "Poonch")
    assert [(k, c) for k, c, _, _ in found] == [("city", "IN")]
    assert abs(found[0][2] - 33.77) < 0.3
    assert abs(found[0][3] - 74.09) < 0.3
    # near miss: the word itself is no town
    assert where(geoparser, "He threw a punch at the Punch and Judy show.", "Punch") == []


def test_a_base_abroad_that_news_names(geoparser: Geoparser) -> None:
    text = "Rockets struck the Al Asad air base in western Iraq, and jets left Incirlik."
    found = where(geoparser, text, "Al Asad air base")
    assert [(k, c) for k, c, _, _ in found] == [("landmark", "IQ")]
    assert abs(found[0][2] - 33.79) < 0.1
    assert abs(found[0][3] - 42.44) < 0.1
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "Incirlik")] == [("landmark", "TR")]
    # near miss: the president's family name is no base
    assert where(geoparser, "Bashar al-Assad spoke on television.", "al-Assad") == []


def test_a_village_of_a_named_state_keeps_its_name_from_a_division_abroad(
    geoparser: Geoparser,
) -> None:
    text = (
        "Mercury spilled on a road in Cajamarca province in Peru. Villagers in San Juan fell ill."
    )
    found = where(geoparser, text, "San Juan")
    assert [(k, c) for k, c, _, _ in found] == [("city", "PE")]
    assert abs(found[0][2] + 7.29) < 0.3
    assert abs(found[0][3] + 78.5) < 0.3
    # near miss: a division of the name in the town's own country still wins
    text = "Farmers from Pennsylvania drove to California to sell their apples."
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "California")] == [("admin1", "US")]
