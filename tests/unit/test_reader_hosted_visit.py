"""A visit told as hosted or received (CAMEO 1.1b3 043, "host a visit": the source actor
hosts) with no place of its own is in the host's country, not in the guest's
(``placing._fallback_location``); a visit told from the guest's side (042, "make a visit")
keeps its reading. Sentences written for these tests."""

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


def _visits(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [
        (e.event_code, e.location.place.country_code if e.location and e.location.place else None)
        for e in events
        if (e.event_code or "").startswith("04")
    ]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        # a leader named bare carries the country led (leaders.csv); the guest's adjective
        # names who came, not where
        ("Vladimir Putin received the Hungarian prime minister in the Kremlin on Friday.", "RU"),
        ("Xi Jinping hosted the French president at a state banquet on Friday.", "CN"),
        ("The Kenyan president welcomed a delegation from Uganda on Friday.", "KE"),
    ],
)
def test_a_hosted_visit_is_in_the_host_s_country(extract: Extract, body: str, country: str) -> None:
    assert ("043", country) in _visits(extract(body))


def test_a_visit_made_is_not_moved_to_the_visitor_s_country(extract: Extract) -> None:
    # near miss: 042, the visitor is the source; nothing here puts it in Hungary
    got = _visits(extract("The Hungarian prime minister visited Vladimir Putin on Friday."))
    assert got
    assert all(c != "HU" for _, c in got)


def test_a_hosted_visit_with_its_own_place_keeps_it(extract: Extract) -> None:
    got = _visits(extract("Xi Jinping hosted the French president in Paris on Friday."))
    assert ("043", "FR") in got
