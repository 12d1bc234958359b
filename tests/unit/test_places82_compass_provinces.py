"""places82: a compass province of the country the text names (``compass_provinces``).
Sentences written for the rule; the near misses keep their reading (the reading's own country
named, no country named)."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def named(gp: Geoparser, text: str, surface: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.place.country_code, m.place.admin1) if m.place else (None, None)
        for m in gp.parse(text)
        if m.text == surface
    ]


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Floods hit Zambia's Eastern Province on Monday.", "Eastern Province", "ZM-03"),
        (
            "Ghana's Northern Region was hit by floods, officials in Accra said.",
            "Northern Region",
            "GH-NP",
        ),
        (
            "Rwandan troops crossed from Uganda's Eastern Province into Rwanda.",
            "Eastern Province",
            "UG-E",
        ),
    ],
)
def test_a_compass_province_goes_to_the_country_the_text_names(
    geoparser: Geoparser, text: str, surface: str, admin1: str
) -> None:
    assert {a for _, a in named(geoparser, text, surface)} == {admin1}


@pytest.mark.parametrize(
    "text",
    [
        # Saudi Arabia's is listed as Ash Sharqiyah; Kenya's provinces gave way to counties
        "Saudi Arabia's Eastern Province is home to most of the kingdom's oil.",
        "Police in Kenya's Central Province arrested two men on Sunday.",
        # two named countries hold one, and no possessive says whose
        "Rwandan troops crossed from the Eastern Province into Uganda.",
    ],
)
def test_no_point_where_the_named_countries_hold_none_or_two(
    geoparser: Geoparser, text: str
) -> None:
    surface = "Eastern Province" if "Eastern" in text else "Central Province"
    assert named(geoparser, text, surface) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tamil rebels attacked a bus in Sri Lanka's Eastern Province.",
        "Rebels attacked a bus in the Eastern Province on Monday.",
    ],
)
def test_near_misses_keep_sri_lanka_s_province(geoparser: Geoparser, text: str) -> None:
    assert {c for c, _ in named(geoparser, text, "Eastern Province")} == {"LK"}
