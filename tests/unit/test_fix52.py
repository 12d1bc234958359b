"""Faults a new user met (fix52): Iraqi militias read as Lebanon's Hezbollah.

Sentences written for these tests; the near misses keep their reading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]
MONDAY, WEDNESDAY = date(2025, 3, 10), date(2025, 3, 12)


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {WEDNESDAY}\n\n{body}", path="t"))


def _code(e: Event) -> str:
    return e.event_code or ""


def _with(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if _code(e).startswith(root)]


def _place(e: Event) -> str | None:
    return e.location.place.name if e.location and e.location.place else None


def _country(e: Event) -> str | None:
    return e.location.place.country_code if e.location and e.location.place else None


# 1. an Iraqi militia whose name holds "Hezbollah" is its own actor, of Iraq


@pytest.mark.parametrize(
    "body",
    [
        "Kataib Hezbollah, the Iraqi militia, said on Monday it would stop attacking US troops.",
        "Kata'ib Hizballah threatened on Monday to attack American bases in Iraq.",
    ],
)
def test_kataib_hezbollah_is_an_iraqi_group(read: Read, body: str) -> None:
    (event,) = read(body)
    assert event.roles.source in {"Kataib Hezbollah", "Kata'ib Hizballah"}
    assert event.roles.source_country == "IQ"


def test_islamic_resistance_in_iraq_claims_for_iraq(read: Read) -> None:
    (event,) = read(
        "The Islamic Resistance in Iraq said it launched a drone at a US base in Syria on Monday."
    )
    assert (event.roles.source, event.roles.source_country) == ("Islamic Resistance in Iraq", "IQ")


def test_asaib_ahl_al_haq_is_iraqi(read: Read) -> None:
    events = read("Asaib Ahl al-Haq threatened on Monday to strike US forces.")
    assert [(e.roles.source, e.roles.source_country) for e in events] == [
        ("Asaib Ahl al-Haq", "IQ")
    ]


def test_near_miss_hezbollah_alone_stays_lebanese(read: Read) -> None:
    (event,) = read("Hezbollah threatened on Monday to strike northern Israel.")
    assert (event.roles.source, event.roles.source_country) == ("Hezbollah", "LB")


# 2. a military post, base or position captured is ground taken (§192); persons stay §173/§181


@pytest.mark.parametrize(
    "body",
    [
        "Rebels captured three border posts near Lashio on Monday.",
        "Insurgents overran an army outpost in Zamfara on Monday.",
        "The rebel alliance has seized a military camp in Shan State since Monday.",
    ],
)
def test_an_installation_captured_is_occupied(read: Read, body: str) -> None:
    assert [_code(e) for e in read(body)] == ["192"]


def test_near_miss_a_person_captured_in_a_village_is_an_arrest(read: Read) -> None:
    assert [
        _code(e) for e in read("Police captured the suspect in a village near Kano on Monday.")
    ] == ["173"]


def test_near_miss_soldiers_captured_at_a_base_are_people_taken(read: Read) -> None:
    codes = [_code(e) for e in read("Rebels captured two soldiers at a base near Goma on Monday.")]
    assert codes
    assert "192" not in codes


# 3. a removal from power by armed forces is a coup (§190), even told in their own report


@pytest.mark.parametrize(
    "body",
    [
        "Rebel officers said on state radio on Monday that they had removed Chad's "
        "President Idriss Ngarta from power.",
        "Mutineers announced on Monday that they had deposed the prime minister.",
        "Renegade soldiers said in a broadcast on Monday that they had seized power.",
    ],
)
def test_armed_forces_removing_a_leader_is_a_coup(read: Read, body: str) -> None:
    assert [_code(e) for e in read(body)] == ["190"]


@pytest.mark.parametrize(
    "body",
    [
        "Lawmakers removed the prime minister from power in a vote on Monday.",
        "Voters ousted the ruling party on Monday.",
        "The coalition seized power after winning the election on Monday.",
    ],
)
def test_near_miss_a_removal_without_armed_forces_is_no_coup(read: Read, body: str) -> None:
    assert "190" not in [_code(e) for e in read(body)]


# 4. a wildfire told as burning is happening (DIS-FIRE); figures of speech are not


@pytest.mark.parametrize(
    "body",
    [
        "Dozens of forest fires were still burning in Alberta on Monday.",
        "Ash from wildfires burning in Alberta fell on Calgary on Monday.",
        "Bushfires continued to burn in Tasmania on Monday.",
        "Wildfires forcing hundreds to evacuate spread through Alberta on Monday.",
    ],
)
def test_a_burning_wildfire_is_a_fire_event(read: Read, body: str) -> None:
    assert "DIS-FIRE" in [e.event_type.code for e in read(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Housing is a burning issue in Alberta, the premier said on Monday.",
        "Wildfire officials said on Monday that burning garden waste is banned in Alberta.",
        "Burning tyres blocked a road in Alberta on Monday.",
    ],
)
def test_near_miss_burning_without_a_wildfire(read: Read, body: str) -> None:
    assert "DIS-FIRE" not in [e.event_type.code for e in read(body)]


# 5. internet access cut by a government is a restriction it imposes (§172)


@pytest.mark.parametrize(
    "body",
    [
        "The authorities cut internet access across Oromia on Monday.",
        "The junta cut mobile internet in Sagaing on Monday.",
        "Officials switched off mobile data in Oromia on Monday.",
    ],
)
def test_internet_cut_is_a_restriction(read: Read, body: str) -> None:
    assert [_code(e) for e in read(body)] == ["172"]


@pytest.mark.parametrize(
    "body",
    [
        "The operator cut internet prices in Oromia on Monday.",
        "The ministry cut spending on internet cafes on Monday.",
    ],
)
def test_near_miss_a_cut_that_is_no_internet_shutdown(read: Read, body: str) -> None:
    assert "172" not in [_code(e) for e in read(body)]


def test_near_miss_a_cable_cut_stays_damage(read: Read) -> None:
    assert [_code(e) for e in read("An anchor cut an internet cable off Estonia on Monday.")] == [
        "171"
    ]
