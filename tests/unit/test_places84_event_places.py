"""places84: where someone lives, an additive aside after the act, and a statement's city
beside a site the gazetteer lacks are not where the act was (ACLED: the location is where
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


def test_a_defendant_s_home_is_not_where_the_verdict_was_given(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "LISBON — A court in Porto sentenced two bankers on Tuesday. Two of the defendants, "
        "who have lived in Brazil since 2019, were convicted in absentia."
    )
    assert found
    assert "Brazil" not in found


def test_a_conviction_in_a_named_country_keeps_it(places) -> None:  # type: ignore[no-untyped-def]
    assert "Brazil" in places("Two bankers were convicted in absentia in Brazil on Tuesday.")


def test_cases_told_besides_an_outbreak_are_not_its_place(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "Kyrgyz health officials announced an outbreak of measles on Tuesday, along with "
        "cases in Kazakhstan."
    )
    assert found
    assert "Kazakhstan" not in found


def test_force_keeps_the_targets_told_besides(places) -> None:  # type: ignore[no-untyped-def]
    found = places("Russian drones struck a depot on Monday, along with homes in Kharkiv.")
    assert "Kharkiv" in found


def test_a_post_at_an_unlisted_site_is_not_the_statement_s_city(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "RAWALPINDI - Three gunmen behind a raid on a police post at Tor Ghundai were killed "
        "in a shootout, the army said."
    )
    assert found
    assert "Rawalpindi" not in found


def test_a_post_in_a_listed_town_keeps_the_town(places) -> None:  # type: ignore[no-untyped-def]
    found = places("QUETTA - Gunmen torched a checkpoint at Chaman before dawn, police said.")
    assert "Chaman" in found


def test_a_second_object_after_as_well_as_keeps_its_place(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "Japan pledged to rebuild schools, as well as a clinic in Misrata, officials said."
    )
    assert "Misratah" in found
