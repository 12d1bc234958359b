"""A ruling called biased or unjust is criticism (CAMEO 1.1b3 §111), from a fresh user's
report (test 80); the sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2026, 3, 10)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def with_root(events: list[Event], roots: tuple[str, ...]) -> list[str]:
    return [c for c in codes(events) if c and c.startswith(roots)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A court in Athens on Friday freed 20 detained migrants. Prime Minister Eleni Dimou "
        "called the ruling biased and said the government would appeal.",
        "The interior minister called the judges' decision politically motivated on Friday.",
    ],
)
def test_ruling_called_biased_is_criticism(extract: Extract, sentence: str) -> None:
    assert "111" in codes(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister called the ruling a victory for justice on Friday.",
        "The minister called a meeting on the ruling for Friday.",
    ],
)
def test_ruling_called_otherwise_is_no_criticism(extract: Extract, sentence: str) -> None:
    assert "111" not in codes(extract(sentence))
