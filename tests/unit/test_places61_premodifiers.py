"""places61: "Metro", "Metropolitan" and "Historic" before a town's name leave it the town's
(``recognise_words.PLACE_PREMODIFIERS``): "Metro Denver", "Metropolitan Boston", "Historic
Annapolis". Before, the capitalised word glued before the name made it part of a person's or
firm's name and dropped it. Sentences written for the rule; the near misses keep their reading."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def names(gp: Geoparser, text: str) -> list[str]:
    return [m.place.name for m in gp.parse(text) if m.place is not None]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Home prices rose again in Metro Denver last month.", "Denver"),
        ("Traffic in Metropolitan Boston slowed after the storm.", "Boston"),
        ("Tourists crowd Historic Annapolis each summer.", "Annapolis"),
        ("Floods hit Metro Atlanta on Sunday.", "Atlanta"),
    ],
)
def test_a_premodifier_leaves_the_town(geoparser: Geoparser, text: str, town: str) -> None:
    assert names(geoparser, text) == [town]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place in the name the premodifier opens
        ("Metro Transit said buses would run late.", []),
        ("The Metropolitan Opera will tour Japan.", ["Japan"]),
        # lowercase "historic" was never glued: unchanged
        ("Historic buildings in Charleston were damaged.", ["Charleston"]),
        # another capitalised word before a town still makes a person's name
        ("Tributes poured in for Paris Hilton on Sunday.", []),
    ],
)
def test_near_misses_keep_their_reading(
    geoparser: Geoparser, text: str, expected: list[str]
) -> None:
    assert names(geoparser, text) == expected
