"""A town named only as whose official one office holder is ("the Bursa mayor") is not where
an act about him happened, in the reader (``name_parts.names_people``) or when the happenings'
store borrows a place for an unplaced act (``happening_reports.title_only``): sentences
written for these tests, each with a near miss that keeps its place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_reports import _load, title_only


@pytest.fixture(scope="module")
def where(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)

    def first_place(body: str) -> str | None:
        evs = extractor.extract(parse_article(f"date 2024-05-02\n{body}", path="t"))
        ev = evs[0]
        return ev.location.place.name if ev.location and ev.location.place else None

    return first_place


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers marched on Saturday, demanding the release of the Bursa mayor.",
        "Police detained the Konya governor on Sunday.",
        "Students protested on Friday against the jailing of the Konya deputy mayor.",
    ],
)
def test_a_town_that_titles_an_office_holder_is_no_place(where, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # near misses: the town is told as a place beside the title
        (
            "Workers marched in Bursa on Saturday, demanding the release of the Konya mayor.",
            "Bursa",
        ),
        ("Police detained protesters in Konya on Sunday, the governor said.", "Konya"),
        # a seat named by its holder may be a venue, and stays as before
        ("Protesters rallied outside the Bursa mayor's office on Friday.", "Bursa"),
    ],
)
def test_a_town_told_as_a_place_stays(where, sentence: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert where(sentence) == place


def test_title_only() -> None:
    assert title_only("Bursa", ["Crowds marched, chanting for the freed Bursa mayor."])
    # near misses: named as a place too, or as a possessor of a seat, or not at all
    assert not title_only("Bursa", ["The Bursa mayor spoke to crowds in Bursa on Monday."])
    assert not title_only("Bursa", ["Crowds gathered at the Bursa mayor's office."])
    assert not title_only("Bursa", ["Crowds gathered."])


def _borrowed(store_url: str, geoparser: Geoparser, tmp_path: Path, text: str) -> list[str | None]:
    """The place the happening rule reads for each protest (14) the text tells."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "one.jsonl"
    record = {
        "title": "Students march",
        "date": "2026-03-10",
        "source": "Outlet T",
        "url": "https://outlett.example/march",
        "text": text,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    pipe.ingest([path])
    ids = [r["id"] for r in pipe.store.event_rows() if r["event_code"][:2] == "14"]
    assert ids, "the protest is read"
    with pipe.store.engine.connect() as conn:
        reports = _load(conn, ids)
    return [r.place.name if r.place else None for r in reports]


def test_a_protest_borrows_no_town_from_a_title(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # before: the protest borrowed Bursa and met a rally in Bursa that day
    text = (
        "In the capital, students marched on Monday, chanting for the release of the Bursa mayor."
    )
    assert _borrowed(store_url, geoparser, tmp_path, text) == [None]


def test_a_protest_borrows_a_town_its_sentence_places(
    store_url: str, geoparser: Geoparser, tmp_path: Path
) -> None:
    # near miss: the town is also named as a place, and is still borrowed
    text = "Students marched on Monday, chanting for the release of the Bursa mayor held in Konya."
    assert _borrowed(store_url, geoparser, tmp_path, text) != [None]
