"""A region's adjective before a state noun ("the Balkan country", "the Caribbean nation") is
an epithet that refers back to a country told before (Quirk et al. 1985 §5.65), not a place:
read as a name it put an arrest in Turkmenistan's Balkan province (issue 16, set BH).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_detained_in_the_balkan_country_is_the_country_told_before(extract: Extract) -> None:
    body = (
        "Italian prosecutors said they would ask Serbia to send back the fugitive banker after "
        "he was detained in the Balkan country on Wednesday."
    )
    arrests = real(extract(body), "17")
    assert arrests
    assert {where(e)[1] for e in arrests} == {"RS"}


def test_the_balkan_country_is_no_place_name(geoparser: Geoparser) -> None:
    text = "The banker was detained in the Balkan country on Wednesday, police said."
    assert [m.text for m in geoparser.parse(text) if "Balkan" in m.text] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised state noun is a name's own word; "state" names the state of that name
        ("Talks were held in the Czech Republic on Monday.", "Czech Republic"),
        ("Officials met in the Borno state capital Maiduguri on Monday.", "Borno"),
    ],
)
def test_names_with_their_own_noun_stay_places(geoparser: Geoparser, text: str, name: str) -> None:
    assert any(name in m.text for m in geoparser.parse(text))
