"""A capital named as the one a state is in contact with ("in touch with Ankara") is that
state's government, not where anything was done (``place_cues._ADDRESSED_TO``), and a
seizing side's capital is no fallback place for a ship it seized (``where.locate``'s seizer:
only a country stands for the side's territory). Sentences written for these tests, each
with a near miss that keeps its place."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def where(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def place_of(body: str, root: str) -> str | None:
        evs = extractor.extract(parse_article(f"date 2024-05-02\n{body}", path="t"))
        ev = next(e for e in evs if e.event_code.startswith(root))
        return ev.location.place.name if ev.location and ev.location.place else None

    return place_of


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        (
            "Greece said it was in touch with Ankara over the crew of the tanker Delos, who "
            "were detained on Thursday.",
            "17",
        ),
        (
            "Greece said it was in close contact with Ankara over the tanker Delos, which "
            "Turkish forces seized on Thursday.",
            "17",
        ),
    ],
)
def test_a_contacted_capital_is_no_place(where, sentence: str, root: str) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence, root) != "Ankara"


@pytest.mark.parametrize(
    ("sentence", "root", "place"),
    [
        # near misses: the capital is where the act was, or the contact is no capital
        ("Police detained 12 protesters in Ankara on Thursday.", "17", "Ankara"),
        (
            "Turkish forces seized the tanker Delos off Izmir on Thursday, Athens said it was "
            "in touch with the crew.",
            "17",
            "İzmir",
        ),
        # a country seizing with no other place named still stands for its territory
        ("Iran seized a British tanker on Friday, state media said.", "17", "Iran"),
    ],
)
def test_a_place_of_the_act_stays(where, sentence: str, root: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence, root) == place
