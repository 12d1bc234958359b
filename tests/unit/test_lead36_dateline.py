"""The lead's own sentences (stop 36): a dateline filed from two cities ("KYIV/MOSCOW, March
14 (Wire) —", the wires' form for a story told from both sides) is a dateline, so its filing
date dates no event and its cities place none; a fresh user's strike was dated by its
dateline and placed there. Near miss: a one-city dateline reads as before. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.analysis import dateline_span
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real

BODY = "Russian drones struck a power plant near Odesa early on Wednesday, officials said."


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "dateline", ["KYIV/MOSCOW, March 14 (Wire Service) — ", "KYIV, March 14 (Wire Service) — "]
)
def test_the_filing_date_of_a_two_city_dateline_dates_nothing(
    extract: Extract, dateline: str
) -> None:
    events = real(extract(dateline + BODY, pub="2024-03-14"), "18", "19", "20")
    assert len(events) == 1
    ev = events[0]
    assert (ev.date_start, ev.date_end) == (date(2024, 3, 13), date(2024, 3, 13))
    assert ev.location is not None
    assert ev.location.text == "Odesa"


def test_a_two_city_dateline_ends_at_its_dash() -> None:
    text = "BEIRUT/JERUSALEM (Wire Service) — Talks resumed."
    assert text[dateline_span(text)[1] :] == "Talks resumed."
