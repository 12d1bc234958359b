"""places82: a US village under a name a bigger place holds, beside the places the text
names (``held_post_towns``). Sentences written for the rule; the near misses keep their
reading (a named state, a neighbour of the big namesake, no village beside a named place)."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from dashboard.places.held_post_towns import post_towns


def states_of(gp: Geoparser, text: str, surface: str) -> set[str | None]:
    return {m.place.admin1 if m.place else None for m in gp.parse(text) if m.text == surface}


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        (
            "A Kensington man was hurt in a crash near Alexandria, the Douglas County "
            "sheriff said.",
            "Kensington",
            "US-MN",
        ),
        (
            "Deputies from Wilkin County searched the Red River near Kent after a canoe "
            "overturned.",
            "Kent",
            "US-MN",
        ),
        (
            "A barn burned near Waco on Sunday, the Madison County fire chief said. Crews "
            "from Richmond and Berea helped.",
            "Waco",
            "US-KY",
        ),
    ],
)
def test_a_village_beside_the_text_s_places_wins_over_a_far_namesake(
    geoparser: Geoparser, text: str, surface: str, state: str
) -> None:
    assert states_of(geoparser, text, surface) == {state}
    (m,) = [m for m in geoparser.parse(text) if m.text == surface]
    assert "post town" in m.reason
    assert m.place is not None
    assert m.place.id.startswith("tn:us-")


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        # the big namesake has a neighbour in the text
        (
            "Deputies searched a lake near Brandon on Sunday, the Hillsborough County sheriff "
            "said. Tampa police helped.",
            "Brandon",
            "US-FL",
        ),
        # the county is Colorado's on its prior: no village of the name lies beside it
        (
            "Douglas County deputies searched a lake near Brandon on Sunday. The boy had been "
            "fishing with his father.",
            "Brandon",
            "US-FL",
        ),
        # the text names the big namesake's state
        (
            "A Brandon, Florida, man was hurt near Alexandria, the Douglas County sheriff said.",
            "Brandon",
            "US-FL",
        ),
        ("A Waco man was hurt in a crash in Temple, Texas, police said.", "Waco", "US-TX"),
        # nothing else named: nothing to stand beside
        (
            "Officials in Kent said the new bridge over the Green River would open in June.",
            "Kent",
            "US-WA",
        ),
    ],
)
def test_near_misses_keep_their_reading(
    geoparser: Geoparser, text: str, surface: str, state: str
) -> None:
    assert states_of(geoparser, text, surface) == {state}


def test_post_towns_hold_villages_under_held_names() -> None:
    # the rule's table keeps the rows the gazetteer leaves out (a name a city holds)
    assert {p.admin1 for p in post_towns()["brandon"]} >= {"US-MN", "US-IA"}
