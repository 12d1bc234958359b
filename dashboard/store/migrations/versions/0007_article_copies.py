"""``article_copies``: the other outlets that carried an article's very text (issue 16).

An article's id hashes its publication date and text, so a byte-identical wire story that a
second outlet carries (another ``source``, another file or URL) has the stored article's id
and is not stored again. Its outlet is kept here instead, so the happening lists it and
counts it as the same source (a wire copy):

- ``article_id``: the stored article whose text it is (its copies go with it);
- ``key``: the copy's own store key (its file or URL, as ``db.store_key``), one row per key;
- ``source``, ``url``: the copy's outlet as the article gives it;
- ``ingested_at``: when the copy was met (naive UTC).

A store upgraded here has no copies yet: the ones met before were dropped as duplicates.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_copies",
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key", sa.String(1024), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    # a key's copy is looked up when that file or URL is written again with another text
    op.create_index("ix_article_copies_key", "article_copies", ["key"])


def downgrade() -> None:
    op.drop_index("ix_article_copies_key", "article_copies")
    op.drop_table("article_copies")
