"""Ingest rate of the whole process beside floors from the same run, per backend.

    python bench/ingest_rate.py [--articles 2000] [--jobs 2] [--no-postgres] [--code DIR]

One JSON Lines file of ``--articles`` articles is made from the bundled ones
(``data/articles``): each copy gets its own publication date (spread over three years, so
its relative dates and its id change), title and URL, and about one line in 500 is broken
(invalid JSON, or no text) so the report has refused lines to keep. Then, in this order:

- ``reader``: the floor of the reader alone: a child process that loads the reader, reads
  the file and analyses its articles in ``--jobs`` forked workers (chunks of 100, as the
  ingest does), storing nothing; wall time of the whole process;
- ``ingest_sqlite``: ``python -m dashboard ingest FILE --jobs N`` into a new SQLite store;
- ``ingest_postgresql``: the same into a new database of a throwaway PostgreSQL server
  (tests/pg.py; skipped without Debian's binaries or with ``--no-postgres``).

Prints one JSON object: ``articles``, ``jobs``, ``commit``, and per run ``{name: {"s",
"per_s", "cpu_s"}}`` (wall seconds, articles per wall second, CPU seconds of the process and
its workers), plus ``report_sha1`` (of the ingest's report on stdout, the file's path left
out: it must be the same for every backend, every checkout and every run) and ``summary`` (its closing line). ``--code DIR``
runs another checkout's ``python -m dashboard`` (``git worktree add /tmp/old COMMIT``) to
compare before and after in one run. Timings are noisy on a shared machine: compare the
ratios of one run. ``--base DIR`` runs that checkout's ingest right after each one, into its
own store, reported as ``ingest_sqlite_base`` and ``ingest_postgresql_base`` (with
``base_commit``): before and after in one run. Each checkout's modules are compiled once,
untimed, into a bytecode cache of the run's own (``PYTHONPYCACHEPREFIX``), which every timed
run then reads, as a user's second ingest does; the checkouts are not written to.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pg import Server, bin_dir  # noqa: E402

START = date(2022, 1, 1)
DAYS = 3 * 365
BROKEN_EVERY = 500  # one line in this many is refused: the report keeps its line numbers


def write_jsonl(path: Path, n: int, seed: int = 7) -> int:
    """``n`` lines made from the bundled articles; returns how many are articles."""
    from dashboard.articles.reader import read_article

    folder = ROOT / "data" / "articles"
    bundled = [read_article(p) for p in sorted(folder.rglob("*.*")) if p.suffix in (".txt", ".md")]
    rng = random.Random(seed)
    good = 0
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            if k % BROKEN_EVERY == BROKEN_EVERY - 1:
                out.write(
                    '{"title": "cut off", "text": "half a line\n'
                    if k % 2
                    else '{"title": "empty"}\n'
                )
                continue
            a = bundled[k % len(bundled)]
            day = START + timedelta(days=rng.randrange(DAYS))
            rec = {
                "title": f"{a.title} ({k})",
                "date": day.isoformat(),
                "text": a.text,
                "source": a.source,
                "url": f"https://example.org/{k}",
            }
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            good += 1
    return good


_READER_CHILD = """
import sys, multiprocessing
from pathlib import Path
from dashboard.articles.formats import read_file
from dashboard.jobs import Reader
reader = Reader.build({})
reader.warm()
def work(chunk):
    return len(reader.analyse_articles(chunk).items)
arts = read_file(Path(sys.argv[1])).articles
chunks = [tuple(arts[i:i + 100]) for i in range(0, len(arts), 100)]
with multiprocessing.get_context("fork").Pool(int(sys.argv[2])) as pool:
    print(sum(pool.imap(work, chunks)))
