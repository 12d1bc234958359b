"""Acts that gave no card or the wrong code (cameo51b): a coup told by "ousted" or
"overthrew" (§190), an undersea cable cut or damaged in the passive (§171), plain ships a
state sends toward another (§154, civilian ships left out), captives rescued "from" their
captors "by" the army (§190 against the captors), and cyber operations (§171, placed where
the systems struck are; PLOVER's "cyber" context, ``cyber_acts``).

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
WEDNESDAY = date(2025, 3, 12)


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {WEDNESDAY}\n{body}", path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or "" for e in events]


def _country(e: Event) -> str | None:
    return e.location.place.country_code if e.location and e.location.place else None


# 1. a coup told by its verb of removal


@pytest.mark.parametrize(
    "sentence",
    [
        "BAMAKO — Mutinous soldiers ousted the prime minister in a coup on Tuesday.",
        "CONAKRY — The presidential guard overthrew President Conde on Tuesday.",
        "OUAGADOUGOU — The interim leader was deposed in a coup on Tuesday.",
        "OUAGADOUGOU — The president was toppled by army officers on Tuesday.",
    ],
)
def test_a_leader_removed_by_armed_forces_is_a_coup(read: Read, sentence: str) -> None:
    assert "190" in _codes(read(sentence))


def test_a_leader_voted_out_is_no_coup(read: Read) -> None:
    events = read("ROME — Lawmakers ousted the prime minister in a confidence vote on Tuesday.")
    assert not any(c.startswith("19") for c in _codes(events))


# 2. a cable cut, or damaged in the passive with its place between


def test_a_cable_cut_by_a_ship_is_property_damaged(read: Read) -> None:
    events = read("OSLO — A Russian trawler cut a subsea cable off Svalbard on Tuesday.")
    assert [(e.event_code, e.roles.source) for e in events] == [("171", "Russia")]


def test_a_cable_damaged_in_the_passive_keeps_its_doer(read: Read) -> None:
    events = read(
        "TALLINN — Two data cables off the Estonian coast were cut by a Russian tanker on Tuesday."
    )
    assert [(e.event_code, e.roles.source) for e in events] == [("171", "Russia")]


def test_gas_cut_through_a_pipeline_is_no_damage(read: Read) -> None:
    events = read("KYIV — Russia cut gas flows through the pipeline to Europe on Tuesday.")
    assert "171" not in _codes(events)


# 3. plain ships a state sends toward another


def test_ships_a_state_sends_toward_another_are_a_force(read: Read) -> None:
    events = read("MANILA — China sent 30 ships toward the Philippines on Tuesday.")
    assert [(e.event_code, e.roles.source) for e in events] == [("154", "China")]


@pytest.mark.parametrize(
    "sentence",
    [
        "ATHENS — Turkey sent cargo ships toward Greece on Tuesday.",
        "NICOSIA — Cyprus dispatched aid ships toward Gaza on Tuesday.",
        "NICOSIA — Activists sent ships toward Gaza on Tuesday.",
    ],
)
def test_civilian_ships_or_no_state_sender_are_no_force(read: Read, sentence: str) -> None:
    assert "154" not in _codes(read(sentence))


# 4. captives rescued "from" their captors "by" the army


def test_captives_rescued_from_captors_by_the_army_are_force(read: Read) -> None:
    events = read("MOGADISHU — Ten hostages were rescued from al-Shabaab by the army on Tuesday.")
    assert [(e.event_code, e.roles.target) for e in events] == [("190", "al-Shabaab")]


def test_captives_rescued_from_unnamed_captors_by_troops_are_force(read: Read) -> None:
    events = read("KADUNA — Six hostages were rescued from their kidnappers by troops on Tuesday.")
    assert _codes(events) == ["190"]


def test_survivors_rescued_from_the_sea_by_the_navy_stay_aid(read: Read) -> None:
    events = read("ATHENS — Survivors were rescued from the sea by the navy on Tuesday.")
    assert "190" not in _codes(events)


# 5. cyber operations: §171, where the systems struck are


def test_hackers_attacking_websites_is_a_cyber_act_in_the_struck_country(read: Read) -> None:
    events = read(
        "RIGA, Latvia — Russian hackers attacked the websites of Latvian banks on Tuesday."
    )
    assert [(e.event_code, e.roles.source, _country(e)) for e in events] == [
        ("171", "Russia", "LV")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "LONDON — Hackers broke into the computer network of a British hospital on Tuesday.",
        "WARSAW — Russia launched a cyberattack on Polish railways on Tuesday.",
        "WARSAW — The websites of Polish ministries were attacked by hackers on Tuesday.",
    ],
)
def test_a_cyber_operation_is_property_damaged(read: Read, sentence: str) -> None:
    assert _codes(read(sentence)) == ["171"]


def test_servers_hacked_are_no_assault(read: Read) -> None:
    events = read("WARSAW — Russia hacked the email servers of the Polish government on Tuesday.")
    assert [(e.event_code, _country(e)) for e in events] == [("171", "PL")]


def test_a_cyberattack_blamed_stays_an_accusation(read: Read) -> None:
    events = read("WARSAW — Poland blamed a cyberattack on Russia on Tuesday.")
    assert _codes(events) == ["112"]
