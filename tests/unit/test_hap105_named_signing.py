"""To put one's name to an accord is to sign it (CAMEO 1.1b3 §057; hap105); a name put to a
petition is no agreement signed."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The ministers of Chile and Peru put their names to a fisheries accord in Lima on "
        "Saturday.",
        "Bolivia put its name to the regional trade pact on Monday.",
    ],
)
def test_name_put_to_an_accord_is_a_signing(extract: Extract, body: str) -> None:
    assert [e.event_code for e in real(extract(body), "05")] == ["057"]


def test_name_put_to_a_petition_is_no_signing(extract: Extract) -> None:
    body = "Ten thousand residents put their names to a petition against the dam on Saturday."
    assert real(extract(body), "057") == []
