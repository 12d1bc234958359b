"""Session 87, fix104 (newuser98's report, item 18): a ruler driven from office who flies
abroad flees; he makes no visit (CAMEO 1.1b3 §042 is travel for a meeting or other event).
Sentences written for these tests, with other names, places and topics than the user's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The toppled prime minister flew to Dubai on Friday, where he was given shelter.",
        "The overthrown general travelled to Caracas on Friday with his family.",
    ],
)
def test_a_ruler_driven_out_who_flies_abroad_makes_no_visit(extract: Extract, body: str) -> None:
    assert not [e for e in extract(body) if code(e).startswith("04")]


def test_a_leader_flying_to_a_summit_still_visits(extract: Extract) -> None:
    body = "The Kenyan president flew to Addis Ababa on Friday for an African Union summit."
    assert [e for e in extract(body) if code(e) == "042"]
