"""The data version, read at the start of every rerun of the app, comes from indexes: the
newest ingest and correction times are each one step down a B-tree (migration 0021), not a
read of every article row, on SQLite and PostgreSQL alike; and it still moves with an
ingest and a correction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard.model import Place
from dashboard.store.db import Store
from tests.unit.test_queries import generate


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path / "version.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 10)
    return s


@contextmanager
def _statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def hook(conn, cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", hook)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", hook)


def test_the_times_the_version_reads_have_indexes(store: Store) -> None:
    inspector = sa.inspect(store.engine)
    indexed = {
        (table, tuple(ix["column_names"]))
        for table in ("articles", "article_copies", "corrections")
        for ix in inspector.get_indexes(table)
    }
    assert ("articles", ("ingested_at",)) in indexed
    assert ("article_copies", ("ingested_at",)) in indexed
    assert ("corrections", ("created_at",)) in indexed


def test_the_version_reads_no_article_row(store: Store, tmp_path: Path) -> None:
    """SQLite's plan: the count from an index, each maximum a search of its index; a count
    beside a maximum in one SELECT had scanned the articles table."""
    if store.engine.dialect.name != "sqlite":
        pytest.skip("the query plan is SQLite's")
    with _statements(store) as seen:
        store.data_version()
    selects = [s for s in seen if s.lstrip().startswith("SELECT")]
    assert len(selects) == 1
    with store.engine.connect() as conn:
        plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + selects[0])]
    scans = [step for step in plan if step.startswith("SCAN articles")]
    assert scans, plan
    assert all("COVERING INDEX" in step for step in scans), plan
    assert any("SEARCH articles USING COVERING INDEX ix_articles_ingested_at" in p for p in plan)


def test_the_version_moves_with_an_ingest_and_a_correction(store: Store) -> None:
    before = store.data_version()
    assert before == store.data_version()
    generate(store, 12)  # the same ten again (duplicates), then two new articles
    after_ingest = store.data_version()
    assert after_ingest[0] > before[0]
    assert after_ingest[1] > before[1]
    with store.engine.connect() as conn:
        event_id = conn.execute(sa.text("SELECT id FROM events LIMIT 1")).scalar_one()
    store.correct_event_place(
        event_id, Place("user:1", "Somewhere", "point", 1.0, 2.0, None, 1), None
    )
    corrected = store.data_version()
    assert corrected != after_ingest
    assert corrected[2:] == (1, 1)
