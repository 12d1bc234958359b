"""Force told in an "after" clause, with a day of its own, beside a main act that is not
force ("declared mourning after a missile struck a block of flats on Saturday"), is a
happening of its own (TimeML: a temporal subordinate clause has its own event, BEFORE the main
one; ``embedded_acts.after_act``). Sentences written for these tests (issue 16, recall)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 4, 14)  # a Monday
SATURDAY = date(2025, 4, 12)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _force(events: list[Event]) -> list[Event]:
    return [e for e in events if (e.event_code or "")[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The city declared a day of mourning after a missile hit a block of flats in Sumy on "
        "Saturday.",
        "Police arrested 12 people on Sunday after clashes broke out in Lyon on Saturday.",
    ],
)
def test_force_in_an_after_clause_with_its_own_day_is_a_happening(
    extract: Extract, sentence: str
) -> None:
    events = extract(sentence)
    assert len(events) == 2
    (force,) = _force(events)
    assert (force.when.start, force.when.precision) == (SATURDAY, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # a span of time, not a clause
        "Protesters rallied in Kyiv on Sunday after two days of talks.",
        # no day of its own: the attack may be long past
        "Leaders held talks in Paris on Sunday after gunmen attacked a church in Nice.",
    ],
)
def test_an_after_phrase_without_its_own_act_and_day_adds_nothing(
    extract: Extract, sentence: str
) -> None:
    assert len(extract(sentence)) == 1


def test_force_told_before_is_folded_not_repeated(extract: Extract) -> None:
    events = extract(
        "A missile hit a block of flats in Sumy on Saturday. The city declared a day of "
        "mourning on Sunday after the missile hit the block on Saturday."
    )
    assert len(_force(events)) == 1
