"""Session 90, fix116: a state's closure of a passage, told as the second of two acts, is a
restriction it imposes (CAMEO 1.1b3 §172), not a protest blockade (§144), which civilians
do. Sentences written for these tests, on other topics and places than the user's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import code, make_extract

Codes = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def codes(geoparser: Geoparser) -> Codes:
    """The sorted CAMEO codes of the events of a body read as an article of 2025-06-12."""
    extract = make_extract(geoparser)
    return lambda body: sorted(code(e) for e in extract(body, pub="2025-06-12"))


def test_authorities_closing_a_port_after_a_ban_is_no_blockade(codes: Codes) -> None:
    found = codes("Authorities banned public gatherings and closed the port of Durres on Monday.")
    assert "144" not in found
    assert any(c.startswith("172") for c in found)


def test_a_ministry_closing_a_highway_after_a_curfew_is_no_blockade(codes: Codes) -> None:
    found = codes("The ministry imposed a curfew and shut the coastal highway on Monday.")
    assert "144" not in found
    assert any(c.startswith("172") for c in found)


# negatives: civilians who close a road still block it


def test_protesters_closing_a_highway_block_it(codes: Codes) -> None:
    assert codes("Protesters closed the highway to Nakuru on Monday.") == ["144"]


def test_lorry_drivers_blocking_a_road_block_it(codes: Codes) -> None:
    assert "144" in codes("Lorry drivers blocked the ring road in Dublin on Monday.")
