"""Session 90, fix116: a state's closure of a passage, told as the second of two acts, is a
restriction it imposes (CAMEO 1.1b3 §172), not a protest blockade (§144), which civilians
do. Sentences written for these tests, on other topics and places than the user's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser

Codes = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def codes(geoparser: Geoparser) -> Codes:
    extractor = EventExtractor(geoparser)

    def read(body: str) -> list[str]:
        article = parse_article(f"date 2025-06-12\n{body}", path="t")
        return sorted(e.event_code or e.event_type.code for e in extractor.extract(article))

    return read


def test_authorities_closing_a_port_after_a_ban_is_no_blockade(codes: Codes) -> None:
    found = codes("Authorities banned public gatherings and closed the port of Durres on Monday.")
    assert "144" not in found
    assert any(c.startswith("172") for c in found)


def test_a_ministry_closing_a_highway_after_a_curfew_is_no_blockade(codes: Codes) -> None:
    found = codes("The ministry imposed a curfew and shut the coastal highway on Monday.")
    assert "144" not in found


# negatives: civilians who close a road still block it


def test_protesters_closing_a_highway_block_it(codes: Codes) -> None:
    assert codes("Protesters closed the highway to Nakuru on Monday.") == ["144"]


def test_lorry_drivers_blocking_a_road_block_it(codes: Codes) -> None:
    assert "144" in codes("Lorry drivers blocked the ring road in Dublin on Monday.")
