"""A hazard named "this week's" (issue 16, recall): "this week's earthquake" tells the quake
again, in the week as any reader's calendar starts it (ISO 8601 on Monday, CLDR ``firstDay``
on Sunday or Saturday), so from the Saturday before the ISO week up to publication
(``hazards._SLOTS``, ``date_reckoning._week_of_any_start``). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 19)  # a Wednesday; the ISO week runs Monday 17 to Sunday 23 March
SATURDAY = date(2025, 3, 15)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _hazards(events: list[Event]) -> list[tuple[str, date, date, int]]:
    return [
        (e.event_type.code, e.when.start, e.when.end, e.when.precision)
        for e in events
        if e.event_type.code.startswith("DIS-")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This week's magnitude 7.1 earthquake off Hokkaido tore open a fault 200 kilometres "
        "long, geologists said.",
        "Hundreds of families made homeless by this week's earthquake in Sulawesi slept in "
        "tents, the Red Cross said.",
    ],
)
def test_this_week_s_quake_is_read_from_the_saturday_before(
    extract: Extract, sentence: str
) -> None:
    assert _hazards(extract(sentence)) == [("DIS-QUAKE", SATURDAY, PUB, 2)]


def test_last_week_s_quake_keeps_its_own_week(extract: Extract) -> None:
    # near miss: only "this week" is stretched; last week is Monday 10 to Sunday 16 March
    found = _hazards(extract("Last week's earthquake off Hokkaido tore open a long fault."))
    assert found == [("DIS-QUAKE", date(2025, 3, 10), date(2025, 3, 16), 2)]


def test_this_week_s_other_acts_keep_the_iso_week(extract: Extract) -> None:
    # near miss: a protest told as "this week's" is no hazard; its week is not stretched
    events = extract("This week's protest in Lima drew thousands, organisers said.")
    assert _hazards(events) == []
    assert [(e.event_code, e.when.start, e.when.end) for e in events] == [
        ("140", date(2025, 3, 17), PUB)
    ]


def test_a_week_dated_hazard_not_told_this_week_s_is_unchanged(extract: Extract) -> None:
    # near miss: "this week" as an adverb, not bound to the noun, keeps the ISO week
    found = _hazards(extract("An earthquake struck Sulawesi this week, toppling houses."))
    assert found == [("DIS-QUAKE", date(2025, 3, 17), PUB, 2)]
