"""Weapons read by what they did (hap55, issue 16's reading faults): shells fired at a target
are artillery fire (§194) and at open water a test (§150); weapons fired from a launcher with
no target named are a launch (§150); a missile that fell a distance off a coast fell at sea
(§150); bombers in a drill are aircraft, not a bombing (§183); tear gas and star shells are no
artillery. Every sentence here was written for these tests."""

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
    return lambda body: extractor.extract(parse_article("date 2025-09-17\n\n" + body, path="t"))


def _codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fired shells at the market town on Tuesday.",
        "Tank crews fired shells toward the border post on Tuesday.",
    ],
)
def test_shells_fired_at_a_target_are_artillery_fire(extract: Extract, text: str) -> None:
    assert _codes(extract(text))[0] == "194"


def test_shells_fired_at_targets_in_the_sea_are_a_test(extract: Extract) -> None:
    assert _codes(extract("The navy fired four shells at targets in the sea on Tuesday."))[
        0
    ].startswith("15")


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas shells at the marchers on Tuesday.",
        "The coast guard fired star shells toward the harbour on Tuesday.",
    ],
)
def test_tear_gas_and_star_shells_are_no_artillery(extract: Extract, text: str) -> None:
    assert "194" not in _codes(extract(text))


def test_shells_fired_from_a_long_named_launcher_are_a_launch(extract: Extract) -> None:
    # the launcher's name puts it past one gap from the verb; the joined warning stays a
    # second act, not the only one
    events = extract(
        "The army said it fired three shells from a 300mm multiple rocket launcher on Tuesday "
        "at targets in the sea, and General Park warned that more would follow."
    )
    assert any(c.startswith("15") for c in _codes(events))


def test_a_missile_that_fell_a_distance_off_a_coast_was_a_launch(extract: Extract) -> None:
    events = extract("A missile fell about 150 kilometres off Sakhalin on Tuesday, Japan said.")
    assert [c[:2] for c in _codes(events)] == ["15"]


def test_a_rocket_that_landed_off_a_road_is_no_launch_at_sea(extract: Extract) -> None:
    assert not [
        c for c in _codes(extract("A rocket landed just off a road on Tuesday.")) if c[:2] == "15"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL — American bombers held a drill over the peninsula on Tuesday.",
        "TOKYO — Japanese fighters held an exercise with two American bombers on Tuesday.",
    ],
)
def test_bombers_in_a_drill_are_no_bombing(extract: Extract, text: str) -> None:
    codes = _codes(extract(text))
    assert codes
    assert not [c for c in codes if c.startswith("18")]


def test_a_bomber_who_killed_at_a_market_still_bombs(extract: Extract) -> None:
    events = extract("A bomber killed six people at a market in Kano on Tuesday.")
    assert any(c.startswith("18") for c in _codes(events))
