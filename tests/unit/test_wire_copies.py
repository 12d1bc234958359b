"""Byte-identical wire copies on both backends: one article, its other outlets kept as copies
(``article_copies``, 0007), listed on the happening and counted as one source (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard.cli import main
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from dashboard.store.happening_queries import happening_cards, stream_happening_rows
from dashboard.store.queries import EventQuery
from dashboard.ui.happening_card import reported_by

# one wire story, written for this test, and a second outlet's own report of the same strike
WIRE = (
    "ODESA — Russian drones struck the port of Odesa on Thursday, damaging grain silos, "
    "the regional governor said. Firefighters put out the blaze by morning."
)
OWN = (
    "Drones hit the harbour of Odesa on 13 June, setting grain stores alight, Ukrainian "
    "officials said."
)
DAY = "2024-06-14"


def record(source: str, url: str, text: str = WIRE) -> dict[str, str]:
    return {
        "title": f"Odesa port ({source})",
        "date": DAY,
        "source": source,
        "url": url,
        "text": text,
    }


def write(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def two_files(tmp_path: Path) -> tuple[Path, Path]:
    """The wire story in the wire's file, and word for word in a paper's file."""
    wire = write(tmp_path / "wire.jsonl", record("Harbour Wire", "https://harbour.example/1"))
    paper = write(
        tmp_path / "paper.jsonl", record("The Plains Courier", "https://courier.example/9")
    )
    return wire, paper


@pytest.fixture
def pipeline(store_url: str, geoparser: Geoparser) -> Pipeline:
    return Pipeline(Store(store_url), geoparser)


def copies(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        q = sa.text("SELECT article_id, source FROM article_copies ORDER BY source")
        return [(r.article_id, r.source) for r in conn.execute(q)]


def strike(store: Store) -> dict:
    """The happening of the Odesa strike (the stored rows of ``export --level happening``)."""
    ids = {r["happening_id"] for r in store.event_rows() if r["event_code"].startswith("19")}
    (h,) = [h for h in stream_happening_rows(store.engine) if h["id"] in ids]
    return h


def test_one_text_from_two_outlets_is_one_article_one_copy_and_one_source(
    pipeline: Pipeline, tmp_path: Path, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = pipeline.store
    wire, paper = two_files(tmp_path)
    assert [r.status for r in pipeline.ingest([wire])] == ["added"]
    version = store.data_version()
    assert [r.status for r in pipeline.ingest([paper])] == ["duplicate"]  # the report is as before
    assert store.data_version() != version  # the app's cached happenings are read again
    assert store.article_count() == 1
    ((aid, source),) = copies(store)
    assert (aid, source) == (store.article_rows()[0]["id"], "The Plains Courier")
    h = strike(store)
    detail = json.loads(h["detail"])
    assert (h["sources"], h["articles"]) == (1, 1)
    assert detail["outlets"] == ["Harbour Wire", "The Plains Courier"]
    assert detail["wire"] == [["Harbour Wire", "The Plains Courier"]]
    _, cards = happening_cards(store, EventQuery())
    (card,) = [c for c in cards if c.id == h["id"]]
    told = "reported by 1 article (Harbour Wire, The Plains Courier) · 1 source"
    assert reported_by(card) == told
    assert main(["export", "--level", "happening", "--format", "jsonl", "--db", store_url]) == 0
    (rec,) = [
        json.loads(x)
        for x in capsys.readouterr().out.splitlines()
        if json.loads(x)["happening_id"] == h["id"]
    ]
    assert (rec["outlets"], rec["sources"]) == (["Harbour Wire", "The Plains Courier"], 1)


def test_the_same_file_twice_and_the_same_outlet_elsewhere_record_no_copy(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    wire = write(tmp_path / "wire.jsonl", record("Harbour Wire", "https://harbour.example/1"))
    again = write(tmp_path / "again.jsonl", record("Harbour Wire", "https://harbour.example/2"))
    assert [r.status for r in pipeline.ingest([wire])] == ["added"]
    assert [r.status for r in pipeline.ingest([wire])] == ["duplicate"]
    assert [r.status for r in pipeline.ingest([again])] == ["duplicate"]  # one outlet's 2nd link
    assert copies(pipeline.store) == []
    h = strike(pipeline.store)
    assert (h["sources"], json.loads(h["detail"])["outlets"]) == (1, [])


def test_a_copy_in_the_same_batch_joins_a_happening_told_by_another_outlet(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # one file: the wire story, its copy and an independent report, written in one batch
    path = write(
        tmp_path / "three.jsonl",
        record("Harbour Wire", "https://harbour.example/1"),
        record("The Plains Courier", "https://courier.example/9"),
        record("Delta Herald", "https://delta.example/4", OWN),
    )
    assert [r.status for r in pipeline.ingest([path])] == ["added"]  # the file: 2 added, 1 dup
    store = pipeline.store
    assert (store.article_count(), len(copies(store))) == (2, 1)
    h = strike(store)
    detail = json.loads(h["detail"])
    assert detail["outlets"] == ["Delta Herald", "Harbour Wire", "The Plains Courier"]
    assert (h["sources"], h["articles"]) == (2, 2)  # the wire story and its copy count once


def test_a_re_read_keeps_the_copies_and_a_replaced_text_drops_them(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    store = pipeline.store
    wire, paper = two_files(tmp_path)
    pipeline.ingest([wire])
    pipeline.ingest([paper])
    pipeline.reread([a["id"] for a in store.article_rows()])  # rewrites the article itself
    assert len(copies(store)) == 1
    assert strike(store)["sources"] == 1
    assert json.loads(strike(store)["detail"])["outlets"] == ["Harbour Wire", "The Plains Courier"]
    edited = WIRE.replace("grain silos", "a grain terminal")
    write(wire, record("Harbour Wire", "https://harbour.example/1", edited))
    assert [r.status for r in pipeline.ingest([wire])] == ["replaced"]
    assert copies(store) == []  # the copy carried the old text, not this one
    assert json.loads(strike(store)["detail"])["outlets"] == []


def test_a_copy_whose_file_now_carries_another_text_is_dropped(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    store = pipeline.store
    wire, paper = two_files(tmp_path)
    pipeline.ingest([wire])
    pipeline.ingest([paper])
    write(paper, record("The Plains Courier", "https://courier.example/9", OWN))
    assert [r.status for r in pipeline.ingest([paper])] == ["added"]
    assert (store.article_count(), copies(store)) == (2, [])
    h = strike(store)
    assert (h["sources"], json.loads(h["detail"])["outlets"]) == (
        2,
        ["Harbour Wire", "The Plains Courier"],
    )


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_batch_in_one_go_keeps_the_copies_that_savepoints_keep(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    geoparser: Geoparser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import date

    from dashboard.articles.reader import parse_article
    from dashboard.store.db import SaveItem
    from tests.unit.test_save_batch import TEXTS, _rows

    def new_store(name: str) -> Store:
        if backend == "sqlite":
            return Store(str(tmp_path / f"{name}.db"))
        return Store(request.getfixturevalue("pg_server").new_database())

    def item(pipeline: Pipeline, text: str, path: str, source: str) -> SaveItem:
        article = parse_article(
            text,
            path=str(tmp_path / path),
            source=source,
            published=date(2024, 5, 2),
            headers=False,
        )
        found, evs, _ = pipeline.analyse(article)
        return SaveItem(article, found, evs)

    stores = [new_store("fast"), new_store("slow")]
    calls: list[int] = []
    real = Store._write_batch

    def counted(self: Store, *a, **k):  # type: ignore[no-untyped-def]
        calls.append(len(a[1]))
        return real(self, *a, **k)

    monkeypatch.setattr(Store, "_write_batch", counted)
    results = []
    for n, store in enumerate(stores):
        if n == 1:
            monkeypatch.setattr(Store, "_save_batch", lambda *a, **k: None)
        pipe = Pipeline(store, geoparser)
        first = [
            item(pipe, TEXTS[0], "a.txt", "Harbour Wire"),
            item(pipe, TEXTS[1], "b.txt", "Harbour Wire"),
        ]
        # a stored text from another outlet, a new text, and that one again from another outlet
        second = [
            item(pipe, TEXTS[0], "a2.txt", "Plains Courier"),
            item(pipe, TEXTS[2], "c.txt", "Harbour Wire"),
            item(pipe, TEXTS[2], "c2.txt", "Delta Herald"),
        ]
        got = store.save_many(first, geoparser.gaz.geometries, "fp")
        results.append(got + store.save_many(second, geoparser.gaz.geometries, "fp"))
    assert calls == [2, 3]  # the fast store wrote both batches in one go each
    assert results[0] == results[1]
    assert [r.status for r in results[0]] == ["added", "added", "duplicate", "added", "duplicate"]
    assert all(len(copies(s)) == 2 for s in stores)
    outlets = [json.loads(h["detail"])["outlets"] for h in stream_happening_rows(stores[0].engine)]
    assert ["Delta Herald", "Harbour Wire"] in outlets
    assert ["Harbour Wire", "Plains Courier"] in outlets
    with monkeypatch.context() as m:
        m.setattr("tests.unit.test_save_batch.TABLES", ("article_copies", "happenings"))
        assert _rows(stores[0]) == _rows(stores[1])


def test_a_full_regroup_lists_the_copies_as_the_write_path_did(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    from dashboard.store.happenings import rebuild

    store = pipeline.store
    wire, paper = two_files(tmp_path)
    own = write(tmp_path / "own.jsonl", record("Delta Herald", "https://delta.example/4", OWN))
    pipeline.ingest([wire, paper, own])
    q = sa.text("SELECT id, sources, articles, detail FROM happenings ORDER BY id")
    with store.engine.connect() as conn:
        before = conn.execute(q).all()
    with store.writer.begin() as conn:
        rebuild(conn)
    with store.engine.connect() as conn:
        assert conn.execute(q).all() == before
    assert json.loads(strike(store)["detail"])["outlets"] == [
        "Delta Herald",
        "Harbour Wire",
        "The Plains Courier",
    ]


def test_a_copy_without_an_outlet_is_not_kept_and_an_unnamed_original_is_not_listed(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    bare = {"title": "Odesa port", "date": DAY, "text": WIRE}  # no source, no URL
    write(tmp_path / "bare.jsonl", bare)
    write(tmp_path / "bare2.jsonl", bare)
    _, paper = two_files(tmp_path)
    pipeline.ingest([tmp_path / "bare.jsonl"])
    pipeline.ingest([tmp_path / "bare2.jsonl"])
    assert copies(pipeline.store) == []
    pipeline.ingest([paper])
    assert [s for _, s in copies(pipeline.store)] == ["The Plains Courier"]
    h = strike(pipeline.store)
    assert (h["sources"], json.loads(h["detail"])["outlets"]) == (1, ["The Plains Courier"])


# a strike told with a death toll: the wire's story (carried word for word by a paper) and
# another outlet's own report, which gives another toll
WIRE_TOLL = (
    "ODESA — Russian drones struck the port of Odesa on Thursday, killing two people "
    "and damaging grain silos, the regional governor said."
)
OWN_TOLL = (
    "Drones hit the harbour of Odesa on 13 June, killing three dock workers, Ukrainian "
    "officials said."
)


def test_one_report_carried_by_two_outlets_is_a_happening_card_and_exports_both_links(
    pipeline: Pipeline, tmp_path: Path, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = pipeline.store
    wire, paper = two_files(tmp_path)
    pipeline.ingest([wire, paper])
    h = strike(store)
    assert h["reports"] == 1
    total, cards = happening_cards(store, EventQuery(), min_reports=2)
    assert h["id"] not in {c.id for c in cards}  # one report: not "told by several"...
    total, cards = happening_cards(store, EventQuery(), min_reports=2, carried=True)
    (card,) = [c for c in cards if c.id == h["id"]]  # ...unless outlets carried it
    assert total == len(cards)
    assert card.outlets == ("Harbour Wire", "The Plains Courier")
    assert main(["export", "--level", "happening", "--format", "jsonl", "--db", store_url]) == 0
    (rec,) = [
        json.loads(x)
        for x in capsys.readouterr().out.splitlines()
        if json.loads(x)["happening_id"] == h["id"]
    ]
    assert rec["article_urls"] == ["https://courier.example/9", "https://harbour.example/1"]
    assert (rec["reports"], rec["articles"], rec["sources"]) == (1, 1, 1)


def test_a_copy_without_a_named_original_is_no_card_of_two_outlets(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    write(tmp_path / "bare.jsonl", {"title": "Odesa port", "date": DAY, "text": WIRE})
    _, paper = two_files(tmp_path)
    pipeline.ingest([tmp_path / "bare.jsonl", paper])
    assert len(copies(pipeline.store)) == 1
    _, cards = happening_cards(pipeline.store, EventQuery(), min_reports=2, carried=True)
    assert strike(pipeline.store)["id"] not in {c.id for c in cards}


def test_a_copy_backs_the_reading_of_the_article_it_copies(
    pipeline: Pipeline, tmp_path: Path, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path / "toll.jsonl",
        record("Harbour Wire", "https://harbour.example/1", WIRE_TOLL),
        record("The Plains Courier", "https://courier.example/9", WIRE_TOLL),
        record("Delta Herald", "https://delta.example/4", OWN_TOLL),
    )
    pipeline.ingest([path])
    h = strike(pipeline.store)
    detail = json.loads(h["detail"])
    (toll,) = [d for d in detail["disagreements"] if d["field"] == "numbers: killed"]
    said = {r["value"]: r["outlets"] for r in toll["readings"]}
    assert said == {"two": ["Harbour Wire", "The Plains Courier"], "three": ["Delta Herald"]}
    assert [c["outlet"] for c in detail["copies"]] == ["The Plains Courier"]
    assert main(["export", "--level", "happening", "--format", "jsonl", "--db", store_url]) == 0
    (rec,) = [
        json.loads(x)
        for x in capsys.readouterr().out.splitlines()
        if json.loads(x)["happening_id"] == h["id"]
    ]
    assert "https://courier.example/9" in rec["article_urls"]
    assert rec["disagreements"] == detail["disagreements"]
