"""A ship's owner, operator or destination is not where it was taken (``name_parts.FLAG_BEFORE``):
sentences written for these tests, each with a near miss that keeps its place."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def where(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first_place(body: str) -> str | None:
        evs = extractor.extract(parse_article(f"date 2024-05-02\n{body}", path="t"))
        ev = evs[0]
        return ev.location.place.name if ev.location and ev.location.place else None

    return first_place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Commandos seized a cargo ship near the Bab el-Mandeb on Tuesday, the navy said, "
            "describing it as linked to Greece.",
            "Bab el-Mandeb",
        ),
        (
            "Gunmen seized a tanker near the Strait of Hormuz on Tuesday, a tanker bound for "
            "India.",
            "Strait of Hormuz",
        ),
        (
            "Marines seized a freighter near the Strait of Hormuz on Tuesday, a ship chartered "
            "by India.",
            "Strait of Hormuz",
        ),
    ],
)
def test_an_owner_or_a_destination_is_not_where_the_ship_was_taken(
    where, sentence: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence) == place


def test_a_place_after_linked_to_that_is_where_it_happened_stays(where) -> None:  # type: ignore[no-untyped-def]
    # near miss: the name is not right after "linked to", so it stays the event's place
    assert where("Police arrested two men linked to the attack in Lyon on Tuesday.") == "Lyon"
