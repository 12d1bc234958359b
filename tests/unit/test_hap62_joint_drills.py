"""A joint exercise told as military cooperation (CAMEO 1.1b3 §062) by one outlet and as a
show of force (§150) by another is one drill (``data/lexicon/merged_as.csv``, row 062 -> 15);
a drill merged so is still told apart from a launch (``cues.show_kind``). Reports and
sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.happenings.merged_as import merged_as
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

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


def _article(slug: str, day: str, text: str, source: str) -> dict:
    host = source.lower().replace(" ", "")
    return {
        "title": slug,
        "date": day,
        "source": source,
        "url": f"https://{host}.example/{slug}",
        "text": text,
    }


DRILLS = [
    _article(
        "joint",
        "2025-08-19",
        "South Korean and US marines held a joint landing drill near Pohang on Tuesday.",
        "Han River Daily",
    ),
    _article(
        "exercise",
        "2025-08-19",
        "SEOUL — South Korean marines carried out an amphibious landing exercise near Pohang on "
        "Tuesday, the navy said.",
        "East Sea Post",
    ),
    # near misses: the same drill words two days later; joint patrols (no exercise) and a
    # missile test by one of the partners at the same place on the same day
    _article(
        "thursday",
        "2025-08-21",
        "South Korean and US marines held a joint landing drill near Pohang on Thursday.",
        "Han River Daily",
    ),
    _article(
        "patrols",
        "2025-08-19",
        "South Korean and US marines began joint patrols near Pohang on Tuesday.",
        "Coast Guard Weekly",
    ),
]
MISSILE = _article(
    "missile",
    "2025-08-19",
    "South Korea test-fired a Hyunmoo ballistic missile near Pohang on Tuesday, the military said.",
    "Defence Line",
)


def _ingest(store_url: str, geoparser: Geoparser, tmp_path: Path, articles: list[dict]) -> dict:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in articles), encoding="utf-8")
    pipe.ingest([path])
    return {r["url"].rsplit("/", 1)[1]: r for r in pipe.store.event_rows()}


def test_a_joint_drill_joins_the_show_of_force_told_of_it(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _ingest(store_url, geoparser, tmp_path, DRILLS)
    assert of["joint"]["happening_id"] == of["exercise"]["happening_id"]
    assert of["thursday"]["happening_id"] != of["exercise"]["happening_id"]
    assert of["patrols"]["happening_id"] != of["exercise"]["happening_id"]


def test_a_joint_drill_stays_apart_from_a_partners_launch_of_that_day(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _ingest(store_url, geoparser, tmp_path, [DRILLS[0], MISSILE])
    assert of["joint"]["happening_id"] != of["missile"]["happening_id"]
