"""Missiles that came down in a state's own waters are no show of force by that state: the
owner of "its exclusive economic zone" is acted upon, and the firer stays unnamed."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import make_extract


def _shows(geoparser: Geoparser, body: str) -> list[tuple[str | None, str | None]]:
    events = make_extract(geoparser)(body)
    return [(e.roles.source, e.roles.target) for e in events if e.event_code == "150"]


def test_rockets_in_a_reporter_s_own_zone_are_not_its_launch(geoparser: Geoparser) -> None:
    body = "Vietnam said two of the rockets landed inside its exclusive economic zone on Monday."
    shows = _shows(geoparser, body)
    assert shows
    assert all(src != "Vietnam" for src, _ in shows)


def test_a_launch_into_the_sea_keeps_its_firer(geoparser: Geoparser) -> None:
    body = "North Korea fired two missiles that fell into the sea off its east coast on Monday."
    assert [src for src, _ in _shows(geoparser, body)] == ["North Korea"]


def test_a_state_s_own_missiles_in_open_water_keep_it_as_source(geoparser: Geoparser) -> None:
    body = "Iran said its missiles landed in the Gulf during a naval drill on Monday."
    assert [src for src, _ in _shows(geoparser, body)] == ["Iran"]
