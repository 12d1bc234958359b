"""Geoparser rules of stop 35 (geo9), each on a sentence written for it: a place opening
the name of an event held there ("the Kentucky Derby", "the Iowa Senior Olympics") is
named by it, as a place opening an institution's name already was."""

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
