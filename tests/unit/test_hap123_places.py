"""Session 94 (hap123): the island of Rhodes is a place, and "the town of X" asks for a town.

Issue 16's set BM read a wildfire on Rhodes at Greece alone (the gazetteer had no island of
that name, only a Sydney suburb), so it joined the next day's fire on Corfu. The island is now
a row of ``regions.csv``; a settlement word and "of" before a name ("the suburb of X", "the
village of X") prefer the name's populated places (``kind_cues.settlement_before``), which
keeps the Sydney suburb under a Sydney dateline. Sentences written for these tests."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _places(geoparser: Geoparser, text: str, name: str) -> list[tuple[str, str | None]]:
    return [
        (m.place.kind, m.place.country_code)
        for m in geoparser.parse(text)
        if m.place is not None and text[m.start : m.end] == name
    ]


def test_the_island_of_rhodes_is_in_greece(geoparser: Geoparser) -> None:
    text = "Ferries carried holidaymakers away from the island of Rhodes as flames spread."
    assert _places(geoparser, text, "Rhodes") == [("region", "GR")]


def test_rhodes_alone_under_an_athens_dateline_is_the_greek_island(geoparser: Geoparser) -> None:
    text = "ATHENS — Hotels on Rhodes were emptied on Sunday as a wildfire reached the coast."
    assert _places(geoparser, text, "Rhodes") == [("region", "GR")]


def test_the_town_of_a_name_is_its_town_not_its_island(geoparser: Geoparser) -> None:
    text = "A ferry ran aground outside the port of the town of Zakynthos on Friday."
    assert _places(geoparser, text, "Zakynthos") == [("city", "GR")]


def test_the_village_of_a_name_is_its_village_not_its_river(geoparser: Geoparser) -> None:
    text = "Shelling damaged a school in the village of Oskil, regional officials said."
    assert _places(geoparser, text, "Oskil") == [("city", "UA")]


def test_the_island_of_a_name_stays_the_island(geoparser: Geoparser) -> None:
    """Negative: no settlement word, so the island row keeps its name."""
    text = "Coast guard boats picked up migrants off the island of Lampedusa overnight."
    assert _places(geoparser, text, "Lampedusa") == [("region", "IT")]


def test_a_suburb_abroad_keeps_its_name_under_its_own_dateline(geoparser: Geoparser) -> None:
    """Negative: the Sydney suburb stays Australian now that a Greek island shares its name."""
    text = "SYDNEY, Australia — A burst water main flooded streets in the suburb of Rhodes."
    assert _places(geoparser, text, "Rhodes") == [("city", "AU")]
