"""A dateline "TOWN, State —" names the town in that state (AP Stylebook, "datelines"),
and the story's later bare name is that town (geo14, a fresh user): the state part was
unused, so "WASHINGTON, Iowa — … Washington" went to the US capital and "LONDON, Ontario —
… London" to England's. A bare capital dateline and a capital named as its government keep
their reading. Every text was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.places.geoparser import Geoparser


def _places(geoparser: Geoparser, text: str, name: str) -> list[tuple[str | None, float]]:
    a = geoparser.analyse(text, date(2025, 3, 4))
    return [
        (m.place.admin1, round(m.place.lon or 0.0))
        for m in a.mentions
        if m.place is not None and m.text.lower() == name.lower()
    ]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "WASHINGTON, Iowa — The council met on Monday. Residents said Washington needs "
            "a new water plant.",
            "Washington",
            "US-IA",
        ),
        (
            "PARIS, Texas — The council met on Monday. Residents said Paris needs a new "
            "water plant.",
            "Paris",
            "US-TX",
        ),
    ],
)
def test_the_dateline_town_is_the_later_bare_name(
    geoparser: Geoparser, text: str, name: str, admin1: str
) -> None:
    got = _places(geoparser, text, name)
    assert [a for a, _ in got] == [admin1, admin1]


def test_london_ontario_dateline_keeps_the_body_in_ontario(geoparser: Geoparser) -> None:
    text = "LONDON, Ontario — The council met on Monday. Residents of London want a new bridge."
    assert [lon for _, lon in _places(geoparser, text, "London")] == [-81, -81]


def test_near_miss_a_bare_capital_dateline_keeps_the_capital(geoparser: Geoparser) -> None:
    text = "WASHINGTON — The council met on Monday. Residents said Washington needs a new plant."
    assert [lon for _, lon in _places(geoparser, text, "Washington")] == [-77, -77]
