"""Reader22: a phrase's gap and a negation's scope stop at a coordinated verb group, and
irregulars who take a ship hijack it. Every sentence was written for these tests; codes
follow CAMEO 1.1b3."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_a_meeting_is_consultation_whatever_follows_the_and() -> None:
    found = triggers("The envoy met the king and called for calm in the region.")
    assert found[0].code == "04"
    assert not any(t.code == "08" for t in found)
    # near miss: a demand met is still acceded to (§083)
    assert triggers("The government met the demands of the striking miners.")[0].full == "083"


def test_a_visit_after_a_negated_verb_group_of_its_own_is_told(extract: Extract) -> None:
    events = extract(
        "The minister did not rule out new tariffs and will travel to Ottawa next week."
    )
    assert events
    assert code(events[0]).startswith("04")
    assert "negated" not in events[0].flags
    assert "planned" in events[0].flags
    # near miss: a bare second verb shares the operator and its negation
    found = triggers("The army did not attack the town or shell its outskirts.")
    assert found
    assert "negated" in found[0].flags


def test_pirates_who_stop_a_ship_and_seize_it_hijack_it() -> None:
    found = triggers("Pirates stopped a bulk carrier off Yemen and seized it at dawn.")
    assert found[0].full == "181"
    # near miss: a state's navy seizing a ship confiscates property (§171)
    assert triggers("The navy stopped a tanker near the strait and seized it.")[0].full == "171"
