"""Where an act is placed when its sentence also names a place of something else: a craft's
destination, a clause after a semicolon, a relative clause on the subject, the topic of an
appeal, the seat of an international body, the city a hosted meeting is held in. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date 2024-06-04\n\n{body}", path="t"))


def _place(events: list[Event]) -> str | None:
    ev = events[0]
    return ev.location.place.name if ev.location and ev.location.place else None


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a participle on the craft's noun tells where it was going
        (
            "A passenger jet flying to Madrid struck a fuel truck at Lisbon airport on Sunday.",
            "Lisbon",
        ),
        ("Gunmen attacked a bus travelling from Kano to Abuja near Kaduna on Monday.", "Kaduna"),
        # a trip the craft was due to make, told at length
        (
            "A supply plane, due to carry spare parts to Bergen, crashed at Stavanger airport.",
            "Stavanger",
        ),
        # a town in the possessive before a named site in it
        ("A cargo plane bound for Lagos crashed at Accra's Kotoka airport on Tuesday.", "Accra"),
        # a clause after a semicolon is a sentence of its own
        (
            "Two trains collided outside Milan on Monday; one of them was travelling to Venice.",
            "Milan",
        ),
    ],
)
def test_a_destination_is_not_where_it_happened(extract, body: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert _place(extract(body)) == place


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (
            "The Spanish prime minister, who will travel to Rome next week, condemned the attack.",
            "Rome",
        ),
        (
            "Sudan's army chief, who flew to Cairo last week, rejected the ceasefire proposal.",
            "Cairo",
        ),
    ],
)
def test_a_relative_aside_on_the_subject_gives_no_place(extract, body: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert _place(extract(body)) != wrong


def test_a_meeting_at_an_international_body_is_at_its_seat(extract) -> None:  # type: ignore[no-untyped-def]
    ev = extract(
        "LIMA, June 4 (Wire) - Chile and Argentina will meet at the UN Security Council "
        "next week to discuss the border dispute, an envoy said."
    )
    assert _place(ev) == "New York City"


@pytest.mark.parametrize(
    "body",
    [
        "LIMA, June 4 (Wire) - Chile and Argentina will meet next week to discuss the border "
        "dispute, an envoy said.",
        "SEOUL, June 4 (Wire) - Japan, South Korea and Australia will meet next month to "
        "discuss new export rules, a diplomat said.",
    ],
)
def test_a_meeting_ahead_with_no_venue_takes_no_place(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _place(extract(body)) is None


@pytest.mark.parametrize(
    "body",
    [
        "The Pope received the Chilean president on Monday and appealed for peace in Haiti.",
        "The envoy met the Sudanese army chief on Monday and urged an end to the fighting in "
        "Darfur.",
        "Lukashenko met Xi on Monday and called for talks on the war in Ukraine.",
    ],
)
def test_what_an_appeal_asks_for_is_no_place(extract, body: str) -> None:  # type: ignore[no-untyped-def]
    assert all(
        not ev.location
        or not ev.location.place
        or ev.location.place.name not in ("Haiti", "Darfur", "Ukraine")
        for ev in extract(body)
    )


def test_a_meeting_beside_a_summit_is_in_its_city(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "KAZAN, June 4 (Wire) - Leaders of 20 states gathered for a summit in Kazan on "
        "Monday. The Indian prime minister met the Chinese president on Tuesday."
    )
    met = [ev for ev in events if "met" in ev.summary]
    assert met
    assert _place(met) == "Kazan"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Kenya will host the next summit in July in Mombasa.", "Mombasa"),
        ("Argentina will host the next round of talks in 2026 in Córdoba.", "Córdoba"),
    ],
)
def test_a_place_told_right_after_the_date_is_the_acts(extract, body: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert _place(extract(body)) == place


def test_a_raid_reported_by_local_police_is_in_their_area(extract) -> None:  # type: ignore[no-untyped-def]
    ev = extract(
        "ABUJA, June 4 (Wire) - Armed men stormed a market overnight and shot dead nine "
        "traders, police in Katsina state said."
    )
    assert _place(ev) == "Katsina"
