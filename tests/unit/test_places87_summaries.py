"""places87: a card line adds its place's words only when the place is in the act's own
clause, not in one joined before it by ", and", ", but" or ";" (Quirk et al. 1985 §13.2).
Sentences written for these tests; the near miss keeps its place."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def lines(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def found(body: str) -> list[str]:
        evs = extractor.extract(parse_article(f"date 2025-03-14\n{body}", path="t"))
        return [e.summary for e in evs]

    return found


def test_place_of_a_clause_before_is_not_added(lines) -> None:  # type: ignore[no-untyped-def]
    found = lines(
        "Herders at the cattle market in Mopti said prices were mixed, but they firmly "
        "condemned the new levy."
    )
    assert found
    assert not any(s.endswith("in Mopti") for s in found)


def test_near_miss_fronted_place_is_added(lines) -> None:  # type: ignore[no-untyped-def]
    found = lines("In Mopti, police arrested twelve traders on Thursday.")
    assert any("Mopti" in s for s in found)
