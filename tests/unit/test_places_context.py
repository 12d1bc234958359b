"""What the rest of a text says about a name's namesakes (issue 13): a demonym names a side,
not a place; a country name two countries share goes to the one the text's places are in.
Sentences written for these tests, each with near misses that must not move."""

from __future__ import annotations

import pytest

from dashboard.model import Mention
from dashboard.places.geoparser import Geoparser


def found(gp: Geoparser, text: str, prefix: str) -> Mention:
    hits = [m for m in gp.parse(text) if m.text.startswith(prefix)]
    assert hits, f"{prefix!r} not found in {[m.text for m in gp.parse(text)]}"
    return hits[0]


def exact(gp: Geoparser, text: str, surface: str) -> Mention:
    hits = [m for m in gp.parse(text) if m.text == surface]
    assert hits, f"{surface!r} not found in {[m.text for m in gp.parse(text)]}"
    return hits[0]


def country_of(m: Mention) -> str | None:
    assert m.place is not None, m
    return m.place.country_code


# ------------------------------------------------ a demonym does not place a division


@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery pounded towns across the Donetsk region overnight.",
        "Russian troops pushed deeper into the Donetsk region, officials said.",
    ],
)
def test_a_demonym_does_not_move_a_named_region_abroad(geoparser: Geoparser, text: str) -> None:
    # Donetsk is also a town of 50,000 in Russia's Rostov oblast; "Russian" says who acted
    m = found(geoparser, text, "Donetsk")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code) == ("admin1", "UA"), m.reason
    assert m.place.lat is not None
    assert m.place.lon is not None
    assert abs(m.place.lat - 48.0) < 1.0
    assert abs(m.place.lon - 37.8) < 1.5


@pytest.mark.parametrize(
    "text",
    [
        "Traffic was heavy across the Charlotte region on Friday.",
        # near miss: a foreign demonym gives the vaguer lowercase "region" no country either
        "Russian investors toured the Charlotte region last week.",
    ],
)
def test_a_city_region_stays_the_citys_area(geoparser: Geoparser, text: str) -> None:
    # Charlotte is also a parish of St Vincent; "the Charlotte region" is the US city's area
    m = found(geoparser, text, "Charlotte")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code) == ("city", "US"), m.reason


def test_a_region_named_after_a_towns_biggest_namesake_is_that_division(
    geoparser: Geoparser,
) -> None:
    # Russia named by name does not make "the Donetsk region" a region round its own small
    # Donetsk: the oblast surrounds the name's biggest town (the Charlotte tests above are the
    # near miss: St Vincent's Charlotte parish surrounds no town called Charlotte of any size)
    m = found(geoparser, "Russia says it controls most of the Donetsk region.", "Donetsk")
    assert m.place is not None
    assert (m.place.kind, m.place.country_code) == ("admin1", "UA"), m.reason


def test_a_country_named_by_name_still_backs_its_own_division(geoparser: Geoparser) -> None:
    # near miss: the rule drops only demonyms; a region of Russia named with Russia stays there
    m = found(geoparser, "Drones struck an oil depot in Russia's Belgorod region.", "Belgorod")
    assert country_of(m) == "RU"


# ------------------------------------------------ a shared country name


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("The president of Congo opened a port in Pointe-Noire and a bridge in Brazzaville.", "CG"),
        ("Aid convoys crossed Congo to reach Goma and Bukavu.", "CD"),
        # a list names two places: beside "Congo Republic" the bare "Congo" is the other one,
        # though the meeting town lies in the Republic
        ("Troops from Congo and Congo Republic met in Brazzaville.", "CD"),
        ("Officials of Congo Republic and Congo met in Brazzaville.", "CD"),
    ],
)
def test_a_shared_country_name_goes_where_the_texts_places_are(
    geoparser: Geoparser, text: str, iso2: str
) -> None:
    m = exact(geoparser, text, "Congo")
    assert country_of(m) == iso2, m.reason


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a place in a third country, a demonym either Congo uses, and a tie
        "Congo's president flew to Paris on Monday.",
        "Congolese soldiers patrolled Congo's border.",
        "Talks on Congo were held in Brazzaville and Goma.",
    ],
)
def test_without_evidence_congo_stays_the_ap_styles_dr_congo(
    geoparser: Geoparser, text: str
) -> None:
    m = exact(geoparser, text, "Congo")
    assert country_of(m) == "CD", m.reason


# ------------------------------------------------ "the X": a sea or region, not a division


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("Tankers waited to load in the Gulf as talks dragged on.", 27.0, 51.5),
        ("Iranian patrol boats shadowed a freighter in the Gulf.", 27.0, 51.5),
        # US news: "the Gulf" beside its own places is the Gulf of Mexico
        ("Shrimpers in Louisiana said the Gulf was warmer than ever.", 25.0, -90.0),
        ("Storms battered the Gulf Coast near Houston overnight.", 25.0, -90.0),
    ],
)
def test_the_gulf_is_the_sea_nearest_the_texts_places(
    geoparser: Geoparser, text: str, lat: float, lon: float
) -> None:
    m = exact(geoparser, text, "Gulf")
    assert m.place is not None
    assert m.place.kind == "sea", m.reason
    assert m.place.lat is not None
    assert m.place.lon is not None
    assert abs(m.place.lat - lat) < 1.0
    assert abs(m.place.lon - lon) < 1.0


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # near misses: without "the" a division's name stays the division
        ("Fighting in Gulf province killed three villagers.", "Gulf province", "admin1"),
        # the full names are their own rows
        ("Oil spilled into the Gulf of Mexico last spring.", "Gulf of Mexico", "sea"),
        ("Dhows crossed the Gulf of Oman at night.", "Gulf of Oman", "sea"),
    ],
)
def test_near_misses_of_the_gulf(geoparser: Geoparser, text: str, surface: str, kind: str) -> None:
    m = exact(geoparser, text, surface)
    assert m.place is not None
    assert m.place.kind == kind, m.reason


def test_a_division_without_a_sea_namesake_keeps_the_article(geoparser: Geoparser) -> None:
    # near miss: "the" before a division that has no sea or region namesake changes nothing
    m = exact(geoparser, "Floods swept across the Punjab this week.", "Punjab")
    assert m.place is not None
    assert m.place.kind == "admin1", m.reason
    assert country_of(m) in {"PK", "IN"}
