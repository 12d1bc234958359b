"""Indexes on the ingest and correction times: the data version read from indexes.

The app reads the store's data version (``Reading.data_version``) at the start of every
rerun: a click, a search, a date change. Its newest ingest time, ``max(ingested_at)`` over
``articles``, had no index, so every rerun read every article row, whole texts included
(0.1 s of wall time and 0.03 s of CPU at 100k articles, the bench's 1M-event store). With
the index each maximum is one step down a B-tree, on SQLite and PostgreSQL alike; the
article count already came from the primary key's index. The wire copies' newest time and
the corrections' newest time, read in the same question, get their own indexes: a store of
many copies or corrections scanned them the same way.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_articles_ingested_at": ("articles", ["ingested_at"]),
    "ix_article_copies_ingested_at": ("article_copies", ["ingested_at"]),
    "ix_corrections_created_at": ("corrections", ["created_at"]),
}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for name, (table, columns) in INDEXES.items():
        # a store re-stamped to an older revision (a test's, or a restore) may hold it already
        if name not in {ix["name"] for ix in inspector.get_indexes(table)}:
            op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table)
