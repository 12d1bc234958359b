"""places83: where goods were bought, and the place of an act an intent promises, are not
where the act was done (ACLED: the location is where the event took place). Sentences
written for these tests; each near miss keeps its place."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def places(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first(body: str) -> list[str | None]:
        evs = extractor.extract(parse_article(f"date 2024-05-02\n{body}", path="t"))
        return [e.location.place.name if e.location and e.location.place else None for e in evs]

    return first


def test_a_market_where_fuel_is_bought_is_not_where_the_offer_was_made(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "TIRANA — Albania's government offered on Tuesday to supply Kosovo with diesel "
        "bought in Asia."
    )
    assert found
    assert "Asia" not in found


def test_a_threatened_strike_on_a_named_country_s_region_is_not_the_threat_s_place(
    places,
) -> None:  # type: ignore[no-untyped-def]
    found = places("MOSCOW — Russia warned on Monday that it would strike Ukraine's Sumy region.")
    assert found
    assert "Sumy" not in found


def test_the_route_an_agreement_promises_is_not_where_it_was_agreed(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "PARIS — The two presidents agreed on Monday at the Elysee to build a railway "
        "through Serbia's Vojvodina province."
    )
    assert found
    assert "Vojvodina" not in found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a place the act itself names, before any promised act, stays
        ("Ministers met in Vienna on Monday and agreed to keep talking.", "Vienna"),
        # goods made in a place are no place of the act (the rule before this one)
        ("Police in Lagos seized rifles made in Turkey on Monday.", "Lagos"),
        # force on a road happened on it: the road's path stays the place
        ("Gunmen ambushed a convoy on the highway through Mali's Mopti region.", "Mopti"),
    ],
)
def test_the_act_s_own_place_stays(places, body: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert places(body)[:1] == [place]
