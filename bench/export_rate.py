"""Export speed and memory of ``python -m dashboard export`` beside floors from the same run.

    python bench/export_rate.py [--events 100000] [--db STORE] [--code DIR] [--formats csv,geojson,jsonl]
                                [--postgres DIR] [--rounds N]

The store is ``bench/scale.py``'s realistic one (built by bulk insert, reused with ``--db``).
Per format, the command writes the whole store to a file; beside it, two floors:
``select_s``, the store's own read of the columns that format uses (sqlite3 alone, no
Python per row), and ``copy_s``, copying the exported file (what the disk costs). With
``--code DIR`` (another checkout, say ``git archive COMMIT | tar -x -C DIR``) its command runs
too, alternating, and both outputs must be byte-identical (``same_bytes``).

Prints one JSON object: ``events``, ``commit`` and per format ``{"s", "cpu_s", "peak_rss_mb",
"bytes", "sha1", "select_s", "copy_s"}`` (wall and CPU seconds of the whole command, start-up
included; peak resident memory), with ``base`` holding the same for ``--code``. With
``--rounds N`` each format runs N times (alternating with ``--code``): ``s`` and ``cpu_s``
are then medians, ``peak_rss_mb`` the largest, and ``runs`` lists every run. With
``--postgres DIR`` the store is copied into a PostgreSQL server kept in DIR (Debian's binaries,
``bench/scale_stores.py``) and each format exported from it too: ``postgresql`` holds
``copy_s`` and per format the same keys less the floors, with ``same_as_sqlite``.
Timings are noisy on a shared machine: compare the ratios of one run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# runs the command and prints this process's peak resident memory last on stderr
_WRAP = """
import runpy, sys
sys.argv = ["dashboard", *sys.argv[1:]]
try:
    runpy.run_module("dashboard", run_name="__main__")
