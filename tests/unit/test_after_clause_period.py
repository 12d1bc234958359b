"""Force told in an "after" clause with a week or a month of its own ("warned it would hit
back after drones attacked two tankers last month") is a happening of its own, dated to that
period (TimeML TIMEX3 DATE of week/month granularity; ``after_period.own_period``). A year
("in 2022") stays background. Sentences written for these tests (fix80c)."""

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


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _force(events: list[Event]) -> list[Event]:
    return [e for e in events if (e.event_code or "")[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(
    ("sentence", "start", "precision"),
    [
        (
            "Tehran has said it will retaliate after Israeli jets bombed an air base near "
            "Isfahan last month.",
            date(2025, 3, 1),
            3,
        ),
        (
            "The government vowed to punish the attackers after gunmen stormed a police post "
            "in Zamfara last week.",
            date(2025, 4, 7),
            2,
        ),
        (
            "Kyiv warned it would strike ports after Russian drones attacked a grain ship in the "
            "Black Sea last month.",
            date(2025, 3, 1),
            3,
        ),
    ],
)
def test_force_in_an_after_clause_with_its_own_period_is_a_happening(
    extract: Extract, sentence: str, start: date, precision: int
) -> None:
    (force,) = _force(extract(sentence))
    assert (force.when.start, force.when.precision) == (start, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        # a year is background the story recalls, not news of its own
        "Tehran has said it will retaliate after Israeli jets bombed an air base near Isfahan "
        "in 2019.",
        # no period at all: as before, no card for the clause's act
        "Tehran has said it will retaliate after Israeli jets bombed an air base near Isfahan.",
    ],
)
def test_an_after_clause_without_a_week_or_month_gives_no_card(
    extract: Extract, sentence: str
) -> None:
    assert _force(extract(sentence)) == []
