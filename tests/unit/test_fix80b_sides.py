"""Sides of an act (stop 80, fix80b; user report 80, min/13): a country named in the content
of rejected "suggestions that ..." is no target (CAMEO 1.1b3 §12 aims a rejection at the
proposer), with near misses that keep a named proposer or claimant. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 10, 5)  # a Sunday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _sides(events: list[Event]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.event_code, e.roles.source, e.roles.target) for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "BUDAPEST (AP) - Viktor Orban said he would stay in office and rejected suggestions "
        "that he would take Hungary out of NATO.",
        "ROME (AP) - Prime Minister Giorgia Meloni said she would form a government quickly "
        "and rejected suggestions that she would take Italy out of the eurozone.",
    ],
)
def test_a_country_in_rejected_suggestions_is_no_target(extract: Extract, body: str) -> None:
    rejections = [s for s in _sides(extract(body)) if s[0] and s[0].startswith("12")]
    assert rejections
    assert all(target is None for _, _, target in rejections)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # the proposer is named: it stays the target
        ("ROME (AP) - Italy rejected France's proposal on migrant quotas on Friday.", "France"),
        # a claim's maker is often the harmed party its content names: left alone
        (
            "KYIV (AP) - Ukraine's foreign ministry on Saturday rejected claims that "
            "Ukrainian drones had struck Belarus.",
            "Belarus",
        ),
    ],
)
def test_a_named_proposer_or_claimant_stays(extract: Extract, body: str, target: str) -> None:
    assert target in [t for _, _, t in _sides(extract(body))]
