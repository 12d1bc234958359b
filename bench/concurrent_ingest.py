"""Four concurrent ingests of a few hundred generated articles into one new store, per backend.

    python bench/concurrent_ingest.py [--articles 300] [--writers 4] [--code DIR]

Prints one JSON object per backend: ``backend``, ``given``, ``stored``,
``crashed_processes`` (exit status other than 0/1, or a traceback) and ``seconds``.
PostgreSQL is a throwaway server (tests/pg.py); it is skipped when Debian's binaries are
missing. ``--code DIR`` runs another checkout's ``python -m dashboard`` (say, an older
release unpacked with ``git archive``) to compare before and after in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pg import Server, bin_dir  # noqa: E402

CITIES = [
    "Oslo",
    "Lima",
    "Quito",
    "Hanoi",
    "Nairobi",
    "Dhaka",
    "Kyiv",
    "Seoul",
    "Cairo",
    "Manila",
    "Bogota",
    "Accra",
    "Tunis",
    "Riga",
    "Dakar",
    "Amman",
    "Lusaka",
    "Hobart",
    "Tbilisi",
    "Sofia",
]
ACTS = [
    "Protesters marched in {c} on Monday",
    "Police detained {n} people in {c} on Tuesday",
    "Ministers met in {c} on Wednesday to discuss trade",
    "Troops clashed with rebels near {c} on Friday",
    "Workers went on strike in {c} on Thursday",
]


def write_articles(folder: Path, n: int, writers: int) -> list[Path]:
    """``n`` articles split round-robin into ``writers`` sub-folders; every writer meets every city."""
    for w in range(writers):
        (folder / f"w{w}").mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        c, other = CITIES[i % len(CITIES)], CITIES[(i * 7 + 3) % len(CITIES)]
        lines = [
            ACTS[(i + k) % len(ACTS)].format(c=c if k % 2 == 0 else other, n=i + 2)
            for k in range(3)
        ]
        p = folder / f"w{i % writers}" / f"a{i:04d}.txt"
        p.write_text(
            f"date 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n{c.upper()} — "
            + ". ".join(lines)
            + f". Report {i}.\n"
        )
        paths.append(p)
    return paths


def run(
    backend: str, url: str, folder: Path, writers: int, given: int, code: Path
) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dashboard", "ingest", str(folder / f"w{w}"), "--db", url],
            cwd=code,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(writers)
    ]
    errs = [p.communicate(timeout=1800)[1] for p in procs]
    seconds = time.perf_counter() - start
    crashed = sum(
        p.returncode not in (0, 1) or "Traceback" in e for p, e in zip(procs, errs, strict=True)
    )
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT count(DISTINCT id) FROM articles")).scalar()
    engine.dispose()
    return {
        "backend": backend,
        "given": given,
        "stored": stored,
        "crashed_processes": crashed,
        "seconds": round(seconds, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose dashboard to run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        write_articles(folder, args.articles, args.writers)
        db = str(Path(tmp) / "bench.db")
        print(
            json.dumps(run("sqlite", db, folder, args.writers, args.articles, args.code)),
            flush=True,
        )
        bindir = bin_dir()
        if bindir is None:
            print(json.dumps({"backend": "postgresql", "skipped": "no PostgreSQL binaries"}))
            return
        server = Server(bindir).start()
        try:
            url = server.new_database()
            print(
                json.dumps(run("postgresql", url, folder, args.writers, args.articles, args.code))
            )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
