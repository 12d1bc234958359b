"""Issue 12's done-when on the bundled news: no event is dated by a phrase it did not read at
day precision. Every one-day event date comes from a phrase of the article itself, or from the
dated event whose narrative it continues; an event with neither is a week, flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.articles.reader import read_article
from dashboard.contract import event_record
from dashboard.events.extract import EventExtractor
from dashboard.places.geoparser import Geoparser
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted(
    (ROOT / "data" / "articles" / "samples").glob("*.md")
)


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> dict[Path, tuple[str, list[dict]]]:
    extractor = EventExtractor(geoparser)
    out = {}
    for path in BUNDLED:
        article = read_article(path)
        out[path] = (article.text, [event_record(e) for e in extractor.extract(article)])
    return out


def test_the_bundled_data_is_there() -> None:
    assert len(BUNDLED) > 20  # the seed and the samples: an empty glob would pass vacuously


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_no_day_precision_from_an_unread_phrase(read, path: Path) -> None:  # type: ignore[no-untyped-def]
    text, records = read[path]
    said = {
        (r["date_start"], r["date_end"])
        for r in records
        if r["date_text"] and r["date_text"] in text
    }
    for r in records:
        if r["time_precision"] != 1:
            continue
        where = (r["summary"], r["date_reason"])
        assert "date_inferred" not in r["flags"], where
        if r["date_text"]:
            assert r["date_text"] in text, where  # a phrase the article holds
        else:
            # no phrase of its own: the day of the dated event whose narrative it continues
            assert "continues the narrative" in r["date_reason"], where
            assert (r["date_start"], r["date_end"]) in said, where


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_an_inferred_date_is_never_a_day(read, path: Path) -> None:  # type: ignore[no-untyped-def]
    for r in read[path][1]:
        if "date_inferred" in r["flags"] or r["date_reason"].startswith("no date phrase and"):
            assert r["time_precision"] >= 2, (r["summary"], r["date_reason"])
