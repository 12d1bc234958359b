"""A use of force between two sides of other countries than the dateline's, with no place of
its own, is not placed at the dateline city (newuser18: "KATHMANDU - Indian and Chinese troops
clashed on the border" was a fight at Kathmandu, town precision). Every sentence was written
for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_two_foreign_sides_are_not_placed_at_the_bureau(extract: Extract) -> None:
    body = "DHAKA (Bay Desk) - Indian and Chinese soldiers clashed along the frontier on Tuesday."
    fights = rooted(extract(body), "19")
    assert fights
    assert all(where(e)[0] != "Dhaka" for e in fights)


def test_near_miss_a_home_side_keeps_the_dateline_country(extract: Extract) -> None:
    # the dateline's own country is a side: the story is about it; a fight is done in the
    # field, which the dateline city does not give (``dateline_acts``): the country
    body = "KYIV (Capital Desk) - Russian troops attacked Ukrainian positions on Tuesday."
    acts = [e for e in extract(body) if e.event_type.code in ("18", "19")]
    assert acts
    assert {where(e) for e in acts} == {("Ukraine", "UA")}


def test_near_miss_armed_men_with_no_country_named_get_no_place(extract: Extract) -> None:
    # one side only, and an armed group: no country named, so no place (``dateline_acts``)
    body = "DHAKA (Bay Desk) - Armed men attacked a police post on Tuesday."
    acts = [e for e in extract(body) if e.event_type.code in ("18", "19")]
    assert acts
    assert {where(e) for e in acts} == {(None, None)}
