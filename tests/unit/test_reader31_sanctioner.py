"""reader31's own sentences (stop 41): a country that acts on a titled person is not that
person's country: in "Canada sanctioned militia leader Ahmed Salih" a finite verb stands
between, so the country is the verb's subject, not a modifier of the title. Near miss: a
possessive right before the title ("Egypt's Foreign Minister") still gives the person its
country. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_sanctioning_country_is_not_the_leaders(extract: Extract) -> None:
    (ev,) = rooted(
        extract("OTTAWA - Canada sanctioned militia leader Ahmed Salih Farouk on Tuesday."), "16"
    )
    assert ev.roles.source_country == "CA"
    countries = dict(zip(ev.actors, ev.actor_countries, strict=False))
    assert countries.get("Ahmed Salih Farouk") != "CA"
    assert ev.roles.target_country != "CA"


def test_a_possessive_before_the_title_gives_the_country(extract: Extract) -> None:
    # near miss: "Egypt's Foreign Minister" names the minister's country
    (ev,) = rooted(
        extract("CAIRO - Egypt's Foreign Minister Karim Adel Nour met envoys on Monday."), "04"
    )
    assert (ev.roles.source, ev.roles.source_country) == ("Karim Adel Nour", "EG")
