"""Bring a store to the newest schema with Alembic, on first use, safely under many openers.

- A new, empty store is built by running every revision from the first.
- A store made before migrations existed (tables, no ``alembic_version``) is the schema of
  revision 0001: it is stamped so and upgraded, after a backup copy of an SQLite file.
- A store at an older revision is backed up (SQLite) and upgraded.
- A store at a revision this version does not know was made by a newer GeoNews: refused.

Processes opening one store at once serialise on the migration: SQLite's ``BEGIN
IMMEDIATE`` holds the write lock, PostgreSQL an advisory transaction lock; the second one
then finds the store current.

A current store is known by one query, without Alembic: importing it (with Mako and
Pygments, which it loads) was 0.14 s of CPU of every command that opens a store, a tenth of
an ingest's start, for a check that reads one row (``_current``, ``newest``).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from dashboard.errors import StoreError
from dashboard.store.engine import WRITE

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

FIRST = "0001"
_LOCK_ID = 0x6E657773  # any constant: the advisory lock all GeoNews migrations share


VERSIONS = Path(__file__).with_name("migrations") / "versions"


@cache
def scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(VERSIONS.parent))


@cache
def newest() -> str:
    """The head revision read from the scripts' names (``0023_place_dates_index.py``: each
    file is named after its revision, which follows the one before), without Alembic."""
    return max(p.name[:4] for p in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))


def head() -> str:
    rev = scripts().get_current_head()
    assert rev is not None
    return rev


def upgrade(engine: Engine) -> str | None:
    """Upgrade the store in place when it is behind; returns the backup file made, if any."""
    if _current(engine):
        return None
    url = engine.url.render_as_string(hide_password=False)
    current, has_tables = _state(engine)
    if current == head():
        return None
    _refuse_newer(current)
    backup = _backup(url, current) if (current or has_tables) else None
    with engine.execution_options(**{WRITE: True}).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
        _run(conn)
    return backup


def _current(engine: Engine) -> bool:
    """The store is at the newest revision (one row of ``alembic_version``, as Alembic
    keeps it); anything else goes the whole way, under the lock."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return False
        rows = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    return [r[0] for r in rows] == [newest()]


def _state(engine: Engine) -> tuple[str | None, bool]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision(), sa.inspect(conn).has_table(
            "articles"
        )


def _refuse_newer(current: str | None) -> None:
    known = {s.revision for s in scripts().walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"its schema revision {current} is newer than this GeoNews knows (up to "
            f"{head()}): update GeoNews to open it"
        )


def _run(conn: Connection) -> None:
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    script = scripts()
    ctx = MigrationContext.configure(
        conn, opts={"script": script, "fn": lambda rev, _ctx: script._upgrade_revs(head(), rev)}
    )
    current = ctx.get_current_revision()  # again, now under the lock
    _refuse_newer(current)
    if current == head():
        return
    if current is None and sa.inspect(conn).has_table("articles"):
        ctx.stamp(script, FIRST)  # made before migrations: its tables are revision 0001
    with Operations.context(ctx):
        ctx.run_migrations()


def _backup(url: str, current: str | None) -> str | None:
    """A consistent copy of an SQLite file beside it (``geonews.db.bak-0001``), once per
    revision; a server database is the administrator's to back up."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    target = Path(f"{parsed.database}.bak-{current or 'unversioned'}")
    if target.exists():
        return str(target)
    tmp = target.with_suffix(target.suffix + ".part")
    src, dst = sqlite3.connect(parsed.database), sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    tmp.replace(target)
    return str(target)
