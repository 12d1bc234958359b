"""An island is no town: "the island of X" is not a small town of that name in a country the
text never names (newuser50: the Greek island of Rhodes was put in a Sydney suburb).
Sentences written for these tests."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def _countries(geoparser: Geoparser, text: str, name: str) -> set[str | None]:
    return {
        m.place.country_code
        for m in geoparser.parse(text)
        if m.text == name and m.place is not None
    }


def test_an_island_is_not_a_foreign_town_of_its_name(geoparser: Geoparser) -> None:
    text = "ATHENS, Greece — Firefighters battled flames on the island of Rhodes for a third day."
    assert "AU" not in _countries(geoparser, text, "Rhodes")


def test_a_suburb_of_the_name_in_the_text_s_country_is_still_found(geoparser: Geoparser) -> None:
    text = "SYDNEY, Australia — Police closed a road in the suburb of Rhodes on Monday."
    assert _countries(geoparser, text, "Rhodes") == {"AU"}


def test_a_hazard_on_an_island_the_gazetteer_lacks_is_in_the_country(geoparser: Geoparser) -> None:
    from dashboard.articles.reader import parse_article
    from dashboard.events.extract import EventExtractor

    article = parse_article(
        "date 2026-08-04\nATHENS, Greece — A wildfire burned pine forest on the island of"
        " Ikaria on Monday.",
        path="t",
    )
    (event,) = EventExtractor(geoparser).extract(article)
    assert event.location is not None
    assert event.location.place is not None
    assert (event.location.place.kind, event.location.place.country_code) == ("country", "GR")
