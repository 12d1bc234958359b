"""places92: a release is not placed where the freed were carried or arrived afterwards
("freed them, and they were flown to X"); a place told for the release itself stays.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, where

Places = Callable[[str], list[str | None]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.fixture(scope="module")
def places(extract: Extract) -> Places:
    """The place names of the events of a body read as an article of 2025-03-14."""
    return lambda body: [where(e)[0] for e in extract(body, pub="2025-03-14")]


@pytest.mark.parametrize(
    ("body", "arrival"),
    [
        ("The rebels freed two Italian nuns on Sunday, and they were flown to Rome.", "Rome"),
        ("The militants released the aid worker on Friday, and she landed in Paris.", "Paris"),
        ("The rebels released two Italian nuns on Sunday and they arrived in Rome.", "Rome"),
    ],
)
def test_a_release_is_not_where_the_freed_arrived(
    extract: Extract, body: str, arrival: str
) -> None:
    (release,) = [e for e in extract(body, pub="2025-03-14") if code(e).startswith("084")]
    assert where(release)[0] != arrival


def test_a_release_in_a_named_town_keeps_it(places: Places) -> None:
    found = places(
        "The militants released the aid worker in Gao on Friday, and she landed in Paris."
    )
    assert "Gao" in found


def test_a_release_with_its_own_place_stays(places: Places) -> None:
    assert "Minsk" in places("Police released the protesters in Minsk on Friday.")
