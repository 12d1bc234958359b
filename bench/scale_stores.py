"""The stores of ``bench/scale.py``: built once per size, made current, kept and reused.

- SQLite: ``DIR/scale_N.db``, built by ``scale.build`` (bulk insert) when missing.
- PostgreSQL: database ``scale_N`` of a server kept in ``DIR/pg`` (Debian's binaries, as
  ``tests/pg.py`` starts them, but its data kept between runs), filled by ``COPY`` from the
  SQLite store of the same size: the same rows on both backends, at a fraction of the
  generator's time.

Before a run every store is made current (``prepare``):

- upgraded to the newest schema (``Store`` does it on open; SQLite keeps a backup file);
- its articles marked as read by the current reader (the generator's events are not the
  reader's, and a stale mark makes the app re-read a million events in the background while
  the run times it: ``ui/freshness.py``);
- given happenings when it has none (``add_happenings``): a real store groups every event
  (``store/happenings.py``), and the page counts happenings per place on every filter state,
  so a store without them would time a join over an empty table;
- given the reports of its merged happenings (``merged_reports``, which the writer keeps and
  the counts and cards read) when that table does not hold them all: the happenings above
  are written in bulk, past the writer, and a store given them after migration 0009 had
  19,945 of the 178,960 rows at 1M, so its happening counts and cards were wrong and cheap;
- analysed (``ANALYZE``), as a long-lived store's planner statistics are.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.store import merged  # noqa: E402
from dashboard.store.db import Store  # noqa: E402
from dashboard.store.fingerprint import analysis_fingerprint  # noqa: E402
from dashboard.store.schema import (  # noqa: E402
    articles,
    event_happenings,
    event_places,
    events,
    happenings,
    merged_reports,
    places,
)
from tests.pg import bin_dir  # noqa: E402

# parents first: the foreign keys hold at every step of the copy
COPIED = (places, articles, events, event_places, happenings, event_happenings, merged_reports)

# one happening per root, place and start day: most are one report; the busiest places get
# a few reports each (Zipf), which the page's happening cards of two reports or more need
_HAPPENING_LINKS = """
INSERT INTO event_happenings (event_id, happening_id, root, cell, date_start, date_end, score, reason)
SELECT id, 'h' || CAST(dense_rank() OVER (ORDER BY substr(event_code, 1, 2), location_id, date_start) AS TEXT),
       substr(event_code, 1, 2), COALESCE(location_id, ''), date_start, date_end, 1.0, 'bench'
FROM events
"""
_HAPPENINGS = """
INSERT INTO happenings (id, root, date_start, date_end, time_precision, location_id, geo_precision,
                        reports, articles, sources, detail)
SELECT h.happening_id, MIN(h.root), MIN(e.date_start), MAX(e.date_end), MIN(e.time_precision),
       MIN(e.location_id), MIN(e.geo_precision), COUNT(*), COUNT(DISTINCT e.article_id),
       COUNT(DISTINCT e.article_id), '{}'
FROM event_happenings h JOIN events e ON e.id = h.event_id
GROUP BY h.happening_id
"""

# the reports of happenings of two or more: the rows ``merged_reports`` must hold
_MERGED_REPORTS = "SELECT COALESCE(SUM(reports), 0) FROM happenings WHERE reports > 1"


def _merged_rows(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(merged_reports)).scalar_one())


def prepare(target: str) -> dict[str, Any]:
    """Make the store at ``target`` current (see the module's docstring); returns its shape:
    ``events``, ``places``, ``happenings`` and ``prepare_s``."""
    t = time.monotonic()
    store = Store(target)  # upgrades
    with store.writer.begin() as conn:
        conn.execute(
            articles.update()
            .values(analysis=analysis_fingerprint())
            .where(
                sa.or_(articles.c.analysis.is_(None), articles.c.analysis != analysis_fingerprint())
            )
        )
        if conn.execute(sa.select(sa.func.count()).select_from(event_happenings)).scalar_one() == 0:
            conn.execute(sa.text(_HAPPENING_LINKS))
            conn.execute(sa.text(_HAPPENINGS))
        if _merged_rows(conn) != conn.execute(sa.text(_MERGED_REPORTS)).scalar_one():
            merged.fill(conn)
    with store.writer.begin() as conn:
        conn.execute(sa.text("ANALYZE"))
    with store.engine.connect() as conn:
        shape = {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in (("events", events), ("places", places), ("happenings", happenings))
        }
    return {**shape, "prepare_s": round(time.monotonic() - t, 1)}


def copy_to_postgres(sqlite_path: str, url: str) -> float:
    """Fill the empty store at ``url`` with every row of the SQLite store by ``COPY``; seconds.
    A store already holding as many events is kept as it is (0.0)."""
    import psycopg

    store = Store(url)  # the schema at head
    src = sqlite3.connect(sqlite_path)
    want = src.execute("SELECT count(*) FROM events").fetchone()[0]
    with store.engine.connect() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one() == want:
            return 0.0
    t = time.monotonic()
    dsn = sa.engine.make_url(url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(dsn) as pg:
        pg.execute("TRUNCATE " + ", ".join(t.name for t in COPIED) + " CASCADE")
        for table in COPIED:
            cols = [c.name for c in table.columns]
            boolean = [isinstance(c.type, sa.Boolean) for c in table.columns]
            quoted = ", ".join(f'"{c}"' for c in cols)
            with pg.cursor().copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {quoted} FROM {table.name}"):
                    copy.write_row(
                        [
                            bool(v) if b and v is not None else v
                            for v, b in zip(row, boolean, strict=True)
                        ]
                    )
        pg.commit()
        pg.autocommit = True
        pg.execute("VACUUM ANALYZE")
    src.close()
    return round(time.monotonic() - t, 1)


class PgServer:
    """A PostgreSQL server whose data stays in ``folder`` between runs; ``url(name)`` makes
    the database when missing. Started by ``start``, stopped by ``stop`` (fast shutdown)."""

    def __init__(self, folder: Path) -> None:
        found = bin_dir()
        if found is None:
            raise SystemExit("PostgreSQL needs Debian's postgresql package")
        self.bindir, self.folder, self.data = found, folder, folder / "data"
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> PgServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        if not (self.data / "PG_VERSION").exists():
            subprocess.run(
                [
                    *self.as_user,
                    str(self.bindir / "initdb"),
                    "-D",
                    str(self.data),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--no-sync",
                    "--locale=C",
                ],
                check=True,
                capture_output=True,
            )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        # a server's default memory (128 MB of shared buffers), no fsync: the data is rebuilt
        self.proc = subprocess.Popen(
            [
                *self.as_user,
                str(self.bindir / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-k",
                str(self.folder),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=60",
            ],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "log").open("ab"),
        )
        self._wait()
        return self

    def _admin(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def _wait(self) -> None:
        import psycopg

        deadline = time.monotonic() + 120
        while True:
            try:
                psycopg.connect(self._admin(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline or (self.proc and self.proc.poll() is not None):
                    raise RuntimeError(
                        f"PostgreSQL did not start: see {self.folder / 'log'}"
                    ) from None
                time.sleep(0.3)

    def url(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self._admin(), autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            subprocess.run(
                [
                    *self.as_user,
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "stop",
                    "-m",
                    "fast",
                ],
                capture_output=True,
                timeout=120,
            )
            self.proc.wait(timeout=60)
