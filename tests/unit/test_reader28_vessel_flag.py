"""Forces boarding or seizing a vessel (CAMEO 1.1b3 §171, seize property) act on the state
whose flag the vessel flies: "boarded a Philippine supply boat" has the Philippines as its
target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-04\n{body}", path="t"))


def _one(events: list[Event]) -> Event:
    (ev,) = events
    return ev


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        ("Chinese coast guard officers boarded a Vietnamese fishing boat on Monday.", "CN", "VN"),
        ("Iranian commandos boarded a Greek tanker in the Gulf on Monday.", "IR", "GR"),
        ("Indian navy commandos boarded a Maltese-flagged ship on Monday.", "IN", "MT"),
    ],
)
def test_the_vessels_flag_state_is_the_target(extract, body: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.event_code == "171"
    assert (ev.roles.source_country, ev.roles.target_country) == (source, target)


def test_a_vessel_of_no_named_flag_has_no_target(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: no nationality before the vessel, so no one it was done to is named
    ev = _one(extract("Chinese coast guard officers boarded the boat on Monday."))
    assert (ev.event_code, ev.roles.source_country, ev.roles.target_country) == ("171", "CN", None)
