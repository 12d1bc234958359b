"""A leader first named in a possessive ("Prime Minister X Y's Labor Party") is the person X
Y, whose bare surname later is a source (stop 80, fix80b; user report 80, min/16): the name
ends at its possessive. Sentences written for these tests."""

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
    ("body", "person"),
    [
        (
            "CANBERRA (AP) - Prime Minister Anthony Albanese's Labor Party won the vote on "
            "Saturday. Albanese will travel to Tokyo next week for talks with Ishiba.",
            "Anthony Albanese",
        ),
        (
            "HELSINKI (AP) - Prime Minister Petteri Orpo's National Coalition Party lost the "
            "vote on Sunday. Orpo criticised the unions on Monday.",
            "Petteri Orpo",
        ),
    ],
)
def test_a_leader_named_in_a_possessive_is_the_later_surnames_source(
    extract: Extract, body: str, person: str
) -> None:
    assert person in [s for _, s, _ in _sides(extract(body))]
