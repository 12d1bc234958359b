"""A meeting told in an "after" clause with a day of its own, as what a statement answered
("Oslo voiced concern on Friday after the two leaders met in Minsk on Thursday"), is a
happening of its own, dated and placed by its clause (TimeML: a temporal subordinate clause
has its own event; ``embedded_acts.after_act``, as for force). Without a day of its own, or when
the main act is itself a meeting, nothing is added. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 21)  # a Friday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _meetings(events: list[Event]) -> list[tuple[str | None, date]]:
    return [
        (e.location.place.name if e.location and e.location.place else None, e.when.start)
        for e in events
        if (e.event_code or "").startswith("04")
    ]


@pytest.mark.parametrize(
    ("body", "place", "day"),
    [
        (
            "Norway voiced concern on Friday after the leaders of Belarus and Russia met in "
            "Minsk on Thursday and signed a pact.",
            "Minsk",
            20,
        ),
        (
            "OTTAWA — Canada criticised the deal on Friday after the two presidents met in "
            "Caracas on Wednesday.",
            "Caracas",
            19,
        ),
    ],
)
def test_a_meeting_a_statement_answers_is_a_happening_of_its_own(
    extract: Extract, body: str, place: str, day: int
) -> None:
    assert (place, date(2025, 3, day)) in _meetings(extract(body))


@pytest.mark.parametrize(
    "body",
    [
        # no day of its own: the clause only names what was answered
        "Brazil protested on Friday after the president met the Argentine leader in Buenos Aires.",
        # the main act is itself a meeting: the earlier one is not split off by this rule
        "The ministers met in Lima on Friday after their deputies met in Quito on Tuesday.",
    ],
)
def test_no_meeting_is_split_off_without_a_day_or_under_a_meeting(
    extract: Extract, body: str
) -> None:
    got = _meetings(extract(body))
    assert ("Buenos Aires", date(2025, 3, 21)) not in got
    assert ("Quito", date(2025, 3, 18)) not in got
