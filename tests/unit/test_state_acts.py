"""A state doing what the lexicon names by a crowd's word (CAMEO 1.1b3 §14 against §114 and
§172), and people an event was done to who are not its speakers. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-04\n{body}", path="t"))


def _one(events: list[Event]) -> Event:
    (ev,) = events
    return ev


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Chile protested the seizure of its trawler on Monday.", "114"),
        ("Norway's foreign ministry formally protested the arrests on Monday.", "114"),
        ("Estonia closed its border with Russia on Monday.", "172"),
        ("Greek authorities shut the port of Piraeus on Monday.", "172"),
        ("The Turkish government closed a border crossing with Syria on Monday.", "172"),
    ],
)
def test_a_state_that_protests_or_closes_a_passage_is_no_crowd(
    extract, body: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    assert _one(extract(body)).event_code == code


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Thousands protested in Chile on Monday against the pension law.", "140"),
        ("Truckers blocked the border crossing with Estonia on Monday.", "144"),
        ("Protesters in Greece blocked a motorway on Monday.", "144"),
        ("Greek farmers blocked a motorway near Larissa on Monday.", "144"),
        ("In Chile, students blocked a highway on Monday.", "144"),
    ],
)
def test_a_crowd_in_or_of_a_country_stays_a_crowd(extract, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(extract(body)).event_code == code


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("Police in Georgia detained three reporters in Batumi on Sunday.", "Batumi"),
        ("Soldiers arrested two journalists in Goma on Sunday.", "Goma"),
        ("Rebels shelled Goma on Sunday, officials in Kinshasa said.", "Goma"),
    ],
)
def test_people_an_event_was_done_to_are_where_it_happened(extract, body: str, where: str) -> None:  # type: ignore[no-untyped-def]
    ev = _one(extract(body))
    assert ev.location is not None
    assert ev.location.place is not None
    assert ev.location.place.name == where


def test_a_people_named_by_its_demonym_is_a_crowd(extract) -> None:  # type: ignore[no-untyped-def]
    assert _one(extract("Chileans marched in their thousands on Monday.")).event_code == "141"
