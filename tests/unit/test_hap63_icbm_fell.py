"""A reading fault behind issue 16's missed reports (hap63): a launch told only by where the
missile came down ("a missile fell into the sea", cameo.csv's §150 row) was missed when the
missile was named by its class's initials (ICBM, IRBM, SLBM: intercontinental,
intermediate-range and submarine-launched ballistic missile), so such a report had no event
and met none of its twins. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2024-10-31\n\n" + body, path="t"))


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean ICBM fell into the sea west of Hokkaido on Thursday.",
        "An IRBM fired by the North splashed down in waters off Japan early today.",
    ],
)
def test_a_missile_named_by_its_initials_that_fell_at_sea_is_a_launch(
    extract: Extract, text: str
) -> None:
    assert [e.event_type.code for e in extract(text)] == ["15"]


@pytest.mark.parametrize(
    "text",
    [
        # no water it came down in: a programme's news, no launch
        "The ICBM programme fell behind schedule, officials said on Thursday.",
        # a price, not a missile, fell
        "Shares of the ICBM contractor fell on Thursday as oil prices slid.",
    ],
)
def test_initials_without_a_fall_at_sea_are_no_launch(extract: Extract, text: str) -> None:
    assert [e for e in extract(text) if e.event_type.code == "15"] == []
