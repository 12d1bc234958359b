"""A disaster named by what it left (issue 16, recall): "survivors of the earthquake slept
outdoors on Sunday" tells the quake again, on or before that day; the sentence's aid is read
beside it, and any other act its survivors did is theirs alone. Sentences written for these
tests (``hazards.csv`` rows "survivors, victims or aftermath"; ``stories._AFTERMATH_OF``)."""

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
WEEK = (date(2025, 3, 10), date(2025, 3, 16), 2)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _kinds(events: list[Event]) -> list[str]:
    return [
        e.event_type.code if e.event_type.code.startswith("DIS-") else e.event_code or ""
        for e in events
    ]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Survivors of the earthquake slept in the streets of Van on Sunday.", "DIS-QUAKE"),
        ("Victims of the floods were laid to rest in Sukkur on Sunday.", "DIS-FLOOD"),
        (
            "In the aftermath of the cyclone, fishermen in Chittagong counted lost boats on "
            "Sunday.",
            "DIS-STORM",
        ),
    ],
)
def test_a_hazard_named_by_its_survivors_came_on_or_before_the_sentence_s_day(
    extract: Extract, sentence: str, code: str
) -> None:
    events = extract(sentence)
    assert _kinds(events) == [code]
    assert (events[0].when.start, events[0].when.end, events[0].when.precision) == WEEK


def test_aid_sent_to_its_survivors_is_read_beside_the_hazard(extract: Extract) -> None:
    events = extract(
        "Survivors of the earthquake slept in the streets of Van on Sunday as rescue teams "
        "from Azerbaijan arrived in Turkey."
    )
    assert sorted(k[:2] for k in _kinds(events)) == ["07", "DI"]
    aid = next(e for e in events if not e.event_type.code.startswith("DIS-"))
    assert (aid.when.start, aid.when.precision) == (PUB, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # what the survivors did is the happening, not the quake (near miss)
        "Survivors of the earthquake protested in Van on Sunday over slow rebuilding.",
        # a standing state with no day of its own may be told long after
        "Survivors of the earthquake still live in tents in Van.",
    ],
)
def test_survivors_doing_something_else_or_undated_name_no_hazard(
    extract: Extract, sentence: str
) -> None:
    assert not [e for e in extract(sentence) if e.event_type.code.startswith("DIS-")]


def test_survivors_of_a_dated_hazard_keep_its_year(extract: Extract) -> None:
    events = extract("Survivors of the 2011 earthquake gathered in Van on Sunday.")
    quakes = [e for e in events if e.event_type.code == "DIS-QUAKE"]
    assert all(e.when.start.year == 2011 for e in quakes)


def test_survivors_told_after_the_quake_join_it_without_a_conflict(extract: Extract) -> None:
    events = extract(
        "An earthquake struck Van province on Friday. Survivors of the earthquake slept in "
        "the streets on Sunday."
    )
    assert len(events) == 1
    assert events[0].when.start == date(2025, 3, 14)
    assert "date_conflict" not in events[0].flags


QUAKE = [
    {
        "title": "Quake hits Van",
        "date": "2025-03-15",
        "source": "Lake Post",
        "url": "https://lake.example/quake",
        "text": "A magnitude 6.1 earthquake struck Van province in eastern Turkey on Friday, "
        "destroying hundreds of houses.",
    },
    {
        "title": "A second night outside",
        "date": "2025-03-16",
        "source": "Plateau News",
        "url": "https://plateau.example/night",
        "text": "Survivors of the earthquake slept in the streets of Van for a second night on "
        "Sunday as rescue teams from Azerbaijan arrived in Turkey.",
    },
    {
        "title": "Quake in Erzurum",
        "date": "2025-03-16",
        "source": "Plateau News",
        "url": "https://plateau.example/erzurum",
        "text": "A magnitude 5.2 earthquake struck Erzurum in eastern Turkey on Sunday, "
        "cracking walls.",
    },
]


def _happenings(
    store_url: str, geoparser: Geoparser, path: Path, rows: list[dict[str, str]]
) -> dict[str, str]:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pipe = Pipeline(Store(store_url), geoparser)
    pipe.ingest([path])
    return {
        r["url"]: r["happening_id"]
        for r in pipe.store.event_rows()
        if r["event_code"] == "DIS-QUAKE"
    }


def test_survivors_two_days_later_join_the_quake_in_the_store(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    of = _happenings(store_url, geoparser, tmp_path / "q.jsonl", QUAKE[:2])
    assert of[QUAKE[1]["url"]] == of[QUAKE[0]["url"]]


def test_survivors_of_either_of_two_quakes_that_week_join_neither(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # a second quake in the country within the week: "the earthquake" may be either (near
    # miss), and a disaster is one per country, so the rule's margin keeps all three apart
    of = _happenings(store_url, geoparser, tmp_path / "q.jsonl", QUAKE)
    assert len(set(of.values())) == 3
