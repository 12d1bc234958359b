"""Reader22: codes read from CAMEO 1.1b3's definitions rather than from a negation, a tense
or a topic, and the agent of a passive as the source. Every sentence was written for these
tests."""

from __future__ import annotations

import pytest

from dashboard.events.cameo import triggers
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_withholding_recognition_is_a_rejection() -> None:
    found = triggers("The opposition leader said she did not recognise the new cabinet.")
    assert found[0].code == "12"
    assert "negated" not in found[0].flags
    # near miss: ties not restored are no rejection, just a negated act
    other = triggers("The two states did not restore diplomatic ties.")
    assert other[0].full == "054"
    assert "negated" in other[0].flags


def test_a_rally_its_organisers_will_hold_is_a_planned_protest(extract: Extract) -> None:
    events = extract("Teachers will hold a rally outside the ministry on Friday.")
    assert events
    assert code(events[0]).startswith("14")
    assert "planned" in events[0].flags
    # near miss: a protest held over someone as a condition is a threat (§133)
    assert triggers("The union said it will strike unless wages rise.")[0].code == "13"


def test_a_statement_drawn_from_a_capital_is_its_government_s(extract: Extract) -> None:
    events = extract("The border incident drew a terse statement from Ankara on Friday.")
    assert events
    assert code(events[0]) == "010"
    assert events[0].roles.source_country == "TR"


def test_the_agent_of_a_passive_launch_is_its_source(extract: Extract) -> None:
    events = extract("Two missiles launched by Tehran fell into the sea near the coast on Friday.")
    assert events
    assert events[0].roles.source_country == "IR"
