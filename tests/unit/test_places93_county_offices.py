"""places93: a county named before one of its offices or services is named, a hyphened
title read by its parts ("the Boyd County Judge-Executive"); a county's name opening a
firm's or a band's name stays hidden. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def _names(geoparser: Geoparser, text: str) -> list[str]:
    return [m.text for m in geoparser.parse(text) if m.place is not None]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("The Boyd County Judge-Executive signed the burn ban on Monday.", "Boyd County"),
        (
            "Workers at the Scott County Administration Building were sent home on Friday.",
            "Scott County",
        ),
        ("Tips went to Hays County Crime Stoppers after the robbery.", "Hays County"),
        ("Tips went to Hays County Crimestoppers after the robbery.", "Hays County"),
        (
            "Members of the Pike County Drug Task Force searched the house on Tuesday.",
            "Pike County",
        ),
        (
            "Volunteers of the Perry County Rescue Squad pulled two men from the river.",
            "Perry County",
        ),
    ],
)
def test_a_county_before_its_office_is_named(geoparser: Geoparser, text: str, county: str) -> None:
    assert county in _names(geoparser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marion County Farms recalled its eggs on Tuesday.",
        "The Lee County Orchestra played on Sunday.",
    ],
)
def test_a_county_opening_a_firms_name_stays_hidden(geoparser: Geoparser, text: str) -> None:
    assert _names(geoparser, text) == []
