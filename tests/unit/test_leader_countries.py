"""A head of state or government named bare ("Putin and Xi held talks") carries the country
they lead, as CAMEO's actor dictionaries code such people (``data/lexicon/leaders.csv``), so
a meeting told by the leaders' names alone names its parties (issue 16, recall). Sentences
written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.actors import ActorFinder, leader_country
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

Extract = Callable[[str], list[Event]]
PUB = date(2025, 5, 7)


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _people(sentence: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.country_code) for a in ActorFinder.new().find(sentence, 0, [])]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Putin and Xi held talks on Tuesday.", [("Vladimir Putin", "RU"), ("Xi Jinping", "CN")]),
        ("Erdoğan's spokesman spoke to reporters.", [("Recep Tayyip Erdogan", "TR")]),
        ("President Emmanuel Macron flew to Kyiv.", [("Emmanuel Macron", "FR")]),
        (
            "Zelenskyy met Starmer in London.",
            [("Volodymyr Zelensky", "UA"), ("Keir Starmer", "GB")],
        ),
    ],
)
def test_a_leader_named_bare_or_after_a_title_carries_the_country_led(
    sentence: str, people: list[tuple[str, str | None]]
) -> None:
    assert _people(sentence) == people


@pytest.mark.parametrize(
    "sentence",
    [
        "Tourists in Xi'an watched the parade.",  # a city that starts with a leader's name
        "Kim met Johnson at the harbour.",  # surnames many people share are not leaders
    ],
)
def test_names_that_are_not_a_known_leader_carry_no_country(sentence: str) -> None:
    assert _people(sentence) == []
    assert leader_country("Anne Kim") is None


def test_a_meeting_named_by_its_leaders_names_both_parties(extract: Extract) -> None:
    events = extract("MOSCOW — Putin and Xi held talks in the Chinese capital on Tuesday.")
    talks = [e for e in events if (e.event_code or "").startswith("04")]
    assert talks
    assert {"RU", "CN"} <= set(talks[0].actor_countries)


TALKS = [
    {
        "title": "Putin in Beijing",
        "date": "2025-05-06",
        "source": "Yangtze Daily",
        "url": "https://yangtze.example/visit",
        "text": "Vladimir Putin arrived in Beijing on Tuesday for a state visit and held talks "
        "with Xi Jinping.",
    },
    {
        "title": "Kremlin on the talks",
        "date": "2025-05-06",
        "source": "Volga Post",
        "url": "https://volga.example/kremlin",
        "text": "MOSCOW — The Kremlin said Putin and Xi discussed energy during their talks in "
        "the Chinese capital on Tuesday.",
    },
    {
        "title": "Modi and Putin",
        "date": "2025-05-06",
        "source": "Ganges Herald",
        "url": "https://ganges.example/call",
        "text": "NEW DELHI — Modi and Putin held talks by telephone on Tuesday, the Indian "
        "government said.",
    },
]


def test_a_meeting_told_by_the_leaders_names_from_either_side_is_one_happening(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    path = tmp_path / "talks.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TALKS), encoding="utf-8")
    pipe = Pipeline(Store(store_url), geoparser)
    pipe.ingest([path])
    of = {
        r["url"]: r["happening_id"]
        for r in pipe.store.event_rows()
        if r["event_code"].startswith("04")
    }
    assert of[TALKS[1]["url"]] == of[TALKS[0]["url"]]
    # Putin's call with Modi the same day is another meeting (near miss)
    assert of[TALKS[2]["url"]] != of[TALKS[0]["url"]]
