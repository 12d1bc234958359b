"""Session 86, fix95 (issue 16: newuser95's confident wrong cards 08, 10, 13 and 16). A ship that
struck a reef is no attack, a day's blast at a depot is its accident, a road that caved in
yielded to no one, and people a militia seized were abducted. Sentences written for these
tests, with other names and places than the user's."""

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
        return [e.event_code or e.event_type.code for e in extractor.extract(article)]

    return read


def test_a_tanker_that_struck_a_reef_off_a_cape_is_no_attack(codes: Codes) -> None:
    found = codes("Officials fear a leak from a tanker that struck a reef off the cape on Tuesday.")
    assert not [c for c in found if c[:2] in ("18", "19", "20")]


def test_jets_that_struck_a_convoy_off_the_coast_still_attacked(codes: Codes) -> None:
    assert [c[:2] for c in codes("Jets struck a convoy off the coast on Monday.")] == ["19"]


def test_a_days_blast_at_a_depot_is_an_industrial_accident(codes: Codes) -> None:
    found = codes(
        "Traders fear shortages after Friday's blast at the city's main fuel depot, officials said."
    )
    assert "DIS-INDUSTRIAL" in found
    assert not [c for c in found if c.startswith("18")]


def test_a_section_of_road_that_caved_in_yielded_to_no_one(codes: Codes) -> None:
    found = codes("A section of road in the old quarter caved in on Monday, leaving a deep hole.")
    assert not [c for c in found if c.startswith("08")]


def test_a_government_that_caved_in_to_demands_still_yields(codes: Codes) -> None:
    found = codes("The government caved in to the unions' demands on Monday.")
    assert [c[:2] for c in found] == ["08"]


def test_gold_miners_a_militia_seized_were_abducted(codes: Codes) -> None:
    found = codes("A militia seized around 40 gold miners on Friday in the north of the province.")
    assert [c[:3] for c in found] == ["181"]


def test_gold_the_police_seized_is_still_property(codes: Codes) -> None:
    found = codes("Police seized 40 kilograms of gold at the airport on Friday.")
    assert [c[:3] for c in found] == ["171"]
