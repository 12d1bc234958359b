"""Event places a fresh user found wrong (session 86, places88), mended by general rules; the
sentences are written for these tests. An expulsion is not placed at where the expelled were
sent; a cleric's see is his office, not a place; a place inside a rejected demand is its
topic; a road named after a region, and an organisation named after a place, name neither."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2026, 5, 5)  # a Tuesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _places(events: list[Event]) -> set[str | None]:
    return {e.location.place.name if e.location and e.location.place else None for e in events}


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # §174: the destination after an apposition is where the expelled went, not the act's place
        ("Venezuela deported a Colombian reporter, Ana Ruiz, to Bogota on Monday.", "Bogotá"),
        ("Police detained the archbishop of Mombasa on Monday.", "Mombasa"),
        (
            "Norway's government on Monday rejected a Russian demand to open a consulate in Tromso.",
            "Tromsø",
        ),
        ("A landslide blocked the Karakoram Highway on Monday.", "Karakoram"),
        (
            "Troops clashed with fighters of the Movement for the Liberation of Mombasa near "
            "Malindi on Monday.",
            "Mombasa",
        ),
    ],
)
def test_names_that_are_no_place_of_the_act(extract: Extract, body: str, wrong: str) -> None:
    found = _places(extract(body))
    assert found
    assert wrong not in found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Police expelled protesters from a square in Caracas on Monday.", "Caracas"),
        ("Police detained a bishop in Mombasa on Monday.", "Mombasa"),
        ("Norway's government on Monday rejected a Russian demand at talks in Tromso.", "Tromsø"),
        ("Troops clashed with rebels in the Karakoram on Monday.", "Karakoram"),
        ("Troops clashed with rebels in Mombasa on Monday.", "Mombasa"),
    ],
)
def test_places_of_the_act_stay(extract: Extract, body: str, place: str) -> None:
    assert place in _places(extract(body))
