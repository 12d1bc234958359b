"""Faults a fresh user (newuser50) found in reading disasters, sea incidents, conditions and
oppositions. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
HEAD = "date 2026-06-17\nDHAKA, Bangladesh — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Lan made landfall on Tuesday. The island of Kyushu was also hit.",
        "A powerful cyclone struck the coast on Monday. Several villages in Chittagong were"
        " badly battered by the storm.",
        "Floods swept through Sindh on Monday. Balochistan has also been hit.",
    ],
)
def test_a_place_hit_after_a_hazard_is_the_hazards_reach(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert all(c.startswith("DIS-") for c in codes)


def test_a_place_hit_by_a_named_force_after_a_hazard_is_still_an_attack(extract: Extract) -> None:
    codes = _codes(
        extract("A cyclone struck the coast on Monday. The town of Teknaf was also hit by rockets.")
    )
    assert any(c.startswith("19") for c in codes)


def test_an_act_awaited_in_an_until_clause_has_not_happened(extract: Extract) -> None:
    events = extract("Chile said it would not return its ambassador until Peru apologized.")
    awaited = [e for e in events if e.event_code == "055"]
    assert awaited
    assert all("hypothetical" in e.flags for e in awaited)


def test_an_until_clause_after_a_told_act_is_still_told(extract: Extract) -> None:
    events = extract("The talks went on until Peru apologized on Friday.")
    assert all("hypothetical" not in e.flags for e in events)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("A Chinese coast guard ship shadowed a Vietnamese fishing boat on Monday.", "CN", "VN"),
        (
            "Russian warships tailed a Norwegian patrol vessel in the Barents Sea on Monday.",
            "RU",
            "NO",
        ),
    ],
)
def test_shadowing_a_vessel_is_force_shown_by_the_shadower(
    extract: Extract, sentence: str, source: str, target: str
) -> None:
    (event,) = extract(sentence)
    assert event.event_code == "150"
    assert (event.roles.source_country, event.roles.target_country) == (source, target)


def test_a_patrol_boat_is_a_vessel_not_a_patrol(extract: Extract) -> None:
    assert extract("A Malaysian patrol boat docked at Sandakan on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Indian and Chinese troops exchanged heavy fire along the border on Monday.",
        "Armenian and Azerbaijani soldiers traded sporadic gunfire near Sotk on Monday.",
    ],
)
def test_fire_exchanged_with_an_adjective_is_a_small_arms_fight(
    extract: Extract, sentence: str
) -> None:
    assert _codes(extract(sentence)) == ["193"]


def test_a_wildfire_that_broke_out_is_a_wildfire(extract: Extract) -> None:
    assert _codes(extract("A wildfire broke out near Sylhet on Monday.")) == ["DIS-FIRE"]


def test_a_second_verb_group_with_its_own_operator_is_no_gapped_date(extract: Extract) -> None:
    events = extract(
        "The junta has detained the former president since 2023 and will hold a vote in March."
    )
    assert [e.event_code for e in events] == ["173"]
    assert "planned" not in events[0].flags


def test_a_gapped_object_still_gets_its_own_date(extract: Extract) -> None:
    events = extract("Rebels seized Goma in January and Bukavu in March.")
    assert [e.event_code for e in events] == ["192", "192"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Belarus's opposition rejected the election results on Monday.", "Belarus's opposition"),
        (
            "Bangladeshi opposition parties boycotted the vote on Monday.",
            "Bangladeshi opposition parties",
        ),
    ],
)
def test_a_countrys_opposition_is_not_its_state(
    extract: Extract, sentence: str, source: str
) -> None:
    (event,) = extract(sentence)
    assert event.roles.source == source
    assert event.roles.source_country in ("BY", "BD")


def test_an_opposition_leader_named_is_a_person_not_a_group(extract: Extract) -> None:
    (event,) = extract("Police detained Belarusian opposition leader Pavel Sevyarynets on Monday.")
    assert "Pavel Sevyarynets" in event.actors
    assert not [a for a in event.actors if "opposition" in a]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The Economic Community of West African States suspended Guinea on Monday.",
            "Economic Community of West African States",
        ),
        (
            "The Association of Southeast Asian Nations urged Myanmar's generals to free"
            " prisoners on Monday.",
            "Association of Southeast Asian Nations",
        ),
    ],
)
def test_a_regional_body_named_in_full_is_the_actor(
    extract: Extract, sentence: str, source: str
) -> None:
    events = extract(sentence)
    assert events
    assert events[0].roles.source == source
