"""geo55: ``geoparse --demonyms`` also reports the people or adjective of a first-level
division or region ("Ohioans", "Ontarian", "South Ossetian") as a mention of that area
(``data/gazetteer/division_demonyms.csv``); without the flag nothing changes. Sentences
written for the rule."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def with_demonyms(geoparser: Geoparser) -> Geoparser:
    return Geoparser(geoparser.gaz, demonyms=True)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "lat", "lon"),
    [
        ("Many Ohioans drove north for the game.", "Ohioans", "admin1", 40.2, -82.7),
        ("An Ontarian won the lottery on Friday.", "Ontarian", "admin1", 50.0, -86.0),
        ("South Ossetian militias fired on the village.", "South Ossetian", "region", 42.35, 44.0),
        ("Two Abkhaz officials crossed the river.", "Abkhaz", "region", 43.05, 41.2),
        ("Dagestani police closed the road.", "Dagestani", "admin1", 43.0, 47.0),
        ("A West Virginian senator spoke first.", "West Virginian", "admin1", 38.6, -80.6),
    ],
)
def test_a_divisions_people_are_a_mention_of_it(
    with_demonyms: Geoparser, text: str, surface: str, kind: str, lat: float, lon: float
) -> None:
    found = [m for m in with_demonyms.parse(text) if m.text == surface]
    assert len(found) == 1, [m.text for m in with_demonyms.parse(text)]
    m = found[0]
    assert m.demonym
    assert m.place is not None
    assert m.place.kind == kind
    assert abs((m.place.lat or 0.0) - lat) <= 0.5
    assert abs((m.place.lon or 0.0) - lon) <= 0.5


def test_without_the_flag_a_divisions_people_are_no_mention(geoparser: Geoparser) -> None:
    assert geoparser.parse("Many Ohioans and Ontarians watched the race.") == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a newspaper's title, not its state's people
        ("The Oregonian reported the closure on Monday.", "Oregonian"),
        # a country's people: Georgia the country stays the countries' own demonym
        ("Georgian troops left the town.", "Georgian"),
    ],
)
def test_titles_and_country_demonyms_are_not_divisions(
    with_demonyms: Geoparser, text: str, absent: str
) -> None:
    assert not any(
        m.text == absent and m.place is not None and m.place.kind == "admin1"
        for m in with_demonyms.parse(text)
    )


def test_west_virginian_is_not_virginia(with_demonyms: Geoparser) -> None:
    found = [
        (m.text, m.place.admin1 if m.place else None)
        for m in with_demonyms.parse("West Virginians and Virginians voted on Tuesday.")
    ]
    assert found == [("West Virginians", "US-WV"), ("Virginians", "US-VA")]
