"""reader14's own sentences for a place taken from a side (stop 34): whom a town or a village
is retaken from is the act's target (CAMEO 1.1b3 §192 occupy territory: the side that held
it), and the side that reports it never is. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_side_a_village_is_retaken_from_is_the_target(extract: Extract) -> None:
    body = (
        "Ukrainian forces recaptured the village of Robotyne from Russian troops on Monday, "
        "Poland's defence ministry said."
    )
    events = real(extract(body), "19")
    assert events
    assert events[0].roles.source_country == "UA"
    assert events[0].roles.target_country == "RU"
    assert "PL" not in events[0].actor_countries


def test_the_side_a_town_is_captured_from_is_the_target(extract: Extract) -> None:
    events = real(
        extract("Rebels captured the town of Goma on Sunday from Congolese soldiers."), "19"
    )
    assert events
    assert events[0].roles.target_country == "CD"


def test_goods_seized_from_a_ship_name_no_target(extract: Extract) -> None:
    # near miss: a ship in a port is where, not a side
    events = extract("Customs officers seized 2 tonnes of cocaine from a ship in Rotterdam.")
    assert events
    assert all(e.roles.target is None for e in events)
