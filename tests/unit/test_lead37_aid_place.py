"""Aid is where it is received (CAMEO 1.1b3 ch. 07; ACLED codes where an event took place):
an act of aid that names no place of its own is not put in the giver's country (newuser12:
a rescue at sea by an Indian Navy ship was placed in India). Every sentence was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_pledged_aid_is_not_placed_in_the_givers_country(extract: Extract) -> None:
    events = extract(
        "DHAKA — Floods swept through northern Bangladesh on Monday. "
        "Canada announced $5 million in emergency assistance."
    )
    (aid,) = rooted(events, "07")
    assert where(aid)[1] != "CA"


def test_aid_from_the_datelines_country_stays_there(extract: Extract) -> None:
    events = extract("DHAKA — Bangladesh sent emergency food supplies to flooded districts.")
    (aid,) = rooted(events, "07")
    assert where(aid)[1] == "BD"
