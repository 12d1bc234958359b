"""A seizure of property named as what a reaction is about ("Iran's seizure of the tanker was
unacceptable") is presupposed to have happened, as a killing that "drew condemnation" is
(``embedded_acts._violence_as_subject``, ``_done_to``), and its possessor did it (issue 16, recall:
a flag state's reaction tells the seizure too). Sentences written for these tests."""

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
PUB = date(2025, 6, 14)  # a Saturday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def _seizures(events: list[Event]) -> list[Event]:
    return [e for e in events if (e.event_code or "").startswith("171")]


def test_a_seizure_a_reaction_is_about_happened_and_its_possessor_did_it(
    extract: Extract,
) -> None:
    events = extract(
        "Norway said on Saturday that Venezuela's seizure of the Norwegian trawler was "
        "unacceptable and warned of consequences."
    )
    assert [e.event_code for e in events if (e.event_code or "").startswith("13")]
    seized = _seizures(events)
    assert len(seized) == 1
    assert "VE" in seized[0].actor_countries
    assert (seized[0].when.end, seized[0].when.precision) == (PUB, 2)  # on or before


@pytest.mark.parametrize(
    "sentence",
    [
        # a seizure only feared or habitual is no happening (near misses)
        "Norway warned on Saturday that any seizure of its trawlers would be unacceptable.",
        "Venezuela's seizure of foreign trawlers has long angered Norway, officials said.",
    ],
)
def test_a_seizure_feared_or_habitual_is_not_read(extract: Extract, sentence: str) -> None:
    assert _seizures(extract(sentence)) == []


SEIZURE = [
    {
        "title": "Trawler seized",
        "date": "2025-06-13",
        "source": "Coast Wire",
        "url": "https://coast.example/seized",
        "text": "Venezuelan coast guards seized a Norwegian trawler in the Caribbean Sea on "
        "Friday, saying it had fished without a licence.",
    },
    {
        "title": "Oslo protests",
        "date": "2025-06-14",
        "source": "Fjord Post",
        "url": "https://fjord.example/protest",
        "text": "Norway said on Saturday that Venezuela's seizure of the Norwegian trawler was "
        "unacceptable and warned of consequences.",
    },
]


def test_a_flag_state_s_reaction_joins_the_seizure_at_sea(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    path = tmp_path / "seizure.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SEIZURE), encoding="utf-8")
    pipe = Pipeline(Store(store_url), geoparser)
    pipe.ingest([path])
    rows = [r for r in pipe.store.event_rows() if r["event_code"].startswith("17")]
    of = {r["url"]: r["happening_id"] for r in rows}
    assert of[SEIZURE[1]["url"]] == of[SEIZURE[0]["url"]]
