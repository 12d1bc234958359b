"""Exports come in event-id code-point order on PostgreSQL whatever the database's collation:
read through the primary key's index where the collation is C, sorted with ``COLLATE "C"``
where it is not (an ICU database here, which puts 'e_a' before 'eA')."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from dashboard.export import to_text
from dashboard.export_cells import FORMATS
from dashboard.export_parts import export_to_file, export_to_stream
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store, events
from dashboard.store.streams import _byte_ordered_ids
from tests.conftest import SEED
from tests.pg import Server

# ids whose code-point order differs from an English collation's
IDS = ["eB", "ea", "e_a", "eA", "e-b", "e1", "E9"]


def _database(server: Server, icu: bool) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    how = " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C'" if icu else ""
    with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{how}')
    return f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/{name}"


@pytest.fixture(params=[False, True], ids=["c", "icu"])
def store(request: pytest.FixtureRequest, pg_server: Server, geoparser: Geoparser) -> Store:
    s = Store(_database(pg_server, request.param))
    Pipeline(s, geoparser).ingest([SEED])
    with s.writer.begin() as conn:  # copies of a stored event under the ids above
        row = dict(conn.execute(sa.select(events).limit(1)).mappings().one())
        conn.execute(events.insert(), [{**row, "id": i} for i in IDS])
    return s


def test_the_collation_check_tells_c_from_icu(store: Store) -> None:
    with store.engine.connect() as conn:
        icu = conn.execute(
            sa.text("SELECT datlocprovider FROM pg_database WHERE datname = current_database()")
        ).scalar_one()
        assert _byte_ordered_ids(conn) is (icu == "c")


def test_streamed_ids_are_in_code_point_order(store: Store) -> None:
    ids = [r["id"] for r in store.stream_event_rows()]
    assert ids == sorted(ids)
    assert set(IDS) <= set(ids)


@pytest.mark.parametrize("fmt", FORMATS)
def test_parts_and_stream_give_the_sorted_export(store: Store, fmt: str, tmp_path: Path) -> None:
    plain = to_text(store.event_rows(), fmt)  # sorted in Python
    buf = io.StringIO()
    export_to_stream(store, fmt, buf)
    assert buf.getvalue() == plain
    out = tmp_path / f"e.{fmt}"
    export_to_file(store, fmt, out, jobs=3, min_split=1)
    assert out.read_text(encoding="utf-8") == plain
