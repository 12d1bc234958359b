"""Issue 13: a text written in North American English (it uses a phrase of
``data/gazetteer/north_american_words.csv`` anywhere) puts a town or first-level division
abroad that won on size alone at its North American namesake. Sentences written for these
tests, each with the expected place, kind and approximate point, and near misses that must
not move."""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser


def place_of(gp: Geoparser, text: str, surface: str) -> Place:
    found = [m for m in gp.parse(text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    assert found[0].place is not None
    return found[0].place


def near(p: Place, lat: float, lon: float, tol: float = 0.5) -> bool:
    return (
        p.lat is not None
        and p.lon is not None
        and abs(p.lat - lat) < tol
        and abs(p.lon - lon) < tol
    )


def test_a_school_district_story_keeps_paris_in_north_america(geoparser: Geoparser) -> None:
    # the words are far from the name; Paris, Texas (the biggest US Paris): about 33.66 N, 95.56 W
    text = "The school district approved its budget on Monday. Paris will hire four teachers."
    p = place_of(geoparser, text, "Paris")
    assert (p.kind, p.country_code) == ("city", "US")
    assert near(p, 33.66, -95.56)
    m = next(m for m in geoparser.parse(text) if m.text == "Paris")
    assert "North American English ('school district')" in m.reason


def test_a_division_abroad_gives_way_to_the_north_american_town(geoparser: Geoparser) -> None:
    # Berea is also a district of Lesotho (a first-level division, which wins on its kind's
    # prior); here the town: Berea, Ohio, about 41.37 N, 81.85 W, is the biggest US Berea
    text = "The fire department said Berea will repave two streets this summer."
    p = place_of(geoparser, text, "Berea")
    assert (p.kind, p.country_code) == ("city", "US")
    assert near(p, 41.37, -81.85)


def test_without_the_words_paris_stays_in_france(geoparser: Geoparser) -> None:
    # near miss: no North American phrase anywhere; Paris, France: about 48.85 N, 2.35 E
    p = place_of(
        geoparser,
        "The ministry approved its budget on Monday. Paris will hire four teachers.",
        "Paris",
    )
    assert p.country_code == "FR"
    assert near(p, 48.85, 2.35)


def test_a_country_named_by_name_keeps_its_capital(geoparser: Geoparser) -> None:
    # near miss: the text names France, so its Paris is meant even in a school district's story
    text = "The school district sent 20 pupils to France. In Paris they visited the Louvre."
    p = place_of(geoparser, text, "Paris")
    assert p.country_code == "FR"
    assert near(p, 48.85, 2.35)


def test_a_country_itself_does_not_yield(geoparser: Geoparser) -> None:
    # near miss: a country is never replaced by this rule (Mexico, Missouri, exists)
    p = place_of(geoparser, "The school district hired a teacher from Mexico.", "Mexico")
    assert (p.kind, p.country_code) == ("country", "MX")


def test_a_parks_and_recreation_department_is_north_american(geoparser: Geoparser) -> None:
    # a row of north_american_words.csv; Athens, Georgia (the biggest US Athens): 33.96 N, 83.38 W
    text = "The Parks and Recreation Department opened a pool. Athens will add a second one."
    p = place_of(geoparser, text, "Athens")
    assert (p.kind, p.country_code) == ("city", "US")
    assert near(p, 33.96, -83.38)


def test_a_junior_varsity_team_is_north_american(geoparser: Geoparser) -> None:
    # Oxford, Mississippi: about 34.37 N, 89.52 W
    p = place_of(geoparser, "The junior varsity team lost on Friday in Oxford.", "Oxford")
    assert (p.kind, p.country_code) == ("city", "US")
    assert near(p, 34.37, -89.52)


def test_a_parks_department_is_no_north_american_word(geoparser: Geoparser) -> None:
    # near miss: 'parks department' is said everywhere; Athens, Greece: 37.98 N, 23.73 E
    text = "The parks department opened a pool. Athens will add a second one."
    p = place_of(geoparser, text, "Athens")
    assert p.country_code == "GR"
    assert near(p, 37.98, 23.73)


def test_a_country_named_by_a_demonym_keeps_its_capital(geoparser: Geoparser) -> None:
    # near miss: a US story on a French visit; Paris, France: about 48.85 N, 2.35 E
    text = "The school district's choir sang for the French president in Paris on Monday."
    p = place_of(geoparser, text, "Paris")
    assert p.country_code == "FR"
    assert near(p, 48.85, 2.35)
