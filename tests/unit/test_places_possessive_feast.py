"""Two readings of what follows a name (recognise.py): the possessive of a name ending in s
written as an apostrophe alone ("Flores' honor") is an owner, not a place; a saint's name
before "'s Day" is a feast day. Sentences written for these tests, with near misses."""

from __future__ import annotations

from dashboard.places.gazetteer import distance_km
from dashboard.places.geoparser import Geoparser


def surfaces(gp: Geoparser, text: str) -> list[str]:
    return [m.text for m in gp.parse(text)]


def test_a_persons_bare_possessive_does_not_make_the_name_a_place(geoparser: Geoparser) -> None:
    # "Flores" is a person by the middle initial; "in Flores' honor" is his, not a place
    text = (
        "Who would have wanted Matthew D. Flores dead? A tree was planted in Flores' "
        "honor. Flores was 26."
    )
    assert "Flores" not in surfaces(geoparser, text)


def test_a_place_after_in_is_still_a_place_beside_a_person_of_its_name(
    geoparser: Geoparser,
) -> None:
    # near miss: "in Flores" with no possessive after is the island, the person aside
    text = "Matthew D. Flores was born in Flores, Indonesia, and grew up there."
    found = [m for m in geoparser.parse(text) if m.text == "Flores"]
    assert found
    p = found[0].place
    assert p is not None
    assert p.country_code == "ID"


def test_a_saints_feast_day_is_no_place(geoparser: Geoparser) -> None:
    text = "Police stressed safety on St. Patrick's Day, and on Saint George’s Day too."
    assert surfaces(geoparser, text) == []


def test_a_saints_town_named_otherwise_stays(geoparser: Geoparser) -> None:
    # near misses: the parish "St. Patrick, Grenada" and a big city before "'s Day"
    text = "Pilgrims travelled to St. Patrick, Grenada, for the festival."
    found = [m for m in geoparser.parse(text) if m.text == "St. Patrick"]
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == "GD"
    city = [m for m in geoparser.parse("St. Louis's Day of Giving raised money.")]
    assert city
    p = city[0].place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    assert distance_km(p.lat, p.lon, 38.6, -90.2) < 50


def test_an_ordinary_word_before_a_year_or_a_code_is_no_town(geoparser: Geoparser) -> None:
    # Section, Alabama and Spring, Texas are towns; here the words number and date things
    text = "The Panthers won the Section 2AA title in Spring 2009 at home."
    assert surfaces(geoparser, text) == []


def test_a_name_no_english_word_keeps_its_place_before_a_year(geoparser: Geoparser) -> None:
    # near misses: "Paris 2024" is the city's games; "Spring, Texas, in 2009" the town
    paris = [m for m in geoparser.parse("Paris 2024 organisers met on Monday.") if m.place]
    assert [m.text for m in paris] == ["Paris"]
    assert paris[0].place is not None
    assert paris[0].place.country_code == "FR"
    spring = [m for m in geoparser.parse("Flooding hit Spring, Texas, in 2009.") if m.place]
    assert spring[0].text == "Spring"
    p = spring[0].place
    assert p is not None
    assert p.lat is not None
    assert p.lon is not None
    assert distance_km(p.lat, p.lon, 30.1, -95.4) < 50
