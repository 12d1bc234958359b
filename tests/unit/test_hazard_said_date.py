"""A disaster told only by the day officials gave its count (issue 16, recall): "the flood
killed 40 people, officials said on Thursday" dates the saying, and the flood came on or
before it (``hazard_said.said_bound``). Sentences written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

Extract = Callable[[str], list[Event]]
PUB = date(2025, 3, 16)  # a Sunday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _span(ev: Event) -> tuple[date, date, int]:
    return ev.when.start, ev.when.end, ev.when.precision


@pytest.mark.parametrize(
    "sentence",
    [
        "The earthquake killed 90 people in Van province, the interior ministry said on Sunday.",
        "The floods in Sindh killed 40 people, provincial officials said on Sunday.",
    ],
)
def test_a_hazard_dated_only_by_its_saying_came_on_or_before_that_day(
    extract: Extract, sentence: str
) -> None:
    events = extract(sentence)
    assert [e.event_type.code[:4] for e in events] == ["DIS-"]
    assert _span(events[0]) == (date(2025, 3, 10), date(2025, 3, 16), 2)


def test_a_hazard_with_its_own_day_keeps_it_beside_the_saying(extract: Extract) -> None:
    events = extract("An earthquake struck Van province on Friday, officials said on Sunday.")
    assert [_span(e) for e in events] == [(date(2025, 3, 14), date(2025, 3, 14), 1)]


def test_a_saying_dated_vaguer_than_a_day_keeps_its_range(extract: Extract) -> None:
    events = extract("The earthquake killed 90 people in Van province, officials said in 2021.")
    assert [_span(e) for e in events] == [(date(2021, 1, 1), date(2021, 12, 31), 4)]


def test_an_attack_dated_by_its_saying_keeps_the_saying_s_day(extract: Extract) -> None:
    events = extract("Rebels attacked an army post in Van province, the army said on Sunday.")
    assert events
    assert _span(events[0]) == (PUB, PUB, 1)


QUAKE = [
    {
        "title": "Quake hits Van",
        "date": "2025-03-14",
        "source": "Lake Post",
        "url": "https://lake.example/quake",
        "text": "A magnitude 6.1 earthquake struck Van province in eastern Turkey on Friday, "
        "destroying hundreds of houses.",
    },
    {
        "title": "Van quake dead",
        "date": "2025-03-16",
        "source": "Plateau News",
        "url": "https://plateau.example/toll",
        "text": "The earthquake killed 90 people in Van province, the interior ministry said on "
        "Sunday.",
    },
    {
        "title": "New quake in Van",
        "date": "2025-03-18",
        "source": "Plateau News",
        "url": "https://plateau.example/new",
        "text": "A magnitude 5.9 earthquake struck Van province in eastern Turkey on Tuesday, "
        "damaging schools.",
    },
]


def test_a_quake_and_its_count_said_two_days_later_are_one_happening_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    path = tmp_path / "quake.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in QUAKE), encoding="utf-8")
    pipe = Pipeline(Store(store_url), geoparser)
    pipe.ingest([path])
    of = {r["url"]: r["happening_id"] for r in pipe.store.event_rows()}
    assert of[QUAKE[1]["url"]] == of[QUAKE[0]["url"]]
    # a quake on its own day four days later is another happening (near miss)
    assert of[QUAKE[2]["url"]] != of[QUAKE[0]["url"]]
