"""A joint exercise told as military cooperation (CAMEO 1.1b3 §062) by one outlet and as a
show of force (§150) by another is one drill (``data/lexicon/merged_as.csv``, row 062 -> 15);
a drill merged so is still told apart from a launch (``cues.show_kind``). Reports and
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.places.geoparser import Geoparser
from tests.unit.happening_reports import article, ingest

KR_US = frozenset({"KR", "US"})


@pytest.mark.parametrize(
    ("code", "text", "merged"),
    [
        ("062", "South Korean and US marines held a joint landing drill near Pohang", "15"),
        ("062", "The two navies staged combined exercises in the Yellow Sea", "15"),
        ("062", "Japanese and Philippine troops began joint manoeuvres on Luzon", "15"),
        # near misses: cooperation with no exercise named; another code of root 06
        ("062", "South Korean and US marines began joint patrols near Pohang", None),
        ("062", "The two armies agreed on an intelligence-sharing deal", None),
        ("061", "The two firms began joint drilling for gas off the coast", None),
    ],
)
def test_a_joint_exercise_is_merged_as_a_show_of_force(
    code: str, text: str, merged: str | None
) -> None:
    assert merged_as(code, [text], KR_US) == merged


DRILLS = [
    article(
        "joint",
        "2025-08-19",
        "South Korean and US marines held a joint landing drill near Pohang on Tuesday.",
        "Han River Daily",
    ),
    article(
        "exercise",
        "2025-08-19",
        "SEOUL — South Korean marines carried out an amphibious landing exercise near Pohang on "
        "Tuesday, the navy said.",
        "East Sea Post",
    ),
    # near misses: the same drill words two days later; joint patrols (no exercise) and a
    # missile test by one of the partners at the same place on the same day
    article(
        "thursday",
        "2025-08-21",
        "South Korean and US marines held a joint landing drill near Pohang on Thursday.",
        "Han River Daily",
    ),
    article(
        "patrols",
        "2025-08-19",
        "South Korean and US marines began joint patrols near Pohang on Tuesday.",
        "Coast Guard Weekly",
    ),
]
MISSILE = article(
    "missile",
    "2025-08-19",
    "South Korea test-fired a Hyunmoo ballistic missile near Pohang on Tuesday, the military said.",
    "Defence Line",
)


def test_a_joint_drill_joins_the_show_of_force_told_of_it(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, DRILLS)
    assert of["joint"]["happening_id"] == of["exercise"]["happening_id"]
    assert of["thursday"]["happening_id"] != of["exercise"]["happening_id"]
    assert of["patrols"]["happening_id"] != of["exercise"]["happening_id"]


def test_a_joint_drill_stays_apart_from_a_partners_launch_of_that_day(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = ingest(store_url, geoparser, tmp_path, [DRILLS[0], MISSILE])
    assert of["joint"]["happening_id"] != of["missile"]["happening_id"]
