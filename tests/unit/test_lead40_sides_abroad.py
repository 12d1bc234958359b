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


@pytest.mark.parametrize(
    "body",
    [
        # the dateline's own country is a side: the story is about it
        "KYIV (Capital Desk) - Russian troops attacked Ukrainian positions on Tuesday.",
        # one side only: the dateline may be where it happened
        "DHAKA (Bay Desk) - Armed men attacked a police post on Tuesday.",
    ],
)
def test_near_miss_a_home_side_or_one_side_keeps_the_dateline(extract: Extract, body: str) -> None:
    city = body.split(" ", 1)[0].title()
    acts = [e for e in extract(body) if e.event_type.code in ("18", "19")]
    assert acts
    assert {where(e)[0] for e in acts} == {city}
