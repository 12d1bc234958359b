"""Session 87, fix104 (newuser98's report, item 8): a landmark written with its generic word
lowercased ("the X palace") is the landmark, not a namesake town of its first word; where
someone tried to go when an act befell him is not the act's place. Sentences written for
these tests, with other names, places and topics than the user's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _places(geoparser: Geoparser, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (m.place.name, m.place.country_code, m.place.kind)
        for m in geoparser.parse(text)
        if m.place is not None
    ]


def test_a_square_with_its_generic_word_lowercased_is_the_landmark(
    geoparser: Geoparser,
) -> None:
    text = "Students camped in Tahrir square for a third night on Friday."
    assert ("Tahrir Square", "EG", "landmark") in _places(geoparser, text)


def test_a_palace_with_its_generic_word_lowercased_places_the_act(extract: Extract) -> None:
    body = (
        "Farmers drove tractors into Brasilia on Monday. Police fired rubber bullets at "
        "farmers outside the Planalto palace."
    )
    fired = [e for e in extract(body) if code(e).startswith(("17", "18", "19"))]
    assert fired
    assert all(where(e) in {("Planalto Palace", "BR"), ("Brasília", "BR")} for e in fired)
    assert any(where(e) == ("Planalto Palace", "BR") for e in fired)


def test_a_town_of_the_same_name_written_alone_stays_the_town(geoparser: Geoparser) -> None:
    text = "The film festival moved to Miraflores, a district of Lima, this year."
    assert ("Miraflores", "PE", "city") in _places(geoparser, text)


def test_a_departure_tried_beside_an_arrest_is_not_its_place(extract: Extract) -> None:
    body = (
        "Kazakh border guards detained a blogger on Tuesday as she tried to leave for Kyrgyzstan."
    )
    held = [e for e in extract(body) if code(e).startswith("17")]
    assert held
    assert all(where(e)[1] != "KG" for e in held)


def test_a_departure_in_the_main_clause_keeps_its_destination(extract: Extract) -> None:
    body = "The Chilean foreign minister left for Buenos Aires on Monday for talks on fishing."
    assert ("Buenos Aires", "AR") in {where(e) for e in extract(body)}
