"""places85: where the doers come from ("from the province of X") and the home of a body posted
abroad ("Japan's embassy urged") are not where the act was (ACLED: the location is where
the event took place). Sentences written for these tests; each near miss keeps its place."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def places(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def found(body: str) -> list[str | None]:
        evs = extractor.extract(parse_article(f"date 2025-03-14\n{body}", path="t"))
        return [e.location.place.name if e.location and e.location.place else None for e in evs]

    return found


def test_marchers_from_a_province_did_not_march_there(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "NAIROBI, March 14 - Farmers from the county of Nakuru marched to parliament on Thursday."
    )
    assert found
    assert "Nakuru" not in found


def test_marchers_in_a_province_keep_it(places) -> None:  # type: ignore[no-untyped-def]
    found = places("NAIROBI, March 14 - Farmers marched in Nakuru on Thursday.")
    assert "Nakuru" in found


def test_an_embassy_does_not_act_in_its_own_country(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "SUVA, March 14 - Japan's embassy urged the Fijian government on Thursday to "
        "protect Japanese tourists."
    )
    assert found
    assert "Japan" not in found


def test_a_government_urging_keeps_its_country(places) -> None:  # type: ignore[no-untyped-def]
    found = places("Japan urged the Fijian government on Thursday to protect its tourists.")
    assert "Japan" in found
