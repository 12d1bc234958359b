"""A kind word after a longer name that opens with a capitalised part word ("Upper Egypt
village") describes that longer name, not the country inside it (session 86, places88); the
sentences are written for these tests."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _countries(geoparser: Geoparser, text: str, name: str) -> set[str | None]:
    return {m.place.country_code for m in geoparser.parse(text) if m.place and m.text == name}


def test_a_headline_part_name_does_not_make_the_country_a_town(geoparser: Geoparser) -> None:
    text = (
        "Crops burned in Upper Egypt village\n\n"
        "CAIRO, May 5 - Fire destroyed crops in a village in Egypt's Sohag province."
    )
    assert "US" not in _countries(geoparser, text, "Egypt")


def test_a_kind_word_right_after_the_name_still_calls_it_a_town(geoparser: Geoparser) -> None:
    # no part word before it: "Egypt village" is read as a village's name, not the country
    text = "Fire destroyed a barn in Egypt village on Monday."
    assert "EG" not in _countries(geoparser, text, "Egypt")
