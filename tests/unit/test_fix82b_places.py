"""fix82b: a settlement "in Country's Y province" lies in Y, the narrower container the
text names, not at the country's centre point (GeoNames: an ADM1 lies within its PCLI).
Every text was written for these tests; near misses are paired with the rule."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser


def _place(geoparser: Geoparser, text: str, name: str) -> Place | None:
    a = geoparser.analyse(text, date(2026, 11, 18))
    return next((m.place for m in a.mentions if m.text.split(" ")[0] == name), None)


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        (
            "Floods cut off the village of Qorvandi in Afghanistan's Badakhshan province.",
            "Qorvandi",
            "Badakhshan",
        ),
        (
            "Gunmen raided the village of Ubandoro in Nigeria's northern Zamfara state.",
            "Ubandoro",
            "Zamfara",
        ),
        (
            "Troops shelled the Zirmoli district of Afghanistan's eastern Khost province.",
            "Zirmoli",
            "Khost",
        ),
    ],
)
def test_a_settlement_in_a_countrys_division_is_placed_at_the_division(
    geoparser: Geoparser, text: str, name: str, division: str
) -> None:
    place = _place(geoparser, text, name)
    held = _place(geoparser, text, division)
    assert place is not None
    assert held is not None
    assert held.kind == "admin1"
    assert (place.lat, place.lon) == (held.lat, held.lon)


def test_near_miss_a_settlement_in_a_bare_country_stays_at_the_country(
    geoparser: Geoparser,
) -> None:
    # no division after the possessive: the country is the only container the text gives
    text = "Gunmen raided the village of Ubandoro in Nigeria's north on Monday."
    place = _place(geoparser, text, "Ubandoro")
    country = _place(geoparser, text, "Nigeria")
    assert place is not None
    assert country is not None
    assert (place.lat, place.lon) == (country.lat, country.lon)
