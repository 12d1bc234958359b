"""A town in the possessive before a named quarter of its own ("in Beirut's Haret Hreik
district") is where the act was (``where._NAMED_SITE_AFTER``), at city precision, not the
country the dateline falls back to. Sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def where(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first_place(body: str) -> str | None:
        evs = extractor.extract(parse_article(f"date 2024-10-08\n{body}", path="t"))
        ev = evs[0]
        return ev.location.place.name if ev.location and ev.location.place else None

    return first_place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "BEIRUT (Wire) - An Israeli drone struck a car in Beirut's Haret Hreik district on "
            "Monday, killing two men.",
            "Beirut",
        ),
        (
            "BEIRUT (Wire) - An Israeli air strike hit a flat in Beirut's Bachoura neighbourhood "
            "on Monday.",
            "Beirut",
        ),
    ],
)
def test_a_towns_named_quarter_places_the_act_in_the_town(where, sentence: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence) == place


def test_a_countrys_district_stays_the_country(where) -> None:  # type: ignore[no-untyped-def]
    # near miss: a country in the possessive is no town of the quarter
    assert where("An air strike hit Lebanon's Bekaa district on Monday.") == "Lebanon"
