"""Reader22: who acted. An act named by a noun in another act's phrase takes no side from the
places named before it. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_noun_act_cited_as_grounds_takes_no_side_from_earlier_places(extract: Extract) -> None:
    events = extract(
        "Ethiopia shelled four villages in Eritrea on Tuesday, in what Addis Ababa called "
        "a reply to last week's raid on farmers in Humera."
    )
    raids = [e for e in events if "raid" in e.summary.lower()]
    assert raids
    assert "Eritrea" not in raids[0].actors
    assert raids[0].roles.source is None
