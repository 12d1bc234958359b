"""A tally of states joined by counts ("30 cases in Alberta, 11 in Manitoba, and four in
Quebec") lists first-level divisions as "X, Y and Z" does. Sentences written for these
tests, each with the expected place, kind and approximate point, and near misses."""

from __future__ import annotations

import pytest

from dashboard.model import Place
from dashboard.places.geoparser import Geoparser
from dashboard.places.wording import _tally_gap


def place_of(gp: Geoparser, text: str, surface: str) -> Place:
    found = [m for m in gp.parse(text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    assert found[0].place is not None
    return found[0].place


@pytest.mark.parametrize(
    ("gap", "joins"),
    [
        (", 14 in ", True),
        (", and one in ", True),
        (", 1,200 cases in ", True),
        (", fourteen deaths in ", True),
        (", in ", False),  # no count
        (" and 14 in ", False),  # a tally's items follow a comma
        (", the capital of ", False),
    ],
)
def test_tally_gap(gap: str, joins: bool) -> None:
    text = f"X{gap}Y"
    assert _tally_gap(text, 1, 1 + len(gap)) is joins


def test_a_province_in_a_tally_of_provinces(geoparser: Geoparser) -> None:
    # the province of Quebec (ISO 3166-2 CA-QC, point about 52.5 N, 71.8 W), not Québec City
    # (46.8 N, 71.2 W)
    text = "The agency counted 30 cases in Alberta, 11 in Manitoba, and four in Quebec."
    p = place_of(geoparser, text, "Quebec")
    assert p.kind == "admin1"
    assert p.admin1 == "CA-QC"
    assert p.lat is not None
    assert abs(p.lat - 52.5) < 1.0


def test_a_state_in_a_tally_of_states(geoparser: Geoparser) -> None:
    # Washington state (about 47.3 N, 120.2 W), not the capital
    text = "Officials counted 40 cases in Washington, 12 in Oregon and three in Idaho."
    p = place_of(geoparser, text, "Washington")
    assert p.kind == "admin1"
    assert p.admin1 == "US-WA"


def test_near_miss_a_tally_of_cities_keeps_the_city(geoparser: Geoparser) -> None:
    # Québec City (about 46.8 N, 71.2 W): the other items are cities, not provinces
    text = "The agency counted 30 cases in Toronto, 11 in Winnipeg, and four in Quebec."
    p = place_of(geoparser, text, "Quebec")
    assert p.kind == "city"
    assert p.lat is not None
    assert abs(p.lat - 46.8) < 0.5
