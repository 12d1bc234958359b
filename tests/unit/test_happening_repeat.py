"""An act told as done again is a new occurrence, not the day before's act told late (issue 16,
precision): the rule's one-day slack does not join it to an earlier day (``cues.repeat``,
``rules.date_part``). Reports written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.happenings.cues import repeat
from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import match
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

KHERSON = Spot("gn:706448", "Kherson", "city", 46.64, 32.61, "UA", "UA-65", 1)
TUESDAY = date(2023, 5, 9)


def shelled(n: int, on: int = 0, *, again: bool = False) -> Report:
    """Russian shelling of Kherson (CAMEO 19) told by article ``a{n}``, ``on`` days after Tuesday."""
    d = TUESDAY + timedelta(days=on)
    r = Report(f"e{n}", f"a{n}", "19", d, d, 1, KHERSON, countries=frozenset({"RU"}))
    return replace(r, repeat=again)


@pytest.mark.parametrize(
    ("text", "told_again"),
    [
        ("Russian forces shelled the town again", True),
        ("Pyongyang fired more missiles into the sea", True),
        ("Jets bombed the port for a second day", True),
        ("Another wave of drones hit the capital", True),
        ("The strike killed more than 40 people", False),  # near miss: a count
        ("A second suspect was arrested", False),  # near miss: not a time or a day
        ("Troops fired missiles at the base", False),
    ],
)
def test_repeat_reads_an_act_told_as_done_again(text: str, told_again: bool) -> None:
    assert repeat(text) is told_again


def test_an_act_told_again_the_next_day_is_not_the_day_before_s() -> None:
    assert match(shelled(1), shelled(2, 1, again=True)) is None


def test_two_reports_of_the_repeat_on_its_own_day_still_join() -> None:
    # near miss: both outlets tell Wednesday's shelling, one with "again"
    assert match(shelled(1, 1, again=True), shelled(2, 1)) is not None


def test_a_day_apart_without_again_keeps_the_slack() -> None:
    # near miss: "late on Tuesday" against "overnight" still joins
    assert match(shelled(1), shelled(2, 1)) is not None


SHELLING = [
    {
        "title": "Shelling in Kherson",
        "date": "2023-05-09",
        "source": "South Wire",
        "url": "https://southwire.example/kherson-1",
        "text": "Russian forces shelled Kherson on Tuesday, killing two people, the regional "
        "governor said.",
    },
    {
        "title": "Kherson shelled",
        "date": "2023-05-10",
        "source": "Dnipro Post",
        "url": "https://dniprop.example/kherson-2",
        "text": "Russian artillery shelled Kherson yesterday, killing two people, officials said.",
    },
    {
        "title": "Kherson hit again",
        "date": "2023-05-10",
        "source": "River Daily",
        "url": "https://riverdaily.example/kherson-3",
        "text": "Russian forces shelled Kherson again on Wednesday, wounding five people, the "
        "regional governor said.",
    },
]


def test_the_store_keeps_the_shelling_told_again_apart(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "shelling.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SHELLING), encoding="utf-8")
    pipe.ingest([path])
    of = {r["url"]: r["happening_id"] for r in pipe.store.event_rows()}
    tuesday, yesterday, again = (r["url"] for r in SHELLING)
    assert of[tuesday] == of[yesterday]
    assert of[again] != of[tuesday]
