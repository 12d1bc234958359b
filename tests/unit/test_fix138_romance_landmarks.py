"""A Romance landmark's name the gazetteer lacks ("Gare de Lyon", "Plaza de Mayo") names no
place by its words: not the hamlet "Gare", not Lyon, not County Mayo
(``places.romance_landmarks``)."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract, real, where


def _places(geoparser: Geoparser, body: str, root: str) -> list[tuple[str | None, str | None]]:
    events = real(make_extract(geoparser)(body), root)
    assert events
    return [where(e) for e in events]


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Students gathered at Gare de Lyon on Monday.", "14"),
        ("Police clashed with football fans outside Gare du Nord on Monday.", "19"),
        ("Pensioners marched across Plaza de Mayo on Monday.", "14"),
        ("Police dispersed protesters outside Palacio de la Moneda on Monday.", "17"),
    ],
)
def test_a_station_or_square_is_no_town(geoparser: Geoparser, body: str, root: str) -> None:
    assert _places(geoparser, body, root) == [(None, None)]


def test_the_city_named_beside_the_square_places_it(geoparser: Geoparser) -> None:
    # negative: the city written beside the landmark still places it
    body = "Pensioners marched across Plaza de Mayo in Buenos Aires on Monday."
    assert _places(geoparser, body, "14") == [("Buenos Aires", "AR")]


def test_a_known_name_with_a_particle_stays_a_place(geoparser: Geoparser) -> None:
    # negative: the scanner's whole match "Rio de Janeiro" is no landmark's part
    body = "Police dispersed a rally of teachers in Rio de Janeiro on Monday."
    assert _places(geoparser, body, "17") == [("Rio de Janeiro", "BR")]


def test_a_town_before_a_lowercase_word_stays_a_place(geoparser: Geoparser) -> None:
    # negative: a town followed by an ordinary "de facto" opens no landmark
    body = "Riot police clashed with protesters in Lyon on Monday, de facto closing the centre."
    assert _places(geoparser, body, "14") == [("Lyon", "FR")]
