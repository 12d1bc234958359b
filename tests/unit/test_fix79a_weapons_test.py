"""A weapons test fired at a bare target out at sea, and its hit told in the next sentence,
are one test (CAMEO 1.1b3 §150), not an airstrike (§195). Sentences written for these tests,
with near misses (a named vessel, a town, other arms) that stay attacks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(text: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2024-06-07\n\n{text}", path="t"))

    return events


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or "" for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The navy fired a cruise missile at a target in the Sea of Japan on Friday.",
        "A destroyer launched two anti-ship missiles at a mock target in the Black Sea on Thursday.",
        "The army fired a ballistic missile at a target off the coast on Friday.",
    ],
)
def test_fired_at_a_target_at_sea_is_a_test(read: Read, text: str) -> None:
    assert _codes(read(text)) == ["150"]


@pytest.mark.parametrize(
    "text",
    [
        "The navy fired a cruise missile at a target in the Sea of Japan on Friday. "
        "The missile struck its target, officials said.",
        "A frigate test-fired an anti-ship missile in the Baltic Sea on Friday. "
        "It destroyed the practice target.",
    ],
)
def test_the_hit_told_next_is_the_test(read: Read, text: str) -> None:
    assert _codes(read(text)) == ["150"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fired missiles at a target in Kharkiv on Friday.",
        "The militia fired a missile at a tanker in the Red Sea on Friday.",
    ],
)
def test_a_target_on_land_or_a_named_vessel_stays_an_attack(read: Read, text: str) -> None:
    assert _codes(read(text)) == ["195"]


@pytest.mark.parametrize(
    "text",
    [
        # the missile hit something else: an act of its own
        "The navy fired a cruise missile at a target in the Sea of Japan on Friday. "
        "The missile hit a fishing boat.",
        # other arms struck the target
        "The navy test-fired a cruise missile on Friday. Rebel drones struck the target.",
    ],
)
def test_a_hit_on_something_else_stays_apart(read: Read, text: str) -> None:
    codes = _codes(read(text))
    assert codes[0] == "150"
    assert len(codes) == 2
    assert codes[1].startswith("19")
