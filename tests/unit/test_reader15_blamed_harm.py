"""reader15's own sentences (stop 35) for a harm a blame names and a relative clause tells the
toll of ("responsible for the blasts of mortars that killed six people in Mosul on Tuesday"):
CAMEO 1.1b3 §112 codes the blame, and the harm is presupposed to have happened, as a
condemned act is; the toll is its own clause's verb, dated by its own phrase. Near misses: a
relative clause whose verb is no toll, and a toll with no phrase of its own. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, real


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_the_toll_of_a_blamed_harm_is_a_happening(extract: Extract) -> None:
    body = (
        "A militia said on Friday that the army was fully responsible for the blasts of "
        "mortars that killed six people in Mosul on Tuesday."
    )
    events = extract(body)
    assert real(events, "112")
    force = real(events, "18", "19", "20")
    assert force
    assert force[0].date_start.isoformat() == "2026-06-09"  # the Tuesday before that Friday


def test_a_blamed_harm_s_clause_with_no_toll_is_no_act(extract: Extract) -> None:
    # near miss: what residents heard is no toll; the harm with a toll is still read
    heard = (
        "A militia said on Friday that the army was fully responsible for the blasts of "
        "mortars that residents heard in Mosul on Tuesday."
    )
    assert not real(extract(heard), "18", "19", "20")
    toll = (
        "The governor said the rebels were responsible for the shelling of the market that "
        "wounded twelve traders in Kidal on Monday."
    )
    assert real(extract(toll), "18", "19", "20")
