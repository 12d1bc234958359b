"""An undated act told after a dated happening takes no day from the publication date or
from a closing "…, X said on Wednesday" alone (dates88): "Customs seized ivory on 24 October.
Three men were arrested, the service said on Wednesday" is an arrest on or after the seizure
and by the telling, flagged inferred; told with no frame, the span runs from the seizure
itself (``date_reckoning._story_range``), not from a week before publication. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]
PUB = date(2025, 11, 5)  # a Wednesday
SEIZED = "Customs officers seized a shipment of ivory at the port of Mombasa on {day}."


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _arrest(events: list[Event]) -> Event:
    return next(e for e in events if (e.event_code or e.event_type.code).startswith("173"))


# ---------------------------------------------------------------- positives (fail on main)


def test_closing_frame_day_is_not_the_arrest_day(read: Read) -> None:
    body = SEIZED.format(day="October 24") + (
        " Three men were arrested, the wildlife service said on Wednesday."
    )
    arrest = _arrest(read(body))
    assert (arrest.date_start, arrest.date_end) == (date(2025, 10, 24), PUB)
    assert "date_inferred" in arrest.flags


def test_undated_arrest_spans_from_the_seizure(read: Read) -> None:
    arrest = _arrest(read(SEIZED.format(day="October 27") + " Three men were arrested."))
    assert (arrest.date_start, arrest.date_end) == (date(2025, 10, 27), PUB)
    assert "date_inferred" in arrest.flags


# ---------------------------------------------------------------- near misses (pass on both)


def test_near_miss_frame_two_days_after_keeps_its_span(read: Read) -> None:
    body = SEIZED.format(day="November 3") + (
        " Three men were arrested, the wildlife service said on Wednesday."
    )
    arrest = _arrest(read(body))
    assert (arrest.date_start, arrest.date_end) == (date(2025, 11, 3), PUB)


def test_near_miss_seizure_within_the_week(read: Read) -> None:
    arrest = _arrest(read(SEIZED.format(day="November 1") + " Three men were arrested."))
    assert (arrest.date_start, arrest.date_end) == (date(2025, 11, 1), PUB)
