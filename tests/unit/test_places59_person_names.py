"""Names that the words beside them make a person's or a firm's, not a town's
(``places/person_names`` verbs, ``places/joined_names``): a pledge or warning verb after a
name that is only small towns ("Carney pledged"), a middle initial and a surname after a
forename ("George W. Bush"), and "&" between two capitalised words ("Marks & Spencer").
Sentences written for the rules; the near misses keep their places."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> dict[str, str | None]:
    """Each found name -> its place's ISO2 (None when unresolved)."""
    return {m.text: (m.place.country_code if m.place else None) for m in geoparser.parse(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("OTTAWA, Ontario (AP) — Carney pledged on Wednesday to answer the tariffs.", "Carney"),
        (
            "RIYADH, Saudi Arabia (AP) — Lavrov and Rubio insisted on Tuesday that talks go on.",
            "Rubio",
        ),
        ("HAVANA (AP) — Rubio warned on Friday that the embargo would stay.", "Rubio"),
        ("WASHINGTON (AP) — Biden praised George W. Bush for his work.", "George"),
        ("WASHINGTON (AP) — Trump quoted Franklin D. Roosevelt in his speech.", "Franklin"),
        ("LONDON (AP) — Hackers hit the retailer Marks & Spencer last week.", "Marks"),
    ],
)
def test_a_persons_or_firms_name_is_no_place(geoparser: Geoparser, text: str, name: str) -> None:
    assert name not in _names(geoparser, text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a big city keeps its name before a verb of speech: its government speaks
        ("KYIV, Ukraine (AP) — Moscow warned on Monday that it would respond.", "Moscow", "RU"),
        # "Washington, D.C." has a comma and no surname after the initials
        ("The rally was held in Washington, D.C. on Sunday.", "Washington", "US"),
        # a country or a state beside "&" stays a place
        ("Trinidad & Tobago signed the accord on Monday.", "Tobago", "TT"),
        ("Officials from Texas & Oklahoma met on Monday.", "Texas", "US"),
        # a city of 100,000 or more beside "&" stays a place
        ("Flights between Dallas & Houston were cancelled.", "Houston", "US"),
    ],
)
def test_near_misses_keep_their_places(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert _names(geoparser, text).get(name) == country
