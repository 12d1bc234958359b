"""The object of a negated verb group joined by "and" after the governing verb shares its
negation (Quirk et al. 1985 §10.64): "said the pact was fair and did not treat earlier aid as
a loan" tells no aid given. Sentences written for these tests, with near misses."""

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
        return extractor.extract(parse_article(f"date 2024-05-02\n\n{text}", path="t"))

    return events


@pytest.mark.parametrize(
    "text",
    [
        "He said the pact was fair and did not treat earlier Japanese aid as a loan.",
        "The minister said the agreement was balanced and did not count previous EU aid as debt.",
        "The rebels said the truce was fragile and did not launch a new offensive.",
    ],
)
def test_object_of_a_negated_second_group_is_negated(read: Read, text: str) -> None:
    (ev,) = read(text)
    assert "negated" in ev.flags


@pytest.mark.parametrize(
    "text",
    [
        # no negation in the second group
        "The minister said the agreement was balanced and counted previous EU aid as debt.",
        # the negation is the first group's; the second group is told as done
        "The army did not retreat and launched a new offensive on Friday.",
    ],
)
def test_an_unnegated_group_keeps_its_act(read: Read, text: str) -> None:
    events = read(text)
    assert events
    assert all("negated" not in e.flags for e in events)
