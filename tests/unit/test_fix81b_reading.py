"""Confident wrong or missing cards a fresh multi-outlet user found (session 81, fix81b):
"said it struck a Houthi target" read as no act because a single "target" was read as a goal
met. Sentences written for these tests; each rule has near misses that must not change. See
docs/history/reading.md, session 81."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# 1. A target named by a side ("a Hezbollah target") or placed in an area ("in the area of
#    Nabatieh") is a site struck (WordNet 3.0 target n. 3; CAMEO 1.1b3 §19)


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army said on Wednesday it struck a Hezbollah military target.",
        "The US military said it struck a Houthi target on Tuesday.",
        "The Russian army said it hit a Ukrainian military target.",
        "The Turkish army said it struck an Iranian target.",
        "Israel struck a target in the area of Khan Younis on Monday.",
    ],
)
def test_a_target_named_by_a_side_or_area_is_force(extract: Extract, text: str) -> None:
    assert rooted(extract(text), "19")


def test_a_target_in_an_area_is_placed_there(extract: Extract) -> None:
    ev = rooted(
        extract("The Israeli army said it struck a military target in the area of Nabatieh."),
        "19",
    )
    assert ev
    assert where(ev[0])[1] == "LB"


@pytest.mark.parametrize(
    "text",
    [
        "The central bank said it hit its inflation target in May.",
        "The firm said it hit a sales target in Germany.",
        "The army said it hit a target in March.",
        "The archer said she hit a target in the area of the stadium.",
        "Germany said it hit an EU target for renewables.",
    ],
)
def test_a_goal_met_stays_no_force(extract: Extract, text: str) -> None:
    assert not rooted(extract(text), "18", "19")
