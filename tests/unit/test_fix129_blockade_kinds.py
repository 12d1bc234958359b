"""Session 92, fix129: a blockade by protesters, or of a building, obstructs passage (CAMEO
1.1b3 §144); §191 (impose blockade) is armed forces sealing a territory. Sentences written
for these tests."""

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
        "The ministry's offices were blockaded by striking teachers on Wednesday.",
        "The town hall was blockaded by protesters on Wednesday.",
    ],
)
def test_a_crowds_or_a_buildings_blockade_is_obstruction(extract: Extract, body: str) -> None:
    codes = [code(e) for e in extract(body)]
    assert "144" in codes
    assert "191" not in codes


def test_a_buildings_blockade_is_no_military_blockade(extract: Extract) -> None:
    body = "The assembly approved the budget on Tuesday in a theatre after its own building was blockaded."
    assert "191" not in [code(e) for e in extract(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The navy blockaded the port of Hodeidah on Monday.",
        "Soldiers blockaded the rebels' headquarters in the hills on Monday.",
    ],
)
def test_armed_forces_blockade_stays_military(extract: Extract, body: str) -> None:
    assert "191" in [code(e) for e in extract(body)]
