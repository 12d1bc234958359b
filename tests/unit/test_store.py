from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.formats import read_bytes
from dashboard.articles.reader import parse_article, read_article
from dashboard.errors import ArticleError, StoreError
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store, to_url
from tests.conftest import SEED
from tests.pg import Server


@pytest.fixture
def pipeline(store_url: str, geoparser: Geoparser) -> Pipeline:
    """A pipeline over a new store on each backend (SQLite file, PostgreSQL database)."""
    return Pipeline(Store(store_url), geoparser)


def test_file_store_uses_wal(tmp_path: Path) -> None:
    Store(str(tmp_path / "w.db"))
    mode = sqlite3.connect(tmp_path / "w.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_urls_pass_through_and_paths_become_sqlite() -> None:
    assert to_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    # a bare postgresql:// means the driver of the postgres extra, not psycopg2
    assert to_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert to_url("x.db").startswith("sqlite:////")


def test_ingest_twice_is_a_duplicate_and_changes_nothing(pipeline: Pipeline) -> None:
    first = pipeline.ingest([SEED])
    version = pipeline.store.version()
    again = pipeline.ingest([SEED])
    assert [r.status for r in first + again] == ["added", "duplicate"]
    assert pipeline.store.version() == version
    assert len(pipeline.store.event_rows()) == first[0].events > 0


def test_edited_article_replaces_its_own_events(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2024-05-01\nOSLO — Protesters marched in Oslo on Tuesday.\n")
    pipeline.ingest([path])
    path.write_text("date 2024-05-01\nOSLO — Ministers held talks in Bergen on Tuesday.\n")
    (res,) = pipeline.ingest([path])
    assert res.status == "replaced"
    rows = pipeline.store.event_rows()
    assert [r["location_name"] for r in rows] == ["Bergen"]
    assert pipeline.store.article_count() == 1


def test_date_filter_selects_overlapping_ranges(pipeline: Pipeline) -> None:
    pipeline.ingest([SEED])
    early = pipeline.store.event_rows(date(1900, 1, 1), date(1950, 12, 31))
    assert [r["event_code"] for r in early] == ["19"]
    assert all(
        r["date_end"] >= date(2024, 11, 1)
        for r in pipeline.store.event_rows(date(2024, 11, 1), None)
    )


def test_rejected_files_do_not_stop_the_rest(pipeline: Pipeline, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    results = pipeline.ingest([bad, SEED])
    assert [r.status for r in results] == ["rejected", "added"]
    assert "empty file" in results[0].detail


def test_event_places_link_location_and_mentions(pipeline: Pipeline) -> None:
    pipeline.ingest([SEED])
    links = pipeline.store.event_place_rows()
    roles = {(r["place_id"], r["role"]) for r in links}
    assert ("gn:1848313", "location") in roles  # Yokosuka
    assert any(p == "gn:1850147" for p, _ in roles)  # Tokyo, mentioned


def test_memory_store_round_trip(geoparser: Geoparser) -> None:
    store = Store(":memory:")
    article = parse_article("date 2024-02-02\nKYIV — Drones struck Kyiv on Friday.", path="mem")
    Pipeline(store, geoparser).add(article)
    (row,) = store.event_rows()
    assert row["date_start"] == date(2024, 2, 2)
    assert row["location_name"] == "Kyiv"
    assert read_article(SEED).id != article.id


def test_setting_a_date_rereads_an_undated_article(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "undated.md"
    path.write_text(
        "---\ntitle: Lima march\n---\nLIMA — Protesters marched in Lima on Monday and on 3 May 2022.\n"
    )
    (first,) = pipeline.ingest([path])
    assert "no publication date" in first.detail
    (row,) = pipeline.store.article_rows()
    assert [r["date_start"] for r in pipeline.store.event_rows()] == [date(2022, 5, 3)]
    result = pipeline.set_date(row["id"], date(2024, 5, 8))
    assert result.status == "replaced"
    (dated,) = pipeline.store.article_rows()
    assert dated["published"] == date(2024, 5, 8)
    assert "no_publication_date" not in dated["flags"]
    assert date(2024, 5, 6) in {
        r["date_start"] for r in pipeline.store.event_rows()
    }  # "Monday" now resolves


def test_setting_a_date_after_tomorrow_is_refused_as_in_a_file(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # the Articles page took 2099-05-08 and re-read "on Monday" as a day in 2099
    path = tmp_path / "undated.md"
    path.write_text("---\ntitle: Quito march\n---\nQUITO — Nurses marched in Quito on Monday.\n")
    pipeline.ingest([path])
    (row,) = pipeline.store.article_rows()
    with pytest.raises(ArticleError, match="cannot be published in the future"):
        pipeline.set_date(row["id"], date(2099, 5, 8))
    (kept,) = pipeline.store.article_rows()
    assert kept["published"] is None


def test_place_correction_applies_everywhere_and_to_future_ingests(
    tmp_path: Path, store_url: str, geoparser: Geoparser
) -> None:
    store = Store(store_url)
    pipe = Pipeline(store, geoparser)
    pipe.ingest([SEED])
    n = pipe.correct_place("Washington", point=("Washington state capitol", 47.0358, -122.9048))
    assert n == 1
    links = {r["place_id"] for r in store.event_place_rows()}
    assert "user:washington" in links
    assert "gn:4140963" not in links
    # a new pipeline (a later ingest) uses the stored correction
    later = tmp_path / "later.txt"
    later.write_text("date 2024-12-01\nOSLO — Pressure from Washington grew on Monday.\n")
    Pipeline(store, geoparser).ingest([later])
    assert all(
        r["place_id"] != "gn:4140963"
        for r in store.mention_rows(read_article(later).id)
        if r["place_id"]
    )
    # the shared geoparser itself is untouched
    assert not geoparser.overrides


def test_date_correction_survives_reingest(store_url: str, geoparser: Geoparser) -> None:
    store = Store(store_url)
    pipe = Pipeline(store, geoparser)
    pipe.ingest([SEED])
    visit = next(r for r in store.event_rows() if r["event_code"] == "04")
    pipe.correct_date(visit["id"], date(2024, 11, 6), date(2024, 11, 6), 1)
    pipe.reread([visit["article_id"]])
    again = next(r for r in store.event_rows() if r["id"] == visit["id"])
    assert again["date_start"] == date(2024, 11, 6)
    assert again["date_reason"].startswith("corrected by a user")


def test_same_upload_name_with_new_content_is_a_new_article_unless_replaced(
    pipeline: Pipeline,
) -> None:
    first = read_bytes(b"date 2024-05-01\nOSLO - Nurses marched in Oslo on Monday.\n", "report.txt")
    second = read_bytes(
        b"date 2024-05-02\nLIMA - Miners marched in Lima on Monday.\n", "report.txt"
    )
    third = read_bytes(
        b"date 2024-05-03\nQUITO - Drivers marched in Quito on Monday.\n", "report.txt"
    )
    assert pipeline.add_file(first).status == "added"
    assert pipeline.add_file(second).status == "added"  # not a silent overwrite
    assert len(pipeline.store.uploaded_as("report.txt")) == 2
    newest = pipeline.store.uploaded_as("report.txt")[-1]["key"]
    assert pipeline.add_file(third, replace_key=newest).status == "replaced"
    titles = sorted(r["title"] for r in pipeline.store.article_rows())
    assert [t.split(" marched")[0] for t in titles] == ["Drivers", "Nurses"]


def test_untitled_pastes_never_replace_each_other(pipeline: Pipeline) -> None:
    for text in ("KYIV — Drones struck Kyiv on Friday.", "SEOUL — Doctors protested in Seoul."):
        article = parse_article(f"date 2024-02-02\n{text}", path="paste:untitled")
        assert pipeline.add(article).status == "added"
    assert pipeline.store.article_count() == 2


def test_same_url_with_new_content_replaces_it(pipeline: Pipeline) -> None:
    url = "https://example.org/news/1"
    old = parse_article("date 2024-02-02\nKYIV — Drones struck Kyiv on Friday.", url=url)
    new = parse_article("date 2024-02-02\nKYIV — Drones struck Lviv on Friday.", url=url)
    assert [pipeline.add(a).status for a in (old, new)] == ["added", "replaced"]
    assert pipeline.store.article_count() == 1


def test_passwords_never_appear_in_messages() -> None:
    url = "postgresql+psycopg://geonews:s3cret-pw@127.0.0.1:1/news"  # nothing listens on port 1
    with pytest.raises(StoreError) as caught:
        Store(url)
    assert "s3cret-pw" not in str(caught.value)
    assert "geonews:***@127.0.0.1:1/news" in str(caught.value)


def test_postgresql_store_pools_connections_and_times_out_slow_queries(pg_server: Server) -> None:
    store = Store(pg_server.new_database())
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "30s"
    assert store.engine.pool.size() == 5  # type: ignore[attr-defined]
