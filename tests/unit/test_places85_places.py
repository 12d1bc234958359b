"""places85: a country, district or island the text puts a town in picks the namesake there;
a family name after "Al-", an agency's acronym and a group of countries are no places; a
governorate's English name, Ethiopia's Gondar zones, Wayanad, Tagulandang and Anakapalli
found; a body of water is no country in the export. Sentences written for these tests; the
near misses keep their reading."""

from __future__ import annotations

import pytest

from dashboard.export_cells import _country_of
from dashboard.places.geoparser import Geoparser


def read(gp: Geoparser, text: str, surface: str) -> list[tuple[str | None, str | None]]:
    """(country code, place id) of each mention written ``surface``; (None, None) for none."""
    return [
        (m.place.country_code, m.place.id) if m.place else (None, None)
        for m in gp.parse(text)
        if m.text == surface
    ]


def codes(gp: Geoparser, text: str, surface: str) -> list[str | None]:
    return [cc for cc, _ in read(gp, text, surface)]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a country after "the village of X in": no town of another country
        ("A flood swept away the village of Lima in southern Ghana on Friday.", "Lima", "GH"),
        ("Mudslides buried the town of Beni in northern Uganda.", "Beni", "UG"),
        # a district the gazetteer holds as a region: placed there, not in Russia
        (
            "Militants ambushed a truck near the village of Bagan in the Kurram district.",
            "Bagan",
            "PK",
        ),
        # "X, Province" and "X on the island of Y": the namesake inside
        ("Soldiers entered Victoria, Tarlac on Monday.", "Victoria", "PH"),
    ],
)
def test_places85_holder_country(
    geoparser: Geoparser, text: str, surface: str, country: str
) -> None:
    assert codes(geoparser, text, surface) == [country]


@pytest.mark.parametrize(
    ("text", "surface", "lat_range"),
    [
        (
            "Police patrolled the town of Santa Cruz on the island of Mindanao.",
            "Santa Cruz",
            (5.0, 10.0),
        ),
        ("Rebels raided the town of Talisay on the island of Luzon.", "Talisay", (12.5, 18.7)),
    ],
)
def test_places85_town_on_island(
    geoparser: Geoparser, text: str, surface: str, lat_range: tuple[float, float]
) -> None:
    found = [m.place for m in geoparser.parse(text) if m.text == surface and m.place]
    assert len(found) == 1
    assert found[0].lat is not None
    assert lat_range[0] <= found[0].lat <= lat_range[1]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The emir, Jaber Al-Ahmad Al-Sabah, dissolved parliament.", "Sabah"),
        ("Members of the Al-Sabah family attended the funeral.", "Sabah"),
        ("Egypt reopened the crossing, state news agency MENA reported.", "MENA"),
        ("Ministers of Gulf countries met in Riyadh on Monday.", "Gulf"),
        ("Oman thanked Gulf states for their help on Sunday.", "Gulf"),
    ],
)
def test_places85_no_place(geoparser: Geoparser, text: str, surface: str) -> None:
    assert not [m for m in geoparser.parse(text) if surface in m.text and m.place is not None]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        (
            "HURGHADA - Floods hit the Red Sea governorate on Monday, Egyptian officials said.",
            "Red Sea governorate",
            "a1:EG-BA",
        ),
        (
            "Shelling hit a market in the North Gondar zone on Friday.",
            "North Gondar",
            "rg:north-gondar",
        ),
        ("Rain caused landslides in Wayanad district on Tuesday.", "Wayanad", "rg:wayanad"),
        ("Ash fell on Tagulandang island overnight.", "Tagulandang", "rg:tagulandang"),
        ("Police raided a plant in Anakapalli on Monday.", "Anakapalli", "gn:1278688"),
    ],
)
def test_places85_rows(geoparser: Geoparser, text: str, surface: str, place_id: str) -> None:
    assert [pid for _, pid in read(geoparser, text, surface)] == [place_id]


def test_places85_water_is_no_country() -> None:
    assert _country_of(None) == ""
    assert _country_of("UG") == "Uganda"


# near misses: the same readings as before
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Mudslides cut off the town of Beni in Congo's North Kivu province.", "Beni", "CD"),
        ("The ferry sank off Calamba, Laguna.", "Calamba", "PH"),
        ("PORT SUDAN - Sudan's Red Sea state declared an emergency.", "Red Sea state", "SD"),
        (
            "Heavy rain flooded Gulf province, Papua New Guinea officials said.",
            "Gulf province",
            "PG",
        ),
        ("Officials in Kuna, Idaho, said the road reopened.", "Kuna", "US"),
        ("Egypt's news agency reported floods in Mena, Ethiopia.", "Mena", "ET"),
        ("Shelling hit al-Anbar province on Monday.", "al-Anbar province", "IQ"),
        ("Kurdish forces entered Syria's Al-Raqqa on Monday.", "Raqqa", "SY"),
    ],
)
def test_places85_near_misses(geoparser: Geoparser, text: str, surface: str, country: str) -> None:
    assert codes(geoparser, text, surface) == [country]


def test_places85_listed_states_stay(geoparser: Geoparser) -> None:
    text = "Floods hit the Kachin and Shan states of Myanmar."
    assert codes(geoparser, text, "Shan") == ["MM"]


def test_places85_the_gulf_stays_a_sea(geoparser: Geoparser) -> None:
    kinds = [m.place.kind for m in geoparser.parse("Tankers were seized in the Gulf.") if m.place]
    assert kinds == ["sea"]
