"""A settlement the text calls a village or town and puts in a first-level division of
another country than its resolved namesake is moved into that division, whatever the
namesake's size (stop 41, from newuser20's "the village of Lima in Ituri province", which
was Peru's capital at precision 1). Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str) -> Place | None:
    a = geoparser.analyse(text, date(2026, 11, 18))
    return next((m.place for m in a.mentions if m.text == name), None)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Militiamen burned the village of Santiago in Kasai province on Monday.",
            "Santiago",
            "CD",
        ),
        ("Gunmen raided the village of Toronto in Borno state overnight.", "Toronto", "NG"),
    ],
)
def test_a_village_named_like_a_capital_abroad_is_placed_in_its_division(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    place = _place(geoparser, text, name)
    assert place is not None
    assert place.country_code == country
    assert place.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the town is in the division named: it stays the town, at its own point
        ("Militiamen attacked the town of Bunia in Ituri province on Monday.", "Bunia", "CD"),
        # no settlement word: a big city named before a division abroad stays as it was
        ("Officials from Santiago in Kasai province met on Monday.", "Santiago", "CL"),
    ],
)
def test_near_miss_a_town_of_the_division_or_no_kind_word_stays(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    place = _place(geoparser, text, name)
    assert place is not None
    assert place.country_code == country
