"""reader15's own sentences (stop 35) for an armed group after a country's possessive
("Somalia's al-Shabaab militants"), which the possessive says is that country's (CAMEO 1.1b3
ch. 4 codes a domestic group under its country). Near miss: a patron's possessive ("Iran's
Houthi allies"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_group_after_its_country_s_possessive_is_that_country_s(extract: Extract) -> None:
    events = real(extract("Somalia's al-Shabaab militants attacked an army base on Monday."), "18")
    assert events
    assert events[0].roles.source_country == "SO"


def test_a_patron_s_possessive_gives_its_allies_no_country(extract: Extract) -> None:
    # near miss: "Iran's Houthi allies" are Iran's partners, not Iranians; the owner's
    # possessive still gives its group the country
    allies = real(
        extract("Iran's Houthi allies fired a missile at a tanker on Monday."), "19", "18"
    )
    assert allies
    assert allies[0].roles.source_country != "IR"
    own = real(extract("Lebanon's Hezbollah fired rockets at a town on Monday."), "19", "18")
    assert own
    assert own[0].roles.source_country == "LB"
