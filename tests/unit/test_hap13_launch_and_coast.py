"""Two recall faults of issue 16 (happenings): a launch told as a noun whose weapon stands
behind a possessor and two adjectives, and an attack on a ship told at a sea by one outlet and
off that sea's coast by another. Every sentence and report below was written for these tests;
none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "General Ortiz watched the launch of the navy's newest solid-fuel missile on Tuesday.",
        "The minister attended the test of the army's latest long-range rocket on Tuesday.",
        "State television showed the launch of the republic's first intercontinental missile "
        "on Tuesday.",
    ],
)
def test_a_launch_whose_weapon_has_class_words_is_read(extract: Extract, body: str) -> None:
    # a missile's class by range or fuel stands right before it, after a possessor and an
    # adjective: five tokens from "launch of" to the weapon, one more than a gap may skip
    assert [code(e) for e in real(extract(body), "15")] == ["150"], body


def test_a_launch_of_something_else_is_no_show_of_force(extract: Extract) -> None:
    body = "The minister attended the launch of the party's newest long-range plan on Tuesday."
    assert not rooted(extract(body), "15")
