"""First-level divisions under the English spellings news uses (session 86, places88); the
sentences are written for these tests: "Araucania" without its article, the hyphened
"Gobi-Altai" kept whole (not its second half, a town), "Bayankhongor" with its kh."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _found(geoparser: Geoparser, text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.place.kind, m.place.country_code) for m in geoparser.parse(text) if m.place}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Farmers blocked roads across Araucania on Monday.", "Araucania", "CL"),
        ("Herders in Gobi-Altai lost half their goats.", "Gobi-Altai", "MN"),
        ("Snow closed the roads of Bayankhongor for a week.", "Bayankhongor", "MN"),
    ],
)
def test_a_division_under_its_english_spelling(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    assert _found(geoparser, text).get(name) == ("admin1", country)


def test_the_spelling_with_the_article_stays(geoparser: Geoparser) -> None:
    text = "Farmers blocked roads across La Araucania on Monday."
    assert _found(geoparser, text).get("La Araucania") == ("admin1", "CL")
