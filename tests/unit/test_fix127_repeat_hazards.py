"""A second hazard of the same kind told after a semicolon with an ordinal or "another"
before its noun is a card of its own (fix127, ``repeat_hazards``): a semicolon joins
independent clauses (Quirk et al. 1985 §13.17) and the ordinal names another member of the
set (§5.116). Sentences written for these tests; near misses keep one card.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, hazard_codes, hazards, make_extract

PUB = "2026-06-18"  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_second_flood_after_a_semicolon_is_its_own_card(extract: Extract) -> None:
    text = "A flood swept the valley on Monday; a second flood hit the plain on Wednesday."
    found = hazards(extract(text, PUB))
    assert [(c, a) for c, a, _ in found] == [
        ("DIS-FLOOD", date(2026, 6, 15)),
        ("DIS-FLOOD", date(2026, 6, 17)),
    ], found


def test_another_quake_after_a_semicolon_is_its_own_card(extract: Extract) -> None:
    text = "A quake struck the island on Sunday; another quake hit the coast on Tuesday."
    assert hazard_codes(extract(text, PUB)) == ["DIS-QUAKE", "DIS-QUAKE"], text


@pytest.mark.parametrize(
    "text",
    [
        # the same quake told again: no ordinal, no "another"
        "A quake struck the island on Sunday; the quake hit hardest in the north.",
        # a second clause without a semicolon: one sentence's one hazard
        "A quake struck the island on Sunday and the quake hit the coast too.",
    ],
)
def test_one_hazard_told_twice_stays_one_card(extract: Extract, text: str) -> None:
    assert hazard_codes(extract(text, PUB)) == ["DIS-QUAKE"], text
