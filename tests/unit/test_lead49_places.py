"""Palmyra, the Syrian town GeoNames files as Tadmur, is found in Syrian news, and the US
towns of that name keep theirs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("DAMASCUS — Militants shelled the outskirts of Palmyra on Monday.", "SY"),
        ("Syrian troops retook Palmyra after a week of fighting.", "SY"),
        ("ALBANY, N.Y. — A storm cut power in Palmyra and Syracuse on Monday.", "US"),
    ],
)
def test_palmyra_by_its_context(geoparser: Geoparser, text: str, country: str) -> None:
    found = [m for m in geoparser.analyse(text).mentions if m.text == "Palmyra"]
    assert [m.place.country_code for m in found if m.place] == [country]
