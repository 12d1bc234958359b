"""Every actor carries its country (ISO2) when the text makes it plain: a country named as
the actor, a demonym-led group, a capital standing for its government, a named national body.
Sentences written for these tests; none is from an evaluation set."""

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
    return lambda body: extractor.extract(parse_article(f"date 2024-06-11\n{body}", path="t"))


def countries(events: list[Event]) -> set[str | None]:
    """The actor countries of the sentence's first event."""
    return set(events[0].actor_countries)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a country named as the actor is its own country
        ("Azerbaijan shelled villages near the border on Sunday.", "AZ"),
        ("Pakistan struck hideouts in the mountains on Sunday.", "PK"),
        # a group led by a country's demonym
        ("Turkish warplanes bombed positions in northern Iraq on Sunday.", "TR"),
        ("The Ethiopian army attacked rebel positions on Sunday.", "ET"),
        ("Venezuelan troops clashed with smugglers on the border on Sunday.", "VE"),
    ],
)
def test_a_country_or_demonym_actor_carries_its_code(read: Read, sentence: str, code: str) -> None:
    events = read(sentence)
    assert events, sentence
    assert code in countries(events), (sentence, events[0].actors, events[0].actor_countries)
