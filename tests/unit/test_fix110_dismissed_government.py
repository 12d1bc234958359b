"""A government dismissed by its head is a removal from office, no rejection (newuser102
item 9): WordNet 3.0 dismiss v. 2 'discharge from an office or position' beside v. 1 'bar
from attention or consideration' (CAMEO 1.1b3 §12 reject). Claims or offers dismissed stay
§12 or §016. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def test_government_dismissed_is_no_rejection(extract: Extract) -> None:
    text = "The emir dismissed his government on Sunday and appointed a banker as premier."
    assert not [code(e) for e in extract(text) if code(e).startswith("12")]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The union dismissed the government's pay offer on Monday.", "12"),
        ("The council dismissed the proposal on Monday.", "12"),
    ],
)
def test_dismissed_proposal_stays_a_rejection(extract: Extract, text: str, root: str) -> None:
    assert any(code(e).startswith(root) for e in extract(text))
