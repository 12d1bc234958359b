"""Session 94, fix140: who blocks decides the CAMEO code (``forces_blocking``): an armed force
blocking roads restricts movement (CAMEO 1.1b3 §191), not a protest's obstruction (§144); a
blockade that cut supplies is the blockade told, no embargo (§163). And a truce that ran out
(``truce_lapse``) is no truce declared (§0871). Sentences written for these tests."""

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
        "Riot police blocked the streets leading to the parliament in Tbilisi on Monday.",
        "Police officers blocked the bridge into the old town of Mostar on Tuesday.",
    ],
)
def test_armed_force_blocking_roads_restricts_movement(extract: Extract, body: str) -> None:
    codes = [code(e) for e in extract(body)]
    assert "191" in codes, codes
    assert "144" not in codes, codes


def test_protesters_blocking_stays_obstruction_when_police_speak(extract: Extract) -> None:
    # the crowd is the nearer doer; the police only report (a near miss)
    body = "Police said farmers blocked the highway to the port of Rotterdam on Monday."
    codes = [code(e) for e in extract(body)]
    assert "144" in codes, codes
    assert "191" not in codes, codes


def test_blockade_that_cut_supplies_is_the_blockade(extract: Extract) -> None:
    body = "The barricades have cut off fuel supplies to Cusco for a week, striking truckers said."
    codes = [code(e) for e in extract(body)]
    assert "144" in codes, codes
    assert "163" not in codes, codes


def test_state_cutting_gas_supplies_stays_embargo(extract: Extract) -> None:
    body = "Russia cut gas supplies to Moldova on Monday."
    assert "163" in [code(e) for e in extract(body)]


@pytest.mark.parametrize(
    "body",
    [
        "The truce between the army and the rebels ended on Sunday.",
        "The ceasefire in the north ended at midnight on Saturday, the army said.",
    ],
)
def test_truce_that_ran_out_is_no_truce_declared(extract: Extract, body: str) -> None:
    codes = [code(e) for e in extract(body)]
    assert "0871" not in codes, codes


def test_truce_declared_stays(extract: Extract) -> None:
    body = "The rebels declared a ceasefire on Sunday."
    assert "0871" in [code(e) for e in extract(body)]
