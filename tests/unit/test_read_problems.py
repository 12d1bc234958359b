"""A file's refused records in one readable line, records of the wrong shape named as such,
and a fault of the reader on one article that loses neither the run nor the article. The
articles are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard import jobs
from dashboard.articles.formats import read_file, summarise
from dashboard.errors import ArticleError
from dashboard.events.extract import EventExtractor
from dashboard.model import Article
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


def test_the_same_reason_on_many_lines_is_said_once_with_the_lines_as_runs() -> None:
    problems = [f"line {n}: no 'text' or 'body'" for n in (1, 2, 3, 7)]
    problems.insert(2, "line 9: invalid JSON (Expecting value)")
    assert summarise(problems) == (
        "lines 1-3, 7: no 'text' or 'body'; line 9: invalid JSON (Expecting value)"
    )


def test_a_long_scatter_of_lines_is_cut_to_its_first_runs_and_a_count() -> None:
    problems = [f"item {n}: 'text' is empty" for n in range(1, 40, 2)]  # 20 lone items
    assert summarise(problems) == "items 1, 3, 5, 7, 9 and 15 more: 'text' is empty"


def test_problems_without_a_number_are_kept_as_they_are() -> None:
    assert summarise(["Talks: duplicate key", "entry 4: no text"]) == (
        "Talks: duplicate key; entry 4: no text"
    )


def test_a_whole_export_given_to_ingest_is_refused_in_one_short_line(tmp_path: Path) -> None:
    rows = [
        {"id": f"e{n}", "summary": "Troops crossed the river", "event_code": "190"}
        for n in range(5000)
    ]
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_file(path)
    assert err.value.reason == "lines 1-5,000: no 'text' or 'body'"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": 2024}, "'text' is a number, not text"),
        ({"body": ["Police", "arrived"]}, "'body' is a list, not text"),
        ({"text": {"en": "Police arrived."}}, "'text' is a mapping, not text"),
        ({"text": "   "}, "'text' is empty"),
        ({"title": "Only a title"}, "no 'text' or 'body'"),
    ],
)
def test_a_text_of_the_wrong_shape_is_named_as_such(
    tmp_path: Path, record: dict, reason: str
) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_file(path)
    assert err.value.reason == f"item 1: {reason}"


class _FaultyExtractor(EventExtractor):
    """The real extractor, with a bug that one word in a text triggers."""

    def read(self, article: Article, analysis):  # type: ignore[no-untyped-def]
        if "Zanzibar" in article.text:
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return super().read(article, analysis)


def _feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"title": "Fault", "date": "2024-05-03", "text": "Ferries stopped in Zanzibar on Friday."},
        {
            "title": "Good",
            "date": "2024-05-03",
            "text": "Police arrested 12 protesters in Lima on Thursday.",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("workers", [0, 1])
def test_a_reader_fault_on_one_article_keeps_the_run_and_the_article(
    tmp_path: Path, geoparser: Geoparser, workers: int
) -> None:
    store = Store(str(tmp_path / "s.db"))
    pipe = Pipeline(store, geoparser)
    pipe.extractor = _FaultyExtractor()
    feed = _feed(tmp_path)
    if workers:
        (result,) = jobs.ingest(pipe, [feed], jobs=workers)
    else:
        (result,) = pipe.ingest([feed])
    assert result.status == "added"
    assert result.detail.startswith("2 article(s): 2 added")
    rows = {r["title"]: r for r in store.article_rows()}
    assert set(rows) == {"Fault", "Good"}
    # the faulty article keeps its places and says why it has no events; the good one reads
    assert [m["text"] for m in store.mention_rows(rows["Fault"]["id"])] == ["Zanzibar"]
    assert (rows["Fault"]["events"], rows["Good"]["events"] >= 1) == (0, True)


def test_the_fault_is_named_in_the_articles_report_line(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    pipe = Pipeline(Store(str(tmp_path / "s.db")), geoparser)
    pipe.extractor = _FaultyExtractor()
    path = tmp_path / "one.md"
    path.write_text("date 2024-05-03\nFerries stopped in Zanzibar on Friday.", encoding="utf-8")
    (result,) = pipe.ingest([path])
    assert result.status == "added"
    assert "events not read: internal error (TypeError: can't compare" in result.detail


@pytest.mark.parametrize("workers", [0, 2])
def test_undated_records_in_a_feed_are_counted_and_named_in_its_line(
    tmp_path: Path, geoparser: Geoparser, workers: int
) -> None:
    # a file of one says "no publication date"; a feed of many must say it too, and which
    records = [
        {
            "title": "Dated",
            "date": "2025-02-04",
            "text": "Police arrested ten miners in Oruro on Monday.",
        }
    ]
    records += [
        {"title": f"Undated {n}", "text": f"Police arrested {n} miners in Potosi."}
        for n in range(5)
    ]
    records.append({"title": "Numeric", "date": 20250204, "text": "Miners marched in Sucre."})
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    pipe = Pipeline(Store(str(tmp_path / "s.db")), geoparser)
    if workers:
        (result,) = jobs.ingest(pipe, [path], jobs=workers)
    else:
        (result,) = pipe.ingest([path])
    assert result.detail.startswith("7 article(s): 7 added")
    assert "6 with no publication date, only explicit dates used (Undated 0, Undated 1, " in (
        result.detail
    )
    assert "and 3 more)" in result.detail
    assert "noted line 7: 'date' is a number, not a date; read as undated" in result.detail
    assert not result.problems  # kept, not refused


def test_a_url_that_is_no_link_is_said_in_the_files_line(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    # a javascript: URL was dropped from the cards without a word: the analyst who gave it
    # did not learn why the article had no link
    bad = tmp_path / "bad.md"
    header = "---\ntitle: Strike\ndate: 2025-02-04\nurl: {}\n---\n"
    bad.write_text(header.format("javascript:alert(1)") + "Police held ten miners in Oruro.\n")
    good = tmp_path / "good.md"
    good.write_text(header.format("https://example.org/a") + "Police held nine in Potosi.\n")
    results = Pipeline(Store(str(tmp_path / "s.db")), geoparser).ingest([bad, good])
    detail = {Path(r.path).name: r.detail for r in results}
    assert "Strike: URL not http(s), so shown as text, never as a link" in detail["bad.md"]
    assert "http(s)" not in detail["good.md"]


def test_an_untitled_article_is_named_by_the_start_of_its_first_sentence(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    path = tmp_path / "undated.txt"
    first = (
        "Police arrested ten miners in the southern mining town of Oruro on Monday after "
        "a week of protests over unpaid wages and the closure of two state smelters."
    )
    path.write_text(first + " The miners' union called a strike.\n")
    (result,) = Pipeline(Store(str(tmp_path / "s.db")), geoparser).ingest([path])
    assert "Police arrested ten miners in the southern mining town of…: no publication" in (
        result.detail
    )
    assert "smelters" not in result.detail


def test_a_bad_byte_after_a_byte_order_mark_loses_one_character_not_the_article(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    # a UTF-8 file with its mark and one stray Latin-1 byte was refused whole
    path = tmp_path / "marked.txt"
    body = "date 2025-02-04\nPolice held ten miners in Oruro \xe9 on Monday.\n"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("latin-1"))
    store = Store(str(tmp_path / "s.db"))
    (result,) = Pipeline(store, geoparser).ingest([path])
    assert result.status == "added"
    assert "byte-order mark names shown as �" in result.detail
    (row,) = store.article_rows()
    text = (store.article(row["id"]) or {})["text"]
    assert "Oruro \ufffd on Monday" in text
