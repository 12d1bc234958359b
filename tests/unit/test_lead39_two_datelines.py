"""A story filed from two countries' cities ("TAIPEI/MANILA -") tells of both, so neither
city is the place of an act that names none: a typhoon's deaths in the Philippines were
put in Taipei at town precision (newuser15). Two cities of one country still give the first.
Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_dateline_of_two_countries_has_no_one_place(geoparser: Geoparser) -> None:
    a = geoparser.analyse("SEOUL/TOKYO (Harbour Wire) - Talks were held.", date(2025, 1, 2))
    assert a.dateline is None
    assert [m.text for m in a.mentions][:2] == ["SEOUL", "TOKYO"]  # still places named


def test_two_cities_of_one_country_give_the_first(geoparser: Geoparser) -> None:
    a = geoparser.analyse("KYIV/LVIV (Harbour Wire) - Drones struck overnight.", date(2025, 1, 2))
    assert a.dateline is not None
    assert a.dateline.text == "KYIV"


def test_an_act_with_no_place_is_not_put_at_either_city(extract: Extract) -> None:
    body = (
        "ANKARA/DAMASCUS (Harbour Wire) - Talks on the border resumed on Tuesday. "
        "Gunmen killed four farmers overnight, officials said."
    )
    (killing,) = rooted(extract(body), "18", "19", "20")
    assert where(killing)[0] not in ("Ankara", "Damascus")
