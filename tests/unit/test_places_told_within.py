"""A place the text puts inside a country or town it names is not a namesake abroad
(``places.told_within`` and ``placing._outside_division``): sentences written for these
tests, each rule with a near miss that must not change."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.gazetteer import load
from dashboard.places.geoparser import Geoparser
from dashboard.places.told_within import outside_box
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _named(geoparser: Geoparser, text: str, name: str) -> Mention:
    return next(m for m in geoparser.parse(text) if m.text == name)


# ------------------------------------------------ "X, Country"


def test_a_town_followed_by_its_country_is_not_a_namesake_abroad(geoparser: Geoparser) -> None:
    # Baga's gazetteer towns are in Spain and India; the text puts it in Nigeria
    m = _named(geoparser, "Soldiers retook the town of Baga, Nigeria, on Sunday.", "Baga")
    assert m.place is not None
    assert m.place.country_code == "NG"
    assert m.place.geo_precision == 3
    assert m.place.lat == pytest.approx(9.1, abs=3)  # Nigeria's point, not Catalonia's


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Rebels attacked Bonn, Germany, on Monday.", "Bonn", "DE"),
        # a country next to the town's own box: Hong Kong's code is not China's
        ("Protesters marched in Hong Kong, China, on Monday.", "Hong Kong", "HK"),
        # the country opens another phrase: two places, not one
        ("In Moscow, Ukraine's envoy said talks would resume.", "Moscow", "RU"),
    ],
)
def test_a_town_in_its_own_country_or_before_another_phrase_stays(
    geoparser: Geoparser, text: str, name: str, code: str
) -> None:
    m = _named(geoparser, text, name)
    assert m.place is not None
    assert m.place.country_code == code
    assert not m.place.id.startswith("ul:")


# ------------------------------------------------ "X, Division": the namesake the division holds


@pytest.mark.parametrize(
    ("text", "name", "admin1", "lat", "lon"),
    [
        # another state named in the text favoured London, Kentucky; the pair says Ontario
        (
            "The couple moved from London, Ontario, to a farm near Lexington, Kentucky.",
            "London",
            "CA-ON",
            42.98,
            -81.23,
        ),
        # a town of the same country: the state the text names first favoured Ohio's
        (
            "Ohio growers from Dayton shipped apples to Columbus, Georgia, last week.",
            "Columbus",
            "US-GA",
            32.46,
            -84.99,
        ),
    ],
)
def test_a_town_written_with_its_division_is_the_namesake_there(
    geoparser: Geoparser, text: str, name: str, admin1: str, lat: float, lon: float
) -> None:
    m = _named(geoparser, text, name)
    assert m.place is not None
    assert (m.place.kind, m.place.admin1) == ("city", admin1)
    assert (m.place.lat, m.place.lon) == pytest.approx((lat, lon), abs=0.5)
    assert m.candidates[0][0] == m.place.id
    assert "puts it in" in m.reason


def test_a_division_with_no_namesake_still_places_the_name_there(geoparser: Geoparser) -> None:
    # near miss: the gazetteer has no Stroud in Ontario, so the name goes to Ontario's point
    m = _named(geoparser, "A bus from Stroud, Ontario, arrived late on Monday.", "Stroud")
    assert m.place is not None
    assert (m.place.kind, m.place.admin1, m.place.geo_precision) == ("region", "CA-ON", 3)


def test_a_town_in_a_list_before_a_state_is_left_alone(geoparser: Geoparser) -> None:
    # near miss: "London, Paris, Kentucky and Ohio" is a list; London is no town of a pair
    m = _named(
        geoparser, "Teams from London, Paris, Kentucky and Ohio met in Louisville.", "London"
    )
    assert m.place is not None
    assert "puts it in" not in m.reason


# ------------------------------------------------ "the <demonym> town of X"


def test_the_demonym_before_town_of_names_its_country(geoparser: Geoparser) -> None:
    m = _named(geoparser, "Fighters overran the Afghan town of Barchi overnight.", "Barchi")
    assert m.place is not None
    assert m.place.country_code == "AF"  # not Barchi, Italy
    assert m.place.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "name", "code", "precision"),
    [
        ("Gunmen attacked the Nigerian city of Kano on Monday.", "Kano", "NG", 1),
        ("Floods hit the Spanish town of Baga on Monday.", "Baga", "ES", 1),
    ],
)
def test_a_town_already_in_the_demonyms_country_stays(
    geoparser: Geoparser, text: str, name: str, code: str, precision: int
) -> None:
    m = _named(geoparser, text, name)
    assert m.place is not None
    assert (m.place.country_code, m.place.geo_precision) == (code, precision)


def test_an_attack_on_a_demonyms_town_is_placed_in_its_country(extract: Extract) -> None:
    attacks = real(extract("Militants attacked the Afghan town of Barchi on Monday."), "18", "19")
    assert attacks
    assert where(attacks[0]) == ("Barchi", "AF")


# ------------------------------------------------ "<City>'s X district"


def test_an_unknown_district_of_a_city_is_placed_at_the_city(geoparser: Geoparser) -> None:
    text = "Gunmen stormed a clinic in Kabul's Shar-e-Naw district on Friday."
    m = _named(geoparser, text, "Shar-e-Naw")
    kabul = _named(geoparser, text, "Kabul")
    assert m.place is not None
    assert kabul.place is not None
    assert m.place.country_code == "AF"
    assert m.place.geo_precision == 2
    assert (m.place.lat, m.place.lon) == (kabul.place.lat, kabul.place.lon)


def test_a_district_whose_name_is_a_town_abroad_is_in_the_city(extract: Extract) -> None:
    events = extract("A car bomb killed nine people in Kabul's Qala-e-Barchi district on Friday.")
    bombings = real(events, "18", "19")
    assert bombings
    name, code = where(bombings[0])
    assert code == "AF"
    assert name == "Qala-e-Barchi"


def test_a_region_of_a_country_in_the_possessive_stays_that_region(extract: Extract) -> None:
    shelling = real(extract("Ukraine shelled Russia's Kursk region on Monday."), "19")
    assert shelling
    assert shelling[0].location is not None
    place = shelling[0].location.place
    assert place is not None
    assert (place.kind, place.country_code) == ("admin1", "RU")


# ------------------------------------------------ "the <demonym> capital"


def test_the_demonym_capital_is_the_countrys_capital(geoparser: Geoparser) -> None:
    analysis = geoparser.analyse("Riot police clashed with students in the Ugandan capital.")
    (m,) = [m for m in analysis.mentions if m.place is not None]
    assert m.text == "Ugandan capital"
    assert m.place is not None
    assert (m.place.name, m.place.country_code, m.place.kind) == ("Kampala", "UG", "city")
    assert m.place.lat == pytest.approx(0.32, abs=0.2)


@pytest.mark.parametrize(
    "text",
    [
        "Kericho, the Kenyan capital of tea, was flooded.",  # a capital of something else
        "Kenyan police fired tear gas at students.",  # a demonym alone names no city
    ],
)
def test_a_demonym_without_the_capital_phrase_names_no_city(
    geoparser: Geoparser, text: str
) -> None:
    places = [m.place for m in geoparser.analyse(text).mentions if m.place is not None]
    assert all(p.name != "Nairobi" for p in places)


def test_parse_keeps_to_the_names_as_written(geoparser: Geoparser) -> None:
    # toponym corpora tag the demonym, not the capital; only the reader of events infers it
    assert geoparser.parse("Riot police clashed with students in the Ugandan capital.") == []


def test_a_protest_in_the_demonym_capital_is_placed_there(extract: Extract) -> None:
    events = extract("Riot police fired tear gas at protesters in the Ugandan capital on Monday.")
    gas = real(events, "17")
    assert gas
    assert where(gas[0]) == ("Kampala", "UG")


def test_a_namesake_far_outside_the_country_box_is_abroad() -> None:
    gaz = load()
    bonn = max(gaz.lookup("Bonn"), key=lambda p: p.population)
    hong_kong = next(p for p in gaz.lookup("Kowloon") if p.country_code == "HK")
    assert outside_box(bonn, gaz.country("ML"))
    assert not outside_box(hong_kong, gaz.country("CN"))  # beside China, its own code
    assert not outside_box(bonn, None)
