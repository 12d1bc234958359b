"""Two reading faults behind issue 16's split reports (hap57): force told in an "after"
clause with only "overnight" for its time was dropped, so a report leading with the reaction
("recalled its envoy after missiles hit a house overnight") had no act to join the strike's
other reports; and a quake "centred in" one place was placed where it was felt, so one report
put the quake in Kathmandu and its twins in Tibet. Every sentence here was written for these
tests."""

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
    return lambda body: extractor.extract(parse_article("date 2024-03-06\n\n" + body, path="t"))


def _force(events: list[Event]) -> list[Event]:
    return [e for e in events if (e.event_code or e.event_type.code)[:2] in ("18", "19", "20")]


def _place(e: Event) -> str:
    return e.location.place.name if e.location and e.location.place else ""


@pytest.mark.parametrize(
    "text",
    [
        "Iraq recalled its ambassador on Wednesday after Iranian missiles hit a villa near"
        " Erbil overnight, killing a merchant.",
        "The mayor declared a day of mourning after overnight strikes hit the port of Odesa.",
        "Jordan summoned the envoy after drones struck a warehouse in Aqaba overnight.",
    ],
)
def test_overnight_force_in_an_after_clause_is_a_happening_of_the_night(
    extract: Extract, text: str
) -> None:
    events = extract(text)
    (force,) = _force(events)
    assert len(events) == 2
    # the night that ended on the publication day, as a main clause's "overnight" is read
    assert force.date_start == force.date_end == date(2024, 3, 6)


def test_overnight_force_keeps_its_side_and_place(extract: Extract) -> None:
    text = (
        "Iraq recalled its ambassador after Iranian missiles struck a villa near Erbil overnight."
    )
    (force,) = _force(extract(text))
    assert force.roles.source == "Iran"
    assert _place(force) == "Erbil"


@pytest.mark.parametrize(
    "text",
    [
        # no time at all in the clause: the reaction's own story, as before
        "Police arrested two men after the looting of a warehouse, officials said.",
        # rain is no force, and a hazard with no day of its own stays the rescue's story
        "The governor closed schools after heavy rain fell overnight.",
        # force told before is not told twice when the reaction names it again
        "Russian drones struck Odesa overnight. The mayor declared mourning on Wednesday after"
        " the drones hit the port overnight.",
    ],
)
def test_no_second_act_from_an_overnight_clause(extract: Extract, text: str) -> None:
    assert len(_force(extract(text))) <= 1


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        (
            "People fled their homes in Nepal's capital as a strong earthquake centred in"
            " the Shigatse region of China shook the mountains on Tuesday.",
            "Shigatse",
        ),
        (
            "A powerful earthquake centred in western Tibet rattled Nepal's capital on Tuesday.",
            "Tibet",
        ),
    ],
)
def test_a_quake_is_placed_where_it_was_centred(extract: Extract, text: str, centre: str) -> None:
    (quake,) = [e for e in extract(text) if e.event_type.code == "DIS-QUAKE"]
    assert _place(quake) == centre


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # no centre named: where it shook, as before
        ("An earthquake shook Kathmandu on Tuesday, rattling homes.", "Kathmandu"),
        # "centred" of a protest is no hazard's epicentre: the rule reads hazards only
        ("Protests centred in Tehran spread to Isfahan on Tuesday.", "Tehran"),
    ],
)
def test_no_centre_or_no_hazard_keeps_its_place(extract: Extract, text: str, place: str) -> None:
    events = extract(text)
    assert events
    assert _place(events[0]) == place


def _bombings(events: list[Event]) -> list[Event]:
    return [e for e in events if (e.event_code or e.event_type.code).startswith("183")]


@pytest.mark.parametrize(
    "text",
    [
        "Two of the group's members set off explosive belts among pilgrims in Quetta on Tuesday.",
        "A man blew himself up at a police checkpoint in Quetta on Tuesday.",
    ],
)
def test_an_explosive_belt_or_a_man_who_blew_himself_up_is_a_bombing(
    extract: Extract, text: str
) -> None:
    (bombing,) = _bombings(extract(text))
    assert _place(bombing) == "Quetta"
    assert bombing.date_start == date(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "The smoke set off alarms in a hotel in Quetta on Tuesday.",
        "The pilgrims set off for Quetta on Tuesday.",
        "The ruling set off protests in Quetta on Tuesday.",
        # a belt of explosives found or worn is none set off
        "Police found an explosive belt in a car in Quetta on Tuesday.",
        "A man wearing an explosive belt was arrested in Quetta on Tuesday.",
    ],
)
def test_set_off_with_no_bomb_is_no_bombing(extract: Extract, text: str) -> None:
    assert not _bombings(extract(text))
