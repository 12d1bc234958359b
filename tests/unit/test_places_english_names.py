"""First-level divisions show the English name news uses when iso3166-2 gives their native
form ("Belgorodskaja oblast'" -> "Belgorod Oblast"), and still answer to every name:
``gazetteer_divisions._english_division_names``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.gazetteer import load
from dashboard.places.gazetteer_divisions import _english_display
from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    ("own", "english", "country", "shown"),
    [
        ("Belgorodskaja oblast'", ["Belgorod"], "RU", "Belgorod Oblast"),
        ("Habarovskij kraj", ["Khabarovsk"], "RU", "Khabarovsk Krai"),
        ("Kyivska oblast", ["Kyivshchyna", "Kyiv Oblast"], "UA", "Kyiv Oblast"),
        ("Chechenskaya Respublika", ["Chechnya", "Chechen Republic"], "RU", "Chechnya"),
        ("Amara", ["Amhara National Regional State"], "ET", "Amhara"),
        # near misses: a nickname or another name is never shown
        ("Kemerovskaja oblast'", ["Kuzbass"], "RU", None),
        ("Lvivska oblast", ["Lvivshchyna"], "UA", None),
        ("Pardubický kraj", ["Pardubice"], "CZ", None),  # a Czech kraj is no "Krai"
        ("Akwa Ibom", ["Akwa Abasi Ibom state"], "NG", None),
        ("Ekiti", ["Land of Honour & Integrity"], "NG", None),
    ],
)
def test_the_english_display_name(
    own: str, english: list[str], country: str, shown: str | None
) -> None:
    assert _english_display(own, english, country) == shown


def test_a_region_named_in_the_text_shows_its_english_name(geoparser: Geoparser) -> None:
    (region,) = [
        m
        for m in geoparser.parse("Drones struck Russia's Kursk region.")
        if m.place and m.place.kind == "admin1"
    ]
    assert region.place is not None
    assert (region.place.name, region.place.country_code) == ("Kursk Oblast", "RU")


@pytest.mark.parametrize("name", ["Amhara", "Amara", "Belgorod", "Belgorodskaja oblast'"])
def test_a_division_still_answers_to_its_iso_and_english_names(name: str) -> None:
    assert any(p.kind == "admin1" for p in load().lookup(name))


def test_a_division_with_an_english_iso_name_keeps_it() -> None:
    (p,) = [p for p in load().lookup("North Kivu") if p.kind == "admin1"]
    assert p.name == "Nord-Kivu"  # iso3166-2's own name; its English one is a translation
