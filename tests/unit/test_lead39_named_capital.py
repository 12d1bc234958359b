"""A national capital whose country the text names keeps its reading against a small
namesake near the text's other places: "In Washington, the Justice Department charged…" in a
London story that names the U.S. went to Washington, West Sussex (newuser15). Paris beside
Lexington in a story naming no France still moves to Kentucky. Every text was written for
these tests."""

from __future__ import annotations

from datetime import date

from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str) -> tuple[str | None, str | None]:
    a = geoparser.analyse(text, date(2025, 3, 4))
    (m,) = [m for m in a.mentions if m.text == name]
    return (m.place.name, m.place.country_code) if m.place else (None, None)


def test_the_capital_of_a_named_country_stays(geoparser: Geoparser) -> None:
    text = (
        "LONDON - Britain summoned the ambassador on Monday over a cyberattack. "
        "In Washington, the Justice Department charged seven hackers who had targeted "
        "U.S. officials, and London said more sanctions would follow."
    )
    assert _place(geoparser, text, "Washington")[1] == "US"


def test_near_miss_a_namesake_near_a_named_town_still_wins(geoparser: Geoparser) -> None:
    text = (
        "Farmers from Paris and Lexington met on Saturday to talk about the tobacco "
        "harvest in Bourbon County, Kentucky."
    )
    assert _place(geoparser, text, "Paris")[1] == "US"
