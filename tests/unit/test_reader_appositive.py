"""An appositive that re-names the act before it (issue 16, meetings): "the ministers met in
Oslo on Tuesday, a meeting to which Sweden was not invited" is one meeting, in Oslo; the noun
"meeting" does not lead the event into its own clause's country (Quirk et al. 1985, 17.65;
``stories._renamed_dropped``). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.cameo import triggers
from dashboard.events.extract import EventExtractor
from dashboard.events.stories import _renamed_dropped
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 19)  # a Wednesday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _read(events: list[Event]) -> list[tuple[str | None, str | None, date]]:
    return [
        (
            e.event_code,
            e.location.place.name if e.location and e.location.place else None,
            e.when.start,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    ("body", "place", "day"),
    [
        (
            "MEXICO CITY — Mexicans watched warily as the American and Canadian leaders met in "
            "Alberta on Tuesday, a meeting to which Mexico was not invited.",
            "Alberta",
            18,
        ),
        (
            "Bolivians watched warily as the presidents of Peru and Chile met in Tarapacá on "
            "Monday, a meeting to which Bolivia was not invited.",
            "Tarapacá",
            17,
        ),
    ],
)
def test_a_meeting_re_named_by_an_appositive_is_placed_where_they_met(
    extract: Extract, body: str, place: str, day: int
) -> None:
    # before: the noun "meeting" led (040), placed in the country not invited; with the
    # meeting's other party read as its target (fix86b), a meeting in that party's own
    # province is the first party's visit (CAMEO 1.1b3 §042 make a visit; §044, meet at a
    # third location, is for a place that is neither party's)
    assert _read(extract(body)) == [("042", place, date(2025, 3, day))]


def test_an_appositive_of_another_root_stays_an_event() -> None:
    # near miss: "an attack" does not re-name the meeting, so it is kept as a trigger
    sent = "The ministers met in Oslo on Tuesday, an attack on Sweden, critics said."
    kept = [t.text for t in _renamed_dropped(sent, triggers(sent))]
    assert kept[:2] == ["met", "attack on"]


def test_a_noun_of_the_same_root_not_set_off_stays(extract: Extract) -> None:
    # near miss: "a day after the bombing" is no appositive of the meeting; the bombing is
    # another happening, with its own day and place
    found = _read(
        extract(
            "Students watched as the ministers met in Oslo on Tuesday, a day "
            "after the bombing of a market in Kabul."
        )
    )
    assert found == [("044", "Oslo", date(2025, 3, 18)), ("183", "Kabul", date(2025, 3, 17))]
