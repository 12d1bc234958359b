"""reader18's own sentences (stop 35): a date given as a deadline ("gave banks until 30 July
to close the accounts") is the deadline's, not the act's (TimeML: the date anchors the
deadline, which the act only sets). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_deadline_given_does_not_date_the_sanction(extract: Extract) -> None:
    events = extract(
        "The ministry froze the traders' assets and gave banks until 30 July to close their "
        "accounts."
    )
    sanctions = rooted(events, "16")
    assert sanctions
    assert not any(e.date_start.month == 7 for e in sanctions)
    # near miss: a day with no "gave … until" before it dates the act
    told = extract("The ministry froze the traders' assets on 30 May.")
    assert {e.date_start.isoformat() for e in rooted(told, "16")} == {"2026-05-30"}
