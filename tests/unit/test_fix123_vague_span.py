"""Acts named by a noun over a vague stretch up to now ("in recent years") are background
with no day (``vague_span``, session 91): no card dated to the publication week. Sentences
written for these tests; the same nouns with a day, and a finite verb beside the span, keep
their cards.
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
        "Both provinces endured riots and strikes in recent years.",
        "The two ports saw unrest in recent decades.",
    ],
)
def test_acts_over_recent_years_get_no_card(extract: Extract, body: str) -> None:
    assert rooted(extract(body), "14") == []


@pytest.mark.parametrize(
    "body",
    [
        "Both provinces endured riots on Monday.",
        "Police arrested dozens of protesters on Monday, the most in recent years.",
    ],
)
def test_dated_acts_keep_their_card(extract: Extract, body: str) -> None:
    assert len(rooted(extract(body), "14", "17")) == 1
