"""places87: an act by a state's envoy (a high commissioner) is placed where the envoy is
posted, not in its home state by the nationality adjective (ACLED: where the event took place).
Sentences written for these tests; each near miss keeps its place."""

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


def test_high_commissioner_acts_where_posted(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "French Polynesia faced a second night of unrest. The French high commissioner "
        "imposed a curfew on Thursday."
    )
    assert "France" not in found
    assert "French Polynesia" in found


def test_envoy_in_a_dateline_territory_is_not_home(places) -> None:  # type: ignore[no-untyped-def]
    found = places(
        "PAPEETE, March 14 - The French high commissioner extended the curfew on Thursday."
    )
    assert found
    assert "France" not in found


def test_near_miss_home_authorities_keep_their_country(places) -> None:  # type: ignore[no-untyped-def]
    # a state's own authorities, not an envoy, act at home
    found = places("The French authorities imposed a curfew in Marseille on Thursday.")
    assert "Marseille" in found


@pytest.fixture(scope="module")
def targets(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def found(body: str) -> list[str | None]:
        evs = extractor.extract(parse_article(f"date 2025-03-14\n{body}", path="t"))
        return [e.roles.target for e in evs]

    return found


def test_a_town_opened_by_sheikh_is_no_target(targets) -> None:  # type: ignore[no-untyped-def]
    # "Sheikh" opens Arab place names; after "near" the name is where, not whom
    found = targets("AMMAN, March 14 - Gunmen ambushed a patrol near Sheikh Miskin on Thursday.")
    assert found
    assert "Miskin" not in found


def test_near_miss_a_sheikh_detained_stays_the_target(targets) -> None:  # type: ignore[no-untyped-def]
    found = targets("AMMAN, March 14 - Police detained Sheikh Ahmad Qasim on Thursday.")
    assert any(t and "Qasim" in t for t in found)


def test_appeal_after_another_clause_is_not_at_its_town(places) -> None:  # type: ignore[no-untyped-def]
    # the river's town is the flood's place; the ministry appealed from where it sits
    found = places(
        "BAMAKO, March 14 - The river at Gao rose above its banks, and the ministry appealed "
        "for tents for the displaced. The Red Cross said it would send blankets to the town "
        "of Bourem."
    )
    assert found
    assert found[0] != "Gao"


def test_near_miss_shared_subject_keeps_the_town(places) -> None:  # type: ignore[no-untyped-def]
    # one subject for both clauses: the place carries over (force, not words)
    found = places(
        "BAMAKO, March 14 - Gunmen raided a market at Gao, and they killed four traders."
    )
    assert "Gao" in found
