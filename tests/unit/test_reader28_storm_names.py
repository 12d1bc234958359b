"""A storm the article introduced with its type word ("Typhoon Gaemi") and later named bare
("Gaemi hit Fujian") is that storm striking: a natural hazard (EM-DAT storm), not CAMEO 19.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.storm_names import storm_names
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-07-27\n{body}", path="t"))


def _last(events: list[Event]) -> Event:
    return max(events, key=lambda e: e.evidence[0].start)


@pytest.mark.parametrize(
    "body",
    [
        "Typhoon Pakhar crossed Luzon on Wednesday. Pakhar hit Vietnam's coast on Friday.",
        "Hurricane Otis weakened on Monday. Otis then battered Mexico's Pacific coast on Tuesday.",
        "Cyclone Freddy formed last week. Freddy killed 40 people in Malawi on Monday.",
        "Storm Ciaran moved east on Tuesday. Ciaran's winds lashed Brittany on Thursday.",
    ],
)
def test_a_bare_storm_name_is_the_hazard(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    ev = _last(extract(body))
    assert ev.event_type.code == "DIS-STORM"
    assert not ev.event_type.code.startswith("19")


def test_a_forecast_landfall_did_not_happen(extract) -> None:  # type: ignore[no-untyped-def]
    body = "Typhoon Pakhar crossed Luzon on Tuesday. Pakhar is expected to hit Vietnam on Friday."
    ev = _last(extract(body))
    assert ev.event_type.code == "DIS-STORM"
    assert "hypothetical" in ev.flags


def test_a_name_never_introduced_as_a_storm_stays_as_it_was(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: no type word ever named Otis a storm, so "Otis" is whoever it is
    body = "Rebels led by Otis attacked an army post in Kivu on Friday."
    assert [e.event_type.code[:2] for e in extract(body)] == ["19"]


def test_a_weapon_named_storm_is_no_storm() -> None:
    assert storm_names("Ukraine fired Storm Shadow missiles at Crimea.") == ()
    assert storm_names("Typhoon jets flew over the sea. Typhoon Pakhar then hit.") == (
        ("Pakhar", 32),
    )


def test_a_flood_the_named_storm_brought_stays_the_flood(extract) -> None:  # type: ignore[no-untyped-def]
    # near miss: the storm's bare name before "brought flooding" tells the flood it brought
    body = "Hurricane Otis struck Acapulco on Tuesday. Otis then brought flooding to Guerrero."
    assert _last(extract(body)).event_type.code == "DIS-FLOOD"
