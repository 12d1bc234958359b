"""cameo44's own sentences (stop 42), each rule with a near miss that must stay as it is.

- An act of another CAMEO root told by "The two leaders"/"They" after a visit is its own
  event (§057 signing after §042 visiting), on the visit's day and at its place; one of the
  same root (talks during the visit) still tells the visit on.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


VISIT = "NAIROBI — Kenya's president visited Addis Ababa on Monday and met Ethiopia's prime minister."


def test_a_pact_the_two_leaders_signed_after_a_visit_is_its_own_event(extract: Extract) -> None:
    events = extract(f"{VISIT} The two leaders signed a trade pact.")
    signed = rooted(events, "057")
    assert len(signed) == 1
    assert rooted(events, "042")
    # the visit's day (Monday 15 June 2026) and place, not the week up to publication
    assert str(signed[0].date_start) == "2026-06-15"
    assert where(signed[0])[0] == "Addis Ababa"


def test_talks_the_two_leaders_held_during_a_visit_tell_it_on(extract: Extract) -> None:
    # near miss: talks are the visit's own root (§04), so they stay its evidence
    events = extract(f"{VISIT} The two leaders discussed border security.")
    assert sorted(map(code, events)) == sorted(map(code, extract(VISIT)))
