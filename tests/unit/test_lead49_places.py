"""Palmyra, the Syrian town GeoNames files as Tadmur, is found in Syrian news, and the US
towns of that name keep theirs; a district a cross-border region owns ("Kashmir's Shopian
district") is the event's place, not the dateline (newuser49). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("DAMASCUS — Militants shelled the outskirts of Palmyra on Monday.", "SY"),
        ("Syrian troops retook Palmyra after a week of fighting.", "SY"),
        ("ALBANY, N.Y. — A storm cut power in Palmyra and Syracuse on Monday.", "US"),
    ],
)
def test_palmyra_by_its_context(geoparser: Geoparser, text: str, country: str) -> None:
    found = [m for m in geoparser.analyse(text).mentions if m.text == "Palmyra"]
    assert [m.place.country_code for m in found if m.place] == [country]


@pytest.mark.parametrize("district", ["Kupwara", "Shopian"])
def test_a_district_a_region_owns_is_the_place(geoparser: Geoparser, district: str) -> None:
    text = f"date 2026-06-17\nSRINAGAR — Militants attacked an army camp in Kashmir's {district} district on Monday."
    events = EventExtractor(geoparser).extract(parse_article(text, path="t"))
    assert [e.location.place.name for e in events if e.location and e.location.place] == [
        f"{district} district"
    ]


def test_mokha_is_the_yemeni_port(geoparser: Geoparser) -> None:
    text = "A cargo ship was struck by a drone off the Yemeni port of Mokha on Friday."
    found = [m.place for m in geoparser.analyse(text).mentions if m.text == "Mokha"]
    assert [(p.name, p.country_code) for p in found if p] == [("Mocha", "YE")]


def test_a_listed_division_the_gazetteer_lacks_is_never_a_town_abroad(
    geoparser: Geoparser,
) -> None:
    text = "Drones struck fuel depots in the Irkutsk, Ryazan and Amur regions overnight."
    amur = [m.place for m in geoparser.analyse(text).mentions if m.text == "Amur"]
    assert [p.country_code for p in amur if p] == ["RU"]
