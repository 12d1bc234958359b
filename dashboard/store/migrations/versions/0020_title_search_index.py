"""SQLite: ``articles_title_fts``, the titles' full-text index for the text filter.

The text filter matches an event's searched text (``events_fts``, 0004) or its article's
title. The titles had no index: every question of a search scanned every title of the
store, then lower-cased and searched each (0.13 s a question at 1M events and 100k
articles, six or seven questions per filter state, and more where articles are long, since
the scan reads whole article rows). This is an FTS5 external-content table over
``articles.title`` with the trigram tokenizer, as ``events_fts`` is (case-insensitive
substring matching of three characters or more; a shorter text still scans), kept in step
by triggers. PostgreSQL keeps its title scan (``filters._matches``).

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_FTS = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_title_fts USING fts5(title, "
    "content='articles', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS articles_title_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_title_fts(rowid, title) VALUES (new.rowid, new.title); END",
    "CREATE TRIGGER IF NOT EXISTS articles_title_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_title_fts(articles_title_fts, rowid, title) "
    "VALUES ('delete', old.rowid, old.title); END",
    "CREATE TRIGGER IF NOT EXISTS articles_title_fts_au AFTER UPDATE OF title ON articles BEGIN "
    "INSERT INTO articles_title_fts(articles_title_fts, rowid, title) "
    "VALUES ('delete', old.rowid, old.title); "
    "INSERT INTO articles_title_fts(rowid, title) VALUES (new.rowid, new.title); END",
    "INSERT INTO articles_title_fts(articles_title_fts) VALUES ('rebuild')",
]
_DROP = [
    "DROP TRIGGER IF EXISTS articles_title_fts_ai",
    "DROP TRIGGER IF EXISTS articles_title_fts_ad",
    "DROP TRIGGER IF EXISTS articles_title_fts_au",
    "DROP TABLE IF EXISTS articles_title_fts",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in _FTS:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in _DROP:
            op.execute(sql)
