"""A resignation given for the leaver's own health, age or family yields to no demand
(``personal_resignation``, session 91): no §0831 card. Sentences written for these tests; a
resignation over a scandal or protests, and a health minister's, stay §0831.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The airline's chairman resigned on Monday citing health reasons.",
        "The chief justice quit for family reasons.",
        "The provincial governor stepped down due to his age.",
        "The senator resigned on health grounds.",
    ],
)
def test_a_resignation_for_ones_own_reasons_is_no_yielding(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "083") == []


@pytest.mark.parametrize(
    "body",
    [
        "The transport minister resigned over the bribery scandal.",
        "The mayor resigned because of the protests.",
        "The health minister stepped down on Monday.",
    ],
)
def test_a_resignation_under_pressure_stays(extract: Extract, body: str) -> None:
    assert len(rooted(extract(body), "0831")) == 1