"""


# each checkout's bytecode, kept apart from its tree: set by ``main`` for the run
PYCACHE: Path | None = None


def child_env(code: Path) -> dict[str, str]:
    """The environment of a child running ``code``: its own bytecode cache under ``PYCACHE``
    (a user's second run reads compiled modules; with ``PYTHONDONTWRITEBYTECODE`` inherited
    and no ``__pycache__`` in the checkout, every run compiled ~200 modules again, 0.3-1 s of
    CPU, and a checkout that had one was timed against one that had none)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    if PYCACHE is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        key = hashlib.sha1(str(code).encode()).hexdigest()[:8]
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE / key)
    return env


def warm_bytecode(code: Path, tmp: Path) -> None:
    """One untimed ingest of three articles with ``code``, which fills its bytecode cache
    (the modules the reader, the store and the regroup import) before the timed runs."""
    small = tmp / f"warm-{hashlib.sha1(str(code).encode()).hexdigest()[:8]}.jsonl"
    write_jsonl(small, 3)
    cmd = [sys.executable, "-m", "dashboard", "ingest", str(small), "--db", f"{small}.db"]
    subprocess.run(cmd, cwd=code, env=child_env(code), capture_output=True, timeout=600)
    floor = [sys.executable, "-c", _READER_CHILD, str(small), "1"]
    subprocess.run(floor, cwd=code, env=child_env(code), capture_output=True, timeout=600)


def timed(cmd: list[str], code: Path) -> tuple[dict[str, float], str, str]:
    """Wall and CPU seconds of one child process (and its workers), its stdout and stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    env = child_env(code)
    done = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{cmd[:4]} failed:\n{done.stderr[-2000:]}")
    return {"s": round(wall, 2), "cpu_s": round(cpu, 2)}, done.stdout, done.stderr


def ingest(file: Path, db: str, jobs: int, code: Path, good: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "dashboard", "ingest", str(file), "--db", db, "--jobs", str(jobs)]
    got, stdout, stderr = timed(cmd, code)
    got["per_s"] = round(good / got["s"], 1)
    # the report names the file by its path, a new temporary folder each run: left out
    report = stdout.replace(str(file), "FEED")
    got["report_sha1"] = hashlib.sha1(report.encode()).hexdigest()[:12]  # type: ignore[assignment]
    got["summary"] = stderr.strip().splitlines()[-1]  # type: ignore[assignment]
    return got


def commit(code: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(code), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(code), "status", "--porcelain", "dashboard"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return done.stdout.strip() + ("+dirty" if dirty else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--no-floor", action="store_true", help="skip the reader-alone floor")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose dashboard to run")
    ap.add_argument("--base", type=Path, help="another checkout run after each ingest (``_base``)")
    args = ap.parse_args()
    code = args.code.resolve()
    global PYCACHE
    with tempfile.TemporaryDirectory() as tmp:
        PYCACHE = Path(tmp) / "pycache"
        for checkout in [code] + ([args.base.resolve()] if args.base else []):
            warm_bytecode(checkout, Path(tmp))
        file = Path(tmp) / "feed.jsonl"
        good = write_jsonl(file, args.articles)
        out: dict[str, Any] = {"articles": good, "jobs": args.jobs, "commit": commit(code)}
        if not args.no_floor:
            floor, _, _ = timed(
                [sys.executable, "-c", _READER_CHILD, str(file), str(args.jobs)], code
            )
            floor["per_s"] = round(good / floor["s"], 1)
            out["reader"] = floor
        codes = [("", code)] + ([("_base", args.base.resolve())] if args.base else [])
        if args.base:
            out["base_commit"] = commit(args.base.resolve())
        for suffix, where in codes:  # each backend: this checkout, then the base, alternating
            db = str(Path(tmp) / f"bench{suffix}.db")
            out[f"ingest_sqlite{suffix}"] = ingest(file, db, args.jobs, where, good)
        bindir = None if args.no_postgres else bin_dir()
        if bindir is not None:
            server = Server(bindir).start()
            try:
                for suffix, where in codes:
                    url = server.new_database()
                    out[f"ingest_postgresql{suffix}"] = ingest(file, url, args.jobs, where, good)
            finally:
                server.stop()
        print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
