"""Confident wrong codes and flags a fresh user found (newuser78), mended by general rules.
Sentences written for these tests, on other topics than the user's articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 11)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


# H1/H2: the bare noun "asylum" names the protection; only its granting is §075
@pytest.mark.parametrize(
    "sentence",
    [
        "The man was denied asylum in 2023 and ordered to leave the country.",
        "The minister said the attacker had been denied asylum but was never deported.",
        "Lawmakers argued for hours over asylum.",
        "The government collapsed over asylum policy in June.",
        "The family applied for asylum in Canada last year.",
    ],
)
def test_asylum_not_granted_is_no_grant(extract: Extract, sentence: str) -> None:
    assert "075" not in codes(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "France granted asylum to the dissident last month.",
        "Sweden gave asylum to two Russian journalists on Monday.",
        "Ecuador offered asylum to the whistleblower in 2012.",
    ],
)
def test_asylum_granted_stays_a_grant(extract: Extract, sentence: str) -> None:
    assert "075" in codes(extract(sentence))
