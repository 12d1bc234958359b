"""Indexes for filtering in SQL, and the full-text index for the text filter.

- ``events.search_text``: the text the filter searches, the summary then each evidence
  sentence, joined by spaces (what ``views.apply_filters`` builds in pandas); filled here
  for existing events and by the writer for new ones.
- SQLite: ``events_fts``, an FTS5 external-content table over ``search_text`` with the
  trigram tokenizer (case-insensitive substring matching, as the pandas filter does), kept
  in step with ``events`` by triggers.
- PostgreSQL: a GIN index on ``to_tsvector('simple', search_text)``.
- B-tree indexes on the filter columns that narrow most (type, location, precision), and
  two covering indexes for the counts per place.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_events_event_code": ("events", ["event_code"]),
    "ix_events_location_id": ("events", ["location_id"]),
    "ix_events_geo_precision": ("events", ["geo_precision"]),
    # covering: counts per place join every link to its event's type and dates without
    # reading the wide event rows (2.0 s -> 0.5-0.9 s for 100k links on SQLite)
    "ix_events_cover": (
        "events",
        ["id", "event_code", "date_start", "date_end", "geo_precision", "location_id"],
    ),
    "ix_event_places_cover": ("event_places", ["place_id", "event_id", "role"]),
}
_FTS = [
    "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events', "
    "content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); END",
    "CREATE TRIGGER events_fts_au AFTER UPDATE OF search_text ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text) "
    "VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO events_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
]
PG_GIN = (
    "CREATE INDEX ix_events_search_tsv ON events "
    "USING gin (to_tsvector('simple'::regconfig, search_text))"
)


def search_text(summary: str, evidence_json: str) -> str:
    """The searched text of one event; kept equal to ``store.writes.search_text``."""
    texts = [e.get("text", "") for e in json.loads(evidence_json or "[]")]
    return " ".join([summary, " ".join(texts)])


def upgrade() -> None:
    op.add_column("events", sa.Column("search_text", sa.Text, nullable=True))
    conn = op.get_bind()
    ev = sa.table(
        "events",
        sa.column("id"),
        sa.column("summary"),
        sa.column("evidence"),
        sa.column("search_text"),
    )
    rows = conn.execute(sa.select(ev.c.id, ev.c.summary, ev.c.evidence)).all()
    if rows:
        conn.execute(
            ev.update().where(ev.c.id == sa.bindparam("b_id")),
            [{"b_id": r.id, "search_text": search_text(r.summary, r.evidence)} for r in rows],
        )
    for name, (table, cols) in _INDEXES.items():
        op.create_index(name, table, cols)
    if conn.dialect.name == "sqlite":
        for stmt in _FTS:
            conn.exec_driver_sql(stmt)
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(PG_GIN)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("events_fts_ai", "events_fts_ad", "events_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS events_fts")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_events_search_tsv")
    for name, (table, _cols) in _INDEXES.items():
        op.drop_index(name, table)
    with op.batch_alter_table("events") as batch:
        batch.drop_column("search_text")
