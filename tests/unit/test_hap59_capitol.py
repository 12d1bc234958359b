"""A reading fault behind issue 16's split reports (hap59): a bare "the Capitol" in an
article naming no other place was left unplaced, though news writes it for the US Capitol in
Washington (AP Stylebook, "Capitol"), so a report of the riot that named no other place met
none of its twins. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2024-03-06\n\n" + body, path="t"))


def _places(events: list[Event]) -> set[str]:
    return {e.location.place.name if e.location and e.location.place else "" for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of demonstrators forced its way into the Capitol yesterday and clashed with"
        " guards.",
        "The senator said rioters had smashed windows at the Capitol before police cleared"
        " the building.",
    ],
)
def test_a_bare_capitol_in_an_article_naming_no_other_place_is_washington(
    extract: Extract, text: str
) -> None:
    events = extract(text)
    assert events
    assert _places(events) == {"Washington"}


def test_the_landmark_mention_comes_from_its_row(geoparser: Geoparser) -> None:
    text = "A crowd of demonstrators forced its way into the Capitol yesterday."
    (m,) = [m for m in geoparser.analyse(text).mentions if m.text == "the Capitol"]
    assert m.place is not None
    assert (m.place.country_code, m.place.kind) == ("US", "city")
    assert "bare_landmarks.csv" in m.reason
    # the toponym output keeps to names as written
    assert not [m for m in geoparser.parse(text) if "Capitol" in m.text]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a state's capitol: the state or its city is named
        ("Protesters stormed the Capitol in Austin, Texas, on Tuesday.", "Austin"),
        # a Philippine province's capitol
        ("Farmers forced their way into the Capitol in Cebu on Tuesday.", "Cebu"),
    ],
)
def test_a_capitol_in_an_article_naming_another_place_stays_with_it(
    extract: Extract, text: str, place: str
) -> None:
    assert "Washington" not in _places(extract(text))
    assert place in _places(extract(text))


def test_the_capitol_police_is_no_landmark(extract: Extract) -> None:
    text = "Two officers of the Capitol Police were hurt when a man attacked them on Tuesday."
    assert _places(extract(text)) == {""}
