"""Issue 13, not places: a vehicle make named with a model year ("a 1991 Honda") is a car,
and so is every bare mention of that make in the text. Sentences written for these tests,
with near misses that must not change."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from dashboard.places.vehicles import vehicle_makes


@pytest.mark.parametrize(
    ("text", "makes"),
    [
        ("Their red 1991 Honda broke down.", {"honda"}),
        ("She drove a 2009 Toyota Corolla and the 2012 Mercedes.", {"toyota", "mercedes"}),
        ("In 2005 Lincoln hosted the state fair.", set()),  # a date after a preposition
        ("The Pontiac police said.", set()),  # no model year
    ],
)
def test_model_year_names_a_vehicle(text: str, makes: set[str]) -> None:
    assert vehicle_makes(text) == makes


def test_a_car_and_its_later_mentions_are_no_town(geoparser: Geoparser) -> None:
    text = (
        "Their red 1991 Honda broke down on the highway. "
        "The Honda driver walked to Decatur, Illinois."
    )
    names = [m.text for m in geoparser.parse(text)]
    assert "Honda" not in names
    assert "Decatur" in names  # the other places stay


def test_a_year_as_a_date_keeps_the_city(geoparser: Geoparser) -> None:
    # near miss: Lincoln, Nebraska, about 40.8 N, 96.7 W
    found = [
        m for m in geoparser.parse("In 2005 Lincoln hosted the state fair.") if m.text == "Lincoln"
    ]
    assert found
    assert found[0].place is not None
    p = found[0].place
    assert (p.kind, p.country_code) == ("city", "US")
    assert abs(p.lat - 40.8) < 0.5
    assert abs(p.lon + 96.7) < 0.5


def test_the_town_without_a_model_year_stays(geoparser: Geoparser) -> None:
    # near miss: Honda, Tolima, Colombia: about 5.21 N, 74.74 W
    found = [
        m
        for m in geoparser.parse("Floods hit Honda, a town in Colombia, on Monday.")
        if m.text == "Honda"
    ]
    assert found
    assert found[0].place is not None
    p = found[0].place
    assert p.country_code == "CO"
    assert abs(p.lat - 5.21) < 0.5
    assert abs(p.lon + 74.74) < 0.5
