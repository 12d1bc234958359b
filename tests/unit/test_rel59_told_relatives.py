"""A done act of force or seizure told only in a restrictive relative clause with a day of its
own, beside a verbal main act (rel59, ``told_relatives``): it is a happening of its own, so a
report that tells it so can meet a report that tells it in a main clause (issue 16). Every
sentence here was written for these tests; published on Thursday 2025-06-12."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article("date 2025-06-12\n\n" + body, path="t"))


def _codes(events: list[Event]) -> list[str]:
    return sorted(e.event_code or "" for e in events)


def _one(events: list[Event], code: str) -> Event:
    (e,) = [e for e in events if e.event_code == code]
    return e


def test_a_ship_seized_in_an_object_relative_clause_is_a_seizure_of_its_day(
    extract: Extract,
) -> None:
    events = extract(
        "Britain demanded the release of the tanker that Iranian forces seized in the Strait"
        " of Hormuz yesterday."
    )
    seizure = _one(events, "171")
    assert seizure.date_start == seizure.date_end == date(2025, 6, 11)
    assert seizure.roles.source == "Iran"
    assert seizure.location is not None
    assert seizure.location.place is not None
    assert seizure.location.place.name == "Strait of Hormuz"
    demand = _one(events, "1053")
    # the seizure's place is not the demand's
    assert (
        demand.location is None
        or demand.location.place is None
        or (demand.location.place.name != "Strait of Hormuz")
    )


def test_a_killing_in_a_subject_relative_clause_beside_an_accusation(extract: Extract) -> None:
    events = extract(
        "India accused Pakistan of backing the gunmen who shot dead four pilgrims near Reasi"
        " on Sunday."
    )
    killing = _one(events, "180")
    assert killing.date_start == killing.date_end == date(2025, 6, 8)
    assert "112" in _codes(events)


def test_an_arrest_in_an_object_relative_clause_beside_an_appeal(extract: Extract) -> None:
    events = extract(
        "France called for the release of the journalist whom Malian troops arrested in Gao"
        " on Monday."
    )
    arrest = _one(events, "173")
    assert arrest.date_start == date(2025, 6, 9)
    assert arrest.roles.source == "Mali"
    # the appeal is not dated by the arrest's Monday
    appeal = [e for e in events if e.event_code != "173"]
    assert appeal
    assert all(e.date_start != e.date_end or e.date_start != date(2025, 6, 9) for e in appeal)


@pytest.mark.parametrize(
    "text",
    [
        # no day of its own: the clause describes its noun
        "The minister condemned the group that attacked the base.",
        "Britain demanded the release of the tanker that Iranian forces seized.",
        # a complement clause, not a relative one: the seized tanker is the verb's object
        "The minister said that Iranian forces seized the tanker yesterday.",
        # a material main act: the day may be the arrest's
        "Police arrested the men who attacked the post on Monday.",
        # not an act of force or seizure
        "Britain demanded the release of the crew that sailed the tanker on Monday.",
    ],
)
def test_near_misses_read_as_before(extract: Extract, text: str) -> None:
    # one event: the main act alone, no second happening from the clause
    assert len(extract(text)) <= 1
