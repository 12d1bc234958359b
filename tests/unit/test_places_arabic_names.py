"""A word of a longer name joined by Arabic's article ("Bab al-Hawa", "Ras al-Ain") is not
a place by itself when the gazetteer lacks the whole name: "Bab" had become the town of Al
Bab, 50 km from the crossing, and "Ain" the French department."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.analyse(text).mentions]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Aid trucks entered Syria through the Bab al-Hawa crossing on Monday.", "Bab"),
        ("Shelling hit Ras al-Ain on Monday.", "Ain"),
    ],
)
def test_a_word_of_a_longer_arabic_name_is_not_a_place(
    geoparser: Geoparser, text: str, gone: str
) -> None:
    assert gone not in names(geoparser, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fighting raged in Deir ez-Zor on Monday.", "Deir ez-Zor"),  # a whole gazetteer name
        ("Officials in al-Hasakah met on Monday.", "Hasakah"),  # the article before the name
        ("Aid trucks reached Idlib and Aleppo on Monday.", "Idlib"),
    ],
)
def test_a_name_of_its_own_stays(geoparser: Geoparser, text: str, kept: str) -> None:
    # (since stop 61 a lowercase article is read with its name: "al-Hasakah" is the mention)
    assert any(n == kept or n == f"al-{kept}" for n in names(geoparser, text))
