"""A story pasted with its headline line above the dateline: the dateline is still where the
story was filed, and the headline's event is the story's, told once. Texts written here."""

from __future__ import annotations

import pytest

from dashboard.analysis import dateline_span
from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-14\n{body}", path="t"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("NAIROBI — Police fired tear gas.", (0, 10)),
        # the AP's form: the city in capitals, then its country or state as named
        ("LUSAKA, Zambia (AP) — Police fired tear gas.", (0, 22)),
        ("TUPELO, Miss. (AP) — Police fired tear gas.", (0, 21)),
        ("Tear gas in the capital\n\nNAIROBI — Police fired tear gas.", (25, 35)),
        ("Tear gas in the capital\nNAIROBI, June 12 (Reuters) - Police fired tear gas.", (24, 53)),
        # a first line that ends a sentence is the story itself, not a headline
        ("Police fired tear gas.\nNAIROBI — More came later.", (0, 0)),
        ("Police fired tear gas in Nairobi on Tuesday.", (0, 0)),
        # a header line pasted with the text dates it: no headline, and its date stays read
        ("date 1777-12-20\nTANGIER — Troops attacked the port.", (0, 0)),
    ],
)
def test_the_dateline_is_found_at_the_start_or_after_a_headline(
    text: str, span: tuple[int, int]
) -> None:
    assert dateline_span(text) == span


def test_the_dateline_city_is_not_where_the_story_happened(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(
        "Flood toll rises\n\nNAIROBI — Floods swept through Kenya's Garissa county on "
        "Wednesday, killing nine people."
    )
    assert ev.location is not None
    assert ev.location.text != "NAIROBI"
    assert ev.location.place is not None
    assert ev.location.place.country_code == "KE"


def test_the_headline_event_is_told_once_by_the_story(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Gunmen kill five in Mopti\n\nBAMAKO — Gunmen attacked a market in Mopti on "
        "Tuesday, killing five people, officials said."
    )
    assert [e.summary.split()[0] for e in events] == ["Gunmen"]
    assert [e.location.text if e.location else None for e in events] == ["Mopti"]
    assert events[0].when.start.isoformat() == "2024-06-11"


def test_a_headline_over_a_story_with_events_adds_none_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Mali expels French envoy\n\nBAMAKO — Gunmen attacked a market in Mopti on Tuesday."
    )
    assert [e.location.text if e.location else None for e in events] == ["Mopti"]


def test_a_headline_over_a_story_with_no_event_keeps_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Mali expels French envoy\n\nBAMAKO — The capital was calm on Tuesday.")
    assert [(e.event_code or "")[:2] for e in events] == ["16"]


def test_a_possessive_country_before_a_building_is_not_where_the_event_was(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(
        "LUSAKA, Zambia (AP) — Police fired tear gas at students outside Zambia's parliament "
        "on Monday."
    )
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.name == "Lusaka"  # the dateline: nothing closer is named


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Port strike ends\nMOMBASA, Kenya — Dock workers went back on Monday.",
            "Port strike ends",
        ),
        ("Port strike ends\n\nDock workers went back on Monday.", "Port strike ends"),
        (
            "Strike ends\nDock workers at the port of Mombasa went back to work on Monday.",
            "Strike ends",
        ),
        # a hard-wrapped first sentence is one sentence, not a headline and a lead
        (
            "Dock workers at the port of Mombasa went\nback on Monday. Ships sailed.",
            "Dock workers at the port of Mombasa went back on Monday.",
        ),
        (
            "Dock workers went back on Monday.\nShips sailed again on Tuesday.",
            "Dock workers went back on Monday.",
        ),
    ],
)
def test_a_title_never_runs_past_its_headline_line(body: str, title: str) -> None:
    assert parse_article(f"date 2025-03-04\n{body}", path="t").title == title


@pytest.mark.parametrize(
    ("raw", "published", "starts"),
    [
        ("date 3 March 2025\nPolice detained 30 students.", "2025-03-03", "Police"),
        ("date March 3, 2025\nPolice detained 30 students.", "2025-03-03", "Police"),
        ("date 3 Mars 2025\nPolice detained 30 students.", None, "Police"),
    ],
)
def test_a_header_date_in_words_is_read_or_taken_whole(
    raw: str, published: str | None, starts: str
) -> None:
    article = parse_article(raw, path="t.txt")
    assert (article.published.isoformat() if article.published else None) == published
    assert article.text.startswith(starts)
