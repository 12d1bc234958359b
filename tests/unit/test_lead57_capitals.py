"""A national capital is never a minor town (``places/capitals.py``): Nuuk (14,798 people in
GeoNames) or Palikir is found alone, as news names a seat of government, while a village
of that size named alone stays unread. Sentences written for the rule."""

from __future__ import annotations

import pytest

from dashboard.places.capitals import is_capital
from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Donald Trump Jr. made a brief visit to Nuuk on Tuesday.", "Nuuk", "GL"),
        ("Pacific leaders met in Palikir on Monday.", "Palikir", "FM"),
    ],
)
def test_a_small_capital_named_alone_is_found(
    geoparser: Geoparser, text: str, name: str, country: str
) -> None:
    found = [m for m in geoparser.parse(text) if m.text == name]
    assert found
    assert found[0].place is not None
    assert found[0].place.country_code == country


def test_a_small_town_named_alone_stays_unread(geoparser: Geoparser) -> None:
    # a town of Greenland smaller than Nuuk and no capital ("Ilulissat", about 4,500) stays
    # unread when named alone, as before
    assert not [m for m in geoparser.parse("Officials met in Ilulissat on Tuesday.") if m.place]


def test_is_capital_reads_the_country_table(geoparser: Geoparser) -> None:
    nuuk = next(m for m in geoparser.parse("Protests in Nuuk, Greenland.") if m.text == "Nuuk")
    assert nuuk.place is not None
    assert is_capital(nuuk.place)


def test_a_town_named_like_a_capital_is_no_capital(geoparser: Geoparser) -> None:
    # Washington, Iowa shares the federal capital's name, not its seat
    text = "Flooding closed roads in Washington, Iowa, on Monday."
    town = next(m for m in geoparser.parse(text) if m.text == "Washington")
    assert town.place is not None
    assert town.place.admin1 == "US-IA"
    assert not is_capital(town.place)
