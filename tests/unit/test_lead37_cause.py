"""Whom an act stands with is its motive, not its place: "in solidarity with Gaza", "in
support of the people of Gaza" (newuser12: a Houthi attack was placed in Gaza). Every
sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants fired rockets at a tanker on Tuesday in solidarity with Gaza.",
        "Militants fired rockets at a tanker on Tuesday in support of the people of Gaza.",
    ],
)
def test_the_cause_an_attack_stands_with_is_not_its_place(extract: Extract, sentence: str) -> None:
    (attack,) = rooted(extract(sentence), "18", "19")
    assert where(attack)[0] != "Gaza"


def test_a_march_in_solidarity_stays_where_it_marched(extract: Extract) -> None:
    (march,) = rooted(
        extract("Dockworkers marched in Genoa on Monday in solidarity with Gaza."), "14"
    )
    assert where(march)[0] == "Genoa"
