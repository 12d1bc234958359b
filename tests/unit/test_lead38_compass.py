"""A division named by a compass word alone is a place only in a text about its country: "the
North's missile" in news from Seoul was Cameroon's North region. Sentences are our own."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.country_code if m.place else None) for m in geoparser.parse(text)]


def test_the_north_in_korean_news_is_no_cameroonian_region(geoparser: Geoparser) -> None:
    text = "SEOUL — The North fired a missile on Monday, and the South said it landed at sea."
    assert _names(geoparser, text) == [("SEOUL", "KR"), ("North", None), ("South", None)]


def test_the_regions_stay_in_news_about_cameroon(geoparser: Geoparser) -> None:
    text = "Separatists attacked a school in the North-West, near Bamenda."
    assert ("North-West", "CM") in _names(geoparser, text)
    text = "Boko Haram fighters raided a village in the Far North, officials in Yaounde said."
    assert ("Far North", "CM") in _names(geoparser, text)


def test_a_demonym_names_the_country_too(geoparser: Geoparser) -> None:
    text = "Cameroonian troops were sent to the Far North after an attack on a village."
    assert ("Far North", "CM") in _names(geoparser, text)
