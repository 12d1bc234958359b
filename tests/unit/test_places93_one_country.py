"""places93: a town placed abroad by its size alone, in a text whose other places all lie in
one country holding a namesake beside them, is that namesake; a container, a demonym or a
lone other place keeps the bigger town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, where


def _country(geoparser: Geoparser, text: str, name: str) -> str | None:
    (code,) = {m.place.country_code for m in geoparser.parse(text) if m.text == name and m.place}
    return code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hundreds of farmers protested in Mérida on Tuesday. Tractors also blocked "
            "roads around Seville and Córdoba.",
            "Mérida",
        ),
        (
            "A fire destroyed a warehouse in Trujillo on Friday. Crews from Cáceres and "
            "Plasencia helped put it out.",
            "Trujillo",
        ),
    ],
)
def test_a_town_goes_to_the_one_country_of_the_other_places(
    geoparser: Geoparser, text: str, name: str
) -> None:
    assert _country(geoparser, text, name) == "ES"


def test_the_event_is_placed_in_that_country(geoparser: Geoparser) -> None:
    body = (
        "Hundreds of farmers protested in Mérida on Tuesday. Tractors also blocked roads "
        "around Seville and Córdoba."
    )
    events = make_extract(geoparser)(body, pub="2025-03-14")
    assert ("Mérida", "ES") in [where(e) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # one other place is too little to say the text keeps to one country
        "Hundreds of farmers protested in Mérida on Tuesday. Tractors also blocked roads "
        "around Seville.",
        # the text calls it a Mexican city
        "Protesters marched in the Mexican city of Mérida on Tuesday, and farmers blocked "
        "roads around Seville and Córdoba.",
        # its container says where it is
        "Farmers in Seville and Córdoba sent olive oil to Mérida, Mexico, on Tuesday.",
    ],
)
def test_a_town_the_text_puts_abroad_stays(geoparser: Geoparser, text: str) -> None:
    assert _country(geoparser, text, "Mérida") == "MX"
