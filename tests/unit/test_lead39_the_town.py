""" "The town" of a story when no earlier event was placed there refers back to the town the
text named last (ACE 2005: a definite nominal mention of a named GPE). "The strike hit a
checkpoint outside the town" had no location when the sentence before placed its own event
at a country (an accusation) though it named the town. Every sentence was written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _fight(extract: Extract, body: str) -> tuple[str | None, int | None]:
    (ev,) = rooted(extract(body), "19")
    place = ev.location.place if ev.location and ev.location.place else None
    return (place.name, place.geo_precision) if place else (None, None)


def test_outside_the_town_is_near_the_town_named_before(extract: Extract) -> None:
    body = (
        "Kurdish-led fighters in Syria blamed Ankara on Tuesday for a drone strike near Kobani. "
        "The strike hit a checkpoint outside the town late on Monday, a spokesman said."
    )
    assert _fight(extract, body) == ("‘Ayn al ‘Arab", 2)  # GeoNames' name of Kobani


def test_in_the_city_is_the_city_itself(extract: Extract) -> None:
    body = (
        "Ukraine accused Moscow on Sunday of targeting civilians in Kharkiv. "
        "A missile strike hit an apartment block in the city on Saturday night, officials said."
    )
    assert _fight(extract, body) == ("Kharkiv", 1)


def test_a_region_named_last_leaves_the_town_untold(extract: Extract) -> None:
    # the latest place named is a province: which of its towns is meant is not said
    body = (
        "Kyiv blamed Moscow on Monday for shelling in Kharkiv Oblast. "
        "Artillery fire hit a school outside the town on Sunday, officials said."
    )
    assert _fight(extract, body)[0] != "Kharkiv"
