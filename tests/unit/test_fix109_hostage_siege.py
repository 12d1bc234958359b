"""Session 88, fix109 (newuser101's item 2): forces ending a siege of a place others seized
or hold hostages in break a hostage siege; they ease no blockade of their own (CAMEO 1.1b3
§0872) and impose none (§191). A besieger ending its own siege stays §0872. Sentences
written for these tests, with other names, places and topics than the report's."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "Police said on Monday that they had ended a siege of a bank that armed robbers had"
        " seized in Lyon a day earlier.",
        "Commandos ended a siege of a ferry that pirates had hijacked off Mombasa on Friday.",
    ],
)
def test_a_hostage_siege_ended_is_no_blockade(extract: Extract, body: str) -> None:
    codes = [code(e) for e in rooted(extract(body), "08", "19")]
    assert not [c for c in codes if c.startswith(("087", "191"))], codes


@pytest.mark.parametrize(
    "body",
    [
        "The army ended its siege of the rebel town on Friday.",
        "Rebels ended the siege of the port city on Friday, after a truce.",
    ],
)
def test_a_besieger_ending_its_siege_eases_it(extract: Extract, body: str) -> None:
    assert [code(e) for e in rooted(extract(body), "087")], body
