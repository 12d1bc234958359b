"""Geoparser rules of stop 35 (geo9), each on sentences written for it: a place opening
the name of an event held there ("the Kentucky Derby", "the Iowa Senior Olympics") is
named by it, as a place opening an institution's name already was; a city under a million
chosen by size yields to a namesake ten times bigger in a country the text names; a
country's former name from aliases.csv ("Zaire") beats a division bearing it as its own."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def where(geoparser: Geoparser, text: str, span: str) -> list[tuple[str, str | None, float, float]]:
    """(kind, ISO2, lat, lon) of each mention of ``span`` in ``text`` that has a point."""
    return [
        (m.place.kind, m.place.country_code, m.place.lat, m.place.lon)
        for m in geoparser.parse(text)
        if m.text == span and m.place is not None and m.place.lat is not None
    ]


@pytest.mark.parametrize(
    ("text", "span", "kind", "cc", "lat", "lon"),
    [
        (
            "Bettors crowded the stands for the Kentucky Derby on Saturday.",
            "Kentucky",
            "admin1",
            "US",
            37.5,
            -85.2,
        ),
        (
            "Over 900 athletes aged 50 and up entered the Iowa Senior Olympics this year.",
            "Iowa",
            "admin1",
            "US",
            42.0,
            -93.3,
        ),
        (
            "Record crowds came to the Minnesota Fair despite the rain.",
            "Minnesota",
            "admin1",
            "US",
            46.0,
            -94.6,
        ),
        (
            "She finished third in the Boston Marathon after a fall.",
            "Boston",
            "city",
            "US",
            42.4,
            -71.1,
        ),
        (
            "The Beijing Olympics opened with a show in the national stadium.",
            "Beijing",
            "city",
            "CN",
            39.9,
            116.4,
        ),
    ],
)
def test_a_place_opening_an_events_name(
    geoparser: Geoparser, text: str, span: str, kind: str, cc: str, lat: float, lon: float
) -> None:
    found = where(geoparser, text, span)
    assert len(found) == 1
    k, c, la, lo = found[0]
    assert (k, c) == (kind, cc)
    assert abs(la - lat) < 1
    assert abs(lo - lon) < 1


_ACCORD = "The United States and Russia signed a trade accord on Tuesday. Delegates will meet again"


def test_a_metropolis_of_a_named_country_beats_a_city_a_tenth_its_size(
    geoparser: Geoparser,
) -> None:
    # St. Petersburg, Florida (about 260,000) had won on population alone, though the text
    # names Russia, where the city of over five million is
    found = where(geoparser, f"{_ACCORD} in St. Petersburg next month.", "St. Petersburg")
    assert [(k, c) for k, c, _, _ in found] == [("city", "RU")]
    assert abs(found[0][2] - 59.9) < 1
    assert abs(found[0][3] - 30.3) < 1
    # near misses: "X, Florida" says which one; Athens, Georgia (about 127,000) is more than
    # a tenth of Athens, Greece (664,000), so Greece named elsewhere does not move it
    text = f"{_ACCORD} in St. Petersburg, Florida, next month."
    found = where(geoparser, text, "St. Petersburg")
    assert [(k, c) for k, c, _, _ in found] == [("city", "US")]
    assert abs(found[0][2] - 27.8) < 1
    assert abs(found[0][3] + 82.7) < 1
    text = "Greece sent a trade envoy to the United States. Athens, Georgia, held a fair."
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "Athens")] == [("city", "US")]


def test_a_countrys_former_name_beats_a_division_bearing_it(geoparser: Geoparser) -> None:
    # "Zaire" (aliases.csv: the DR Congo's name until 1997) had been Angola's province,
    # which bears the name as its own
    text = "An outbreak of Ebola in Zaire in 1995 killed more than 200 people."
    found = where(geoparser, text, "Zaire")
    assert [(k, c) for k, c, _, _ in found] == [("country", "CD")]
    assert abs(found[0][2] + 2.5) < 2
    assert abs(found[0][3] - 23.5) < 2
    # near miss: with its type word the name is the province
    text = "Cholera spread in Zaire province in the north of Angola."
    assert [(k, c) for k, c, _, _ in where(geoparser, text, "Zaire province")] == [("admin1", "AO")]
