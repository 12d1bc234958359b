"""Where a said act took place (stop 80, fix80b; user report 80, min/14, min/10, min/04): the
seat of a government named after the act is its target's, not its place ("accused the regime
in Minsk"); a statement issued "from" a city was made there; a frame "told reporters in X
that ..." places the reported verbal act at X. Sentences written for these tests, each with
near misses that keep their place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 10, 28)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _places(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [
        (e.event_code, e.location.place.name if e.location and e.location.place else None)
        for e in events
    ]


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        (
            "WARSAW (Reuters) - Foreign Minister Radoslaw Sikorski on Monday accused the "
            "regime in Minsk of staging the migrant crossings.",
            "Minsk",
        ),
        (
            "RIGA (Reuters) - Latvia's president on Tuesday blamed the government in Moscow "
            "for the cyberattack.",
            "Moscow",
        ),
    ],
)
def test_a_government_named_by_its_seat_after_a_said_act_is_no_place(
    extract: Extract, body: str, seat: str
) -> None:
    found = _places(extract(body))
    assert found
    assert all(place != seat for _, place in found)


def test_a_physical_act_in_a_capital_keeps_it(extract: Extract) -> None:
    body = "TBILISI (Reuters) - Riot police detained 40 protesters in Minsk on Monday."
    assert ("Minsk" in [p for _, p in _places(extract(body))]) is True


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        (
            "ATHENS (Reuters) - The IMF praised the reforms in a statement from Washington "
            "on Monday.",
            "Washington",
        ),
        (
            "SOFIA (Reuters) - The Kremlin on Monday denied the report in a statement issued "
            "from Moscow.",
            "Moscow",
        ),
    ],
)
def test_a_statement_issued_from_a_city_was_made_there(
    extract: Extract, body: str, venue: str
) -> None:
    assert venue in [p for _, p in _places(extract(body))]


def test_a_statement_from_a_body_names_no_place(extract: Extract) -> None:
    # "from its embassy": no place name, so the act keeps its usual fallback
    body = "PARIS (Reuters) - Germany condemned the attack in a statement from its embassy."
    assert _places(extract(body)) == [("111", "Germany")]


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        (
            "MANILA (AP) - A foreign ministry spokesman told reporters in Beijing on Monday "
            "that the reef must be approved as Chinese territory by Manila.",
            "Beijing",
        ),
    ],
)
def test_a_said_act_reported_with_its_speakers_place_is_there(
    extract: Extract, body: str, venue: str
) -> None:
    found = _places(extract(body))
    assert found
    assert all(place == venue for _, place in found), found


def test_a_physical_act_reported_from_elsewhere_keeps_its_place(extract: Extract) -> None:
    body = (
        "KYIV (AP) - A defence ministry spokesman told reporters in Moscow that its forces "
        "had shelled Kharkiv overnight."
    )
    assert ("Moscow" in [p for _, p in _places(extract(body))]) is False
