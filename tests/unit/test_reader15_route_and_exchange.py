"""reader15's own sentences for places that belong to another act or to a ship's course (stop
35): the ends of a voyage however long its origin's name ("a passage from Port Sudan in Sudan
to Mombasa"), and what was given in return in a swap ("in exchange for an engineer jailed in
Lyon"). ACLED codes an event where it took place; near misses keep a place the act's own
words name. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_long_voyage_s_ends_are_not_where_the_ship_was_boarded(extract: Extract) -> None:
    events = rooted(
        extract(
            "Armed men boarded the bulk carrier Sea Lark on Tuesday during a passage from Port "
            "Sudan in Sudan to Mombasa, its operator said."
        ),
        "17",
        "18",
    )
    assert events
    assert where(events[0])[1] not in ("KE", "SD")


def test_a_place_named_for_the_boarding_stays_beside_a_voyage(extract: Extract) -> None:
    # near miss: "off Eyl" tells where the ship was boarded; the voyage's ends do not
    events = rooted(
        extract(
            "Pirates boarded the tanker Sea Lark off Eyl on Tuesday during a voyage from Jeddah "
            "in Saudi Arabia to Mombasa."
        ),
        "17",
        "18",
    )
    assert events
    assert where(events[0])[1] == "SO"


def test_the_other_half_of_a_swap_is_not_where_the_release_was(extract: Extract) -> None:
    body = "Iran freed two French citizens on Monday in exchange for an Iranian engineer jailed in Lyon."
    events = rooted(extract(body), "08")
    assert events
    assert where(events[0])[1] != "FR"


def test_a_release_placed_by_its_own_words_keeps_its_place_beside_a_swap(
    extract: Extract,
) -> None:
    # near miss: "in Tehran" is the release's own place, before the exchange is told; the
    # jailed man's city is still the other half's
    body = (
        "Iran freed two French citizens at Evin prison on Monday in exchange for an Iranian "
        "engineer jailed in Lyon, handing them over in Tehran."
    )
    events = rooted(extract(body), "08")
    assert events
    assert where(events[0]) == ("Tehran", "IR")
