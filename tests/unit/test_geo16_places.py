"""Place faults a fresh user found (geo16), each a general rule or sourced rows. A town's
GeoNames alternate that writes a Cyrillic iotated vowel the Ukrainian national way ("ia"
for BGN's "ya": "Feodosia" for Feodosiya) is its spelling; a town GeoNames gives population
0 (unknown) but many spellings has its Arabic spellings indexed ("Maarat al-Numan"); an
Indonesian province is shown by iso3166-2's English name when a quarter or the highlands
lead it ("Highland Papua", "Southwest Papua") or "Islands" follows it ("Riau Islands"); a
coast guard acting on a vessel is an encounter at sea, not an act in its own country.
Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import Event, Place
from dashboard.places.gazetteer_towns import _spellings
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, where


def _place(geoparser: Geoparser, text: str, name: str) -> Place | None:
    a = geoparser.analyse(text, date(2025, 3, 4))
    return next((m.place for m in a.mentions if m.text.startswith(name)), None)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # the Ukrainian national system's "ia" for BGN's "ya" (GeoNames' names)
        ("Drones struck a fuel depot in Feodosia overnight.", "Feodosia", (45.03, 35.38)),
        ("Shelling hit Balakliia before dawn.", "Balakliia", (49.46, 36.84)),
        # the Arabic spellings of a town of unknown population that GeoNames spells often
        (
            "Government forces shelled Maarat al-Numan, a town in Idlib province.",
            "Maarat al-Numan",
            (35.65, 36.68),
        ),
        (
            "Government forces shelled Ma'arrat al-Nu'man, a town in Idlib province.",
            "Ma'arrat al-Nu'man",
            (35.65, 36.68),
        ),
    ],
)
def test_spellings_news_uses_find_the_town(
    geoparser: Geoparser, text: str, name: str, point: tuple[float, float]
) -> None:
    place = _place(geoparser, text, name)
    assert place is not None
    assert place.kind == "city"
    assert abs(place.lat - point[0]) < 0.1
    assert abs(place.lon - point[1]) < 0.1


@pytest.mark.parametrize(
    ("name", "alternate", "same"),
    [
        ("Feodosiya", "Feodosia", True),
        ("Mykolayiv", "Mykolaiv", True),
        ("Balakliya", "Balakliia", True),
        # near misses: a y that ends a word before the next one, and a y at a word's start,
        # are no iotated vowel ("Rocky Hill" is no spelling of Rock Hill; "Livny" no Livni)
        ("Rock Hill", "Rocky Hill", False),
        ("Livni", "Livny", False),
    ],
)
def test_iotated_vowels_spell_the_same_name(name: str, alternate: str, same: bool) -> None:
    assert (_spellings(name, [alternate]) == [alternate]) is same


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        (
            "Separatists attacked soldiers in Highland Papua on Monday.",
            "Highland",
            "Highland Papua",
        ),
        ("Floods cut roads in Southwest Papua.", "Southwest Papua", "Southwest Papua"),
        ("Police in Southeast Sulawesi made arrests.", "Southeast", "Southeast Sulawesi"),
        ("Ferries to the Riau Islands were halted.", "Riau Islands", "Riau Islands"),
        # near misses: a compass word keeps its own rule, and a Spanish "de" name keeps its
        # own form ("North Santander" is no name English news uses)
        ("Voters queued early across North Sumatra.", "North Sumatra", "North Sumatra"),
        ("Troops deployed in Norte de Santander.", "Norte de Santander", "Norte de Santander"),
    ],
)
def test_indonesian_provinces_shown_in_english(
    geoparser: Geoparser, text: str, name: str, shown: str
) -> None:
    place = _place(geoparser, text, name)
    assert place is not None
    assert place.kind == "admin1"
    assert place.name == shown


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _first(events: list[Event], words: str) -> Event:
    return next(e for e in events if any(words in ev.text for ev in e.evidence))


@pytest.mark.parametrize(
    "body",
    [
        "MANILA — China's coast guard expelled the fishing vessel from the area on Monday, "
        "officials said.",
        "MANILA — China's coast guard fired water cannon at a Philippine supply boat on "
        "Monday, officials said.",
    ],
)
def test_a_coast_guard_meeting_a_vessel_is_at_sea(extract: Extract, body: str) -> None:
    # the coast guard is the actor (China), but the act is on the water, not in China
    event = _first(extract(body, pub="2024-09-12"), "coast guard")
    assert where(event)[1] != "CN"


@pytest.mark.parametrize(
    "body",
    [
        # near misses: an arrest with no ship named, and a seizure (taken to the seizer's
        # waters), keep the actor's country
        "ATHENS — Greece's coast guard arrested three smugglers on Monday, officials said.",
        "MANILA — China's coast guard seized a fishing boat on Monday, officials said.",
    ],
)
def test_a_coast_guard_without_an_encounter_keeps_its_country(extract: Extract, body: str) -> None:
    event = _first(extract(body, pub="2024-09-12"), "coast guard")
    assert where(event)[1] in ("GR", "CN")
