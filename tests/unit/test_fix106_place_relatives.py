"""An act of force told in a "where" clause with a time of its own, after a visit, is a happening of its own: "laid flowers at the corner where two men were stabbed
to death late last week" (Quirk et al. 1985 §17.10; TimeML 1.2.1; issue 16, set BH).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where

PUB = "2025-02-17"  # a Monday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_stabbing_in_a_where_clause_after_a_visit(extract: Extract) -> None:
    body = (
        "The minister visited Ghent on Monday and laid flowers at the corner where two men "
        "were stabbed to death late last week."
    )
    stabbings = real(extract(body, pub=PUB), "18")
    assert stabbings
    assert {(e.when.start, e.when.end) for e in stabbings} == {
        (date(2025, 2, 13), date(2025, 2, 16))
    }
    assert {where(e)[1] for e in stabbings} == {"BE"}


@pytest.mark.parametrize(
    "body",
    [
        # a place noun's description with no act of force, or no time of its own
        "The minister visited the hospital where the wounded were treated on Monday.",
        "The minister visited the school where she studied in the 1990s.",
        "The minister on Monday visited the corner where two men were stabbed to death.",
    ],
)
def test_where_clauses_without_a_dated_act_of_force_add_none(extract: Extract, body: str) -> None:
    assert real(extract(body, pub=PUB), "18", "19", "20") == []
