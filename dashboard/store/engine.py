"""Engines for both backends, password-free URLs for messages, and the retry of transient errors.

SQLite: WAL, a 30 s busy timeout, and ``BEGIN IMMEDIATE`` for writing transactions, so a
writer takes the write lock up front instead of failing when it upgrades a read lock.
PostgreSQL: a small connection pool, pre-ping, and a statement timeout so that one slow
query cannot hang the app.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from dashboard.errors import StoreError

T = TypeVar("T")

WRITE = "geonews_write"  # execution option: this connection's transactions write
STATEMENT_TIMEOUT_MS = 30_000  # the slowest query we know (export of ~10k events) takes ~1 s
RETRY_ATTEMPTS = 8  # backoff 0.05 s doubling to ~6 s: well past any lock wait we measured

# PostgreSQL SQLSTATEs worth a second try: serialization failure, deadlock, unique
# violation (two writers inserting the same row: the retry then finds it), lock not
# available, and the connection-failure class (08…).
_PG_TRANSIENT = {"40001", "40P01", "23505", "55P03"}


def to_url(target: str) -> str:
    """A path becomes an SQLite URL; anything with ``://`` is taken as an SQLAlchemy URL.

    ``postgresql://`` without a driver means psycopg 3, the driver of the ``postgres`` extra.
    """
    if "://" in target:
        if target.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + target.split("://", 1)[1]
        return target
    if target == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def masked(url: str) -> str:
    """The URL with any password replaced by ``***``, for every message and log line."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "<unparsable store URL>"


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return _postgres_engine(url)
    engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        if url != "sqlite://":
            cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _postgres_engine(url: str) -> Engine:
    try:
        return sa.create_engine(
            url,
            pool_size=5,
            max_overflow=5,
            pool_pre_ping=True,
            pool_recycle=1800,
            connect_args={"options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"},
        )
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"no driver for {masked(url)}: install the extra with pip install -e '.[postgres]'"
        ) from exc


def is_transient(exc: BaseException) -> bool:
    """True for errors that another writer caused and a retry can clear, on either backend."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state:
        return state in _PG_TRANSIENT or state.startswith("08")
    text = str(orig).lower()
    # SQLite: "database is locked", "database table is locked", SQLITE_BUSY; and a
    # UNIQUE failure from a racing writer, which the retry then sees as a duplicate
    return "locked" in text or "busy" in text or "unique constraint failed" in text


# the tables whose keys only the article's own rows hold: a UNIQUE failure in them comes from
# the article itself (two of its events under one id), never from a racing writer, who
# collides on the article's id or key first; retrying it cannot clear it
# (SQLite names the column, PostgreSQL the constraint)
_OWN_ROWS = (
    "unique constraint failed: events.",
    "unique constraint failed: mentions.",
    'unique constraint "events_',
    'unique constraint "mentions_',
)


def own_conflict(exc: BaseException) -> bool:
    """True for a UNIQUE failure in an article's own rows (``_OWN_ROWS``), on either
    backend: that article is refused alone, and the rest of its batch is written."""
    text = str(exc.orig).lower() if isinstance(exc, DBAPIError) else ""
    return any(k in text for k in _OWN_ROWS)


def retry(fn: Callable[[], T], attempts: int = RETRY_ATTEMPTS) -> T:
    """Run ``fn`` (one whole transaction) again after a transient error, with jittered
    exponential backoff; any other error, or the last attempt's, becomes ``StoreError``."""
    for attempt in range(attempts):
        try:
            return fn()
        except DBAPIError as exc:
            if not is_transient(exc) or attempt == attempts - 1:
                raise StoreError(f"store write failed: {_first_line(exc.orig)}") from exc
            time.sleep(0.05 * 2**attempt * (0.5 + random.random()))
        except sa.exc.SQLAlchemyError as exc:  # a pool timeout, a driver missing: one line
            raise StoreError(f"store write failed: {_first_line(exc)}") from exc
    raise AssertionError("unreachable")


def _first_line(orig: object) -> str:
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__
