"""Session 92, fix132: a protest told in the passive as "called" ("the rally was called to
denounce the budget", "the roadblocks were called by truckers") is the protest itself (§141
demonstrate, §144 obstruct passage), not a §191 armed blockade nor a §123 rejection read from
its stated aim (cameo.csv rows "... * be call"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


@pytest.mark.parametrize(
    "body",
    [
        "The blockades were called by truckers' associations on Tuesday.",
        "The blockades were called by fishermen's cooperatives in protest at the quotas.",
    ],
)
def test_blockades_called_by_protesters_are_obstruction(extract: Extract, body: str) -> None:
    events = extract(body)
    assert real(events, "144"), [code(e) for e in events]
    assert not rooted(events, "19"), [code(e) for e in events]


def test_rally_called_for_an_aim_is_the_rally_placed_and_dated(extract: Extract) -> None:
    body = "A rally in Accra on Monday was called to denounce the new water tariffs."
    events = extract(body)
    rallies = real(events, "141")
    assert rallies, [code(e) for e in events]
    assert where(rallies[0])[0] == "Accra"
    assert rallies[0].date_start.isoformat() == "2026-06-15"
    assert not rooted(events, "12"), [code(e) for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "The navy imposed a blockade on the port in May.",
        "The army has laid siege to the town since April.",
    ],
)
def test_armed_blockade_stays_military(extract: Extract, body: str) -> None:
    assert real(extract(body), "191"), [code(e) for e in extract(body)]


def test_rally_called_off_is_not_a_protest(extract: Extract) -> None:
    events = extract("The rally was called off after organisers received threats.")
    assert not real(events, "141"), [code(e) for e in events]
