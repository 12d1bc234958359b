"""Coverage and false-hit rules of the geoparser (issue 13, second round), each on sentences
written for it, with the expected place, kind and approximate coordinates."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def names(gp: Geoparser, text: str) -> list[str]:
    return [m.text for m in gp.parse(text)]


# ---------------------------------------------------------------- not places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the stoplist's [always] words, away from a sentence's start
        ("The reporter, writing for Time magazine, visited Kyiv.", ["Kyiv"]),
        ("A Google spokesman in Dublin said the fault was fixed.", ["Dublin"]),
        ("Officials in Lagos said they Can act.", ["Lagos"]),
    ],
)
def test_ordinary_words_are_no_towns_anywhere_in_a_sentence(
    geoparser: Geoparser, text: str, found: list[str]
) -> None:
    assert names(geoparser, text) == found
