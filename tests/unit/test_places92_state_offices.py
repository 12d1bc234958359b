"""places92: a state named before a government office's "Division of ..." is still named
("the Ohio Division of Wildlife"); a word glued to a name that is no office keeps hiding it.
Sentences written for these tests."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.parse(text) if m.place is not None]


def test_a_state_opening_a_division_of_an_office_is_named(geoparser: Geoparser) -> None:
    text = "Game wardens from the Kansas Division of Wildlife freed the deer on Sunday."
    assert "Kansas" in _names(geoparser, text)


def test_a_division_of_a_country_keeps_its_name(geoparser: Geoparser) -> None:
    assert "Sylhet" in _names(geoparser, "Floods hit Sylhet Division on Monday.")


def test_a_person_named_after_a_town_stays_hidden(geoparser: Geoparser) -> None:
    assert "Paris" not in _names(geoparser, "Paris Hilton opened a store on Friday.")