finally:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("HWM", int(line.split()[1]) // 1024, file=sys.stderr)
"""
# the columns each format reads (export_cells.ROW_KEYS), as the store's own SELECT
_SELECT = {
    "csv": "e.*, a.title, a.source, a.url, p.name, p.lat, p.lon, p.country_code, p.kind, h.happening_id",
    "geojson": "e.id, e.detail, e.reference_date, e.geo_precision, e.location_id, h.happening_id",
    "jsonl": "e.id, e.detail, h.happening_id",
}


def export_once(code: Path, db: str, fmt: str, out: Path) -> dict[str, Any]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAP, "export", "--format", fmt, "--db", db, "--out", str(out)],
        cwd=code,
        env={**os.environ, "PYTHONPATH": str(code)},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"export failed:\n{done.stderr[-2000:]}")
    hwm = [line for line in done.stderr.splitlines() if line.startswith("HWM ")]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_rss_mb": int(hwm[-1].split()[1]) if hwm else None,
        "bytes": out.stat().st_size,
        "sha1": _sha1(out),
    }


def export_rounds(
    code: Path,
    db: str,
    fmt: str,
    out: Path,
    rounds: int,
    base: Path | None = None,
    base_out: Path | None = None,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """``export_once`` ``rounds`` times, alternating with ``base`` when given (this code first
    in each round); each result holds the median ``s`` and ``cpu_s``, the largest
    ``peak_rss_mb``, and with more than one round every run's figures as ``runs``."""
    mine: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    for _ in range(rounds):
        mine.append(export_once(code, db, fmt, out))
        if base is not None and base_out is not None:
            theirs.append(export_once(base, db, fmt, base_out))
    return _summary(mine), (_summary(theirs) if theirs else None)


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out = dict(runs[-1])
    if len(runs) > 1:
        out["s"] = statistics.median(r["s"] for r in runs)
        out["cpu_s"] = statistics.median(r["cpu_s"] for r in runs)
        out["peak_rss_mb"] = max(r["peak_rss_mb"] or 0 for r in runs)
        out["runs"] = [{k: r[k] for k in ("s", "cpu_s", "peak_rss_mb", "sha1")} for r in runs]
    return out


def _sha1(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()[:12]


def select_s(db: str, fmt: str) -> float:
    # GeoJSON reads the places once, not joined to each event (``Store.place_points``)
    places = "LEFT JOIN places p ON p.id = e.location_id " if "p." in _SELECT[fmt] else ""
    sql = (
        f"SELECT {_SELECT[fmt]} FROM events e JOIN articles a ON a.id = e.article_id {places}"
        "LEFT JOIN event_happenings h ON h.event_id = e.id ORDER BY e.id"
    )
    conn = sqlite3.connect(db)
    t = time.perf_counter()
    cur = conn.execute(sql)
    while cur.fetchmany(2000):
        pass
    conn.close()
    return round(time.perf_counter() - t, 2)


def copy_s(src: Path) -> float:
    dst = src.with_suffix(".copy")
    t = time.perf_counter()
    shutil.copyfile(src, dst)
    with dst.open("rb") as fh:
        os.fsync(fh.fileno())
    seconds = time.perf_counter() - t
    dst.unlink()
    return round(seconds, 2)


def commit(code: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return done.stdout.strip() or str(code)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="an existing store to export (else one is built)")
    ap.add_argument("--code", type=Path, help="another checkout to compare, alternating")
    ap.add_argument("--formats", default="csv,geojson,jsonl")
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="runs per format (alternating with --code): medians, every run kept",
    )
    ap.add_argument(
        "--postgres",
        type=Path,
        metavar="DIR",
        help="also export from a PostgreSQL copy, the server kept in DIR",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        report: dict[str, Any] = {"commit": commit(ROOT)}
        if db is None:
            from bench.scale import build

            db = str(Path(tmp) / "store.db")
            report["build"] = build(db, args.events)
        with sqlite3.connect(db) as conn:
            report["events"] = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"out.{fmt}"
            code = args.code.resolve() if args.code else None
            got, base = export_rounds(
                ROOT, db, fmt, out, args.rounds, code, Path(tmp) / f"base.{fmt}"
            )
            got["select_s"], got["copy_s"] = select_s(db, fmt), copy_s(out)
            if base is not None:
                got["base"] = base
                got["same_bytes"] = base["sha1"] == got["sha1"]
            report[fmt] = got
            print(json.dumps({fmt: got}), file=sys.stderr, flush=True)
        if args.postgres:
            report["postgresql"] = on_postgres(args.postgres, db, args, Path(tmp), report)
        print(json.dumps(report, indent=1))


def on_postgres(
    folder: Path, db: str, args: argparse.Namespace, tmp: Path, report: dict[str, Any]
) -> dict[str, Any]:
    """Each format exported from a PostgreSQL copy of the store (a server kept in ``folder``,
    ``bench/scale_stores.py``), beside ``--code`` alternating; ``same_as_sqlite`` compares
    with the SQLite export of the same run."""
    from bench.scale_stores import PgServer, copy_to_postgres

    server = PgServer(folder).start()
    try:
        url = server.url(f"export_{report['events']}")
        out: dict[str, Any] = {"copy_s": copy_to_postgres(db, url)}
        for fmt in args.formats.split(","):
            code = args.code.resolve() if args.code else None
            got, base = export_rounds(
                ROOT, url, fmt, tmp / f"pg.{fmt}", args.rounds, code, tmp / f"pgbase.{fmt}"
            )
            got["same_as_sqlite"] = got["sha1"] == report[fmt]["sha1"]
            if base is not None:
                got["base"] = base
                got["same_bytes"] = base["sha1"] == got["sha1"]
            out[fmt] = got
            print(json.dumps({"postgresql": {fmt: got}}), file=sys.stderr, flush=True)
        return out
    finally:
        server.stop()


if __name__ == "__main__":
    main()
