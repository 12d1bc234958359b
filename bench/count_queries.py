"""The per-filter-state count queries of the map page, timed against an older checkout in the
same run (issue 15): counts per place (``queries.place_counts``), the marker sizes
(``happening_queries.place_counts``), the heading's counts (``queries.event_counts``,
``happening_queries.happening_count``) and a place's first page of cards.

    git archive main | tar -x -C /tmp/old
    python bench/count_queries.py --store /tmp/scale_1000000.db --old /tmp/old
    python bench/count_queries.py --store S --old /tmp/old --old-store S_copy --rounds 3
    python bench/count_queries.py --store S --old /tmp/old --only place_counts happening_place_counts

Each round runs one fresh process per checkout, the two alternating (old first, then new),
on the same store unless ``--old-store`` names a copy (a checkout refuses a store migrated
past its newest revision). In each process every case is asked once to warm the page cache,
then timed three times; the process's figure is the median. Cases, over the store's own
dates (the last end ``hi``): ``all``, ``year`` (the 365 days to ``hi``) and ``30d``.

Prints JSON: ``store``, ``rounds``, ``load_start``/``load_end``, ``old``/``new`` (per case
name the best of the rounds' medians, wall seconds), ``old_cpu``/``new_cpu`` (the same in
seconds of the process's CPU: SQLite runs in the process, and on a shared machine CPU time
is the steadier figure; PostgreSQL's server time is not in it), ``rows`` (per case, what the new checkout
returned: rows or a count), ``same`` (per case: the old and new answers identical) and
``ratio`` and ``ratio_cpu`` (per case, new / old). Case names: ``place_counts:R``, ``happening_place_counts:R``,
``event_counts:R``, ``happening_count:R`` and ``cards_busiest:R`` for R in the ranges.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _digest(value: Any) -> str:
    """A short digest of an answer, to compare the two checkouts' answers."""
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        frame = value.sort_values("id").reset_index(drop=True)
        frame = frame[sorted(frame.columns)]
        text = frame.astype(str).to_csv(index=False)
    else:
        text = repr(value)
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def worker(root: Path, store_path: str, only: tuple[str, ...] = ()) -> dict[str, Any]:
    """Times every case (those named in ``only`` when given) with the ``dashboard`` package
    of ``root``."""
    sys.path.insert(0, str(root))
    from datetime import timedelta

    from dashboard.store import happening_queries as hq
    from dashboard.store import queries as sq
    from dashboard.store.db import Store
    from dashboard.store.filters import _day, _span

    store = Store(store_path)
    with store.engine.connect() as conn:
        _, hi = _span(conn)
    end = _day(hi)
    ranges = {
        "all": sq.EventQuery(),
        "year": sq.EventQuery(start=end - timedelta(days=364), end=end),
        "30d": sq.EventQuery(start=end - timedelta(days=29), end=end),
    }
    busiest = sq.place_counts(store, sq.EventQuery()).sort_values("n_events").iloc[-1]["id"]
    times: dict[str, float] = {}
    cpus: dict[str, float] = {}
    answers: dict[str, str] = {}
    rows: dict[str, int] = {}
    for name, q in ranges.items():
        cases = {
            "place_counts": lambda q=q: sq.place_counts(store, q),
            "happening_place_counts": lambda q=q: hq.place_counts(store, q),
            "event_counts": lambda q=q: sq.event_counts(store, q),
            "happening_count": lambda q=q: hq.happening_count(store, q),
            "cards_busiest": lambda q=q: sq.cards(store, q, busiest).total,
        }
        for case, fn in cases.items():
            if only and case not in only:
                continue
            got = fn()  # warms the page cache
            spent, cpu = [], []
            for _ in range(3):
                t, c = time.perf_counter(), time.process_time()
                fn()
                spent.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            key = f"{case}:{name}"
            times[key] = round(statistics.median(spent), 4)
            cpus[key] = round(statistics.median(cpu), 4)
            answers[key] = _digest(got)
            rows[key] = len(got) if hasattr(got, "__len__") and not isinstance(got, int) else got
    return {"times": times, "cpu": cpus, "answers": answers, "rows": rows}


def _run(root: Path, store_path: str, only: list[str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(root), "--store", store_path, "--only", *only],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True, help="an SQLite path or a database URL")
    ap.add_argument("--old", type=Path, help="the older checkout's root (git archive)")
    ap.add_argument("--old-store", help="the store the old checkout reads (default: --store)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--only", nargs="*", default=[], help="these cases only (e.g. place_counts)")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.store, tuple(args.only))))
        return
    report: dict[str, Any] = {
        "store": args.store,
        "rounds": args.rounds,
        "load_start": list(os.getloadavg()),
    }
    runs: dict[str, list[dict[str, Any]]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        if args.old:
            runs["old"].append(_run(args.old, args.old_store or args.store, args.only))
        runs["new"].append(_run(ROOT, args.store, args.only))
    for side, got in runs.items():
        if got:
            report[side] = {k: min(r["times"][k] for r in got) for k in got[0]["times"]}
            report[f"{side}_cpu"] = {k: min(r["cpu"][k] for r in got) for k in got[0]["cpu"]}
    report["rows"] = runs["new"][-1]["rows"]
    if runs["old"]:
        old, new = runs["old"][-1]["answers"], runs["new"][-1]["answers"]
        report["same"] = {k: old[k] == new[k] for k in new}
        for side in ("", "_cpu"):
            old_s, new_s = report[f"old{side}"], report[f"new{side}"]
            report[f"ratio{side}"] = {
                k: round(new_s[k] / old_s[k], 3) if old_s[k] else None for k in new_s
            }
    report["load_end"] = list(os.getloadavg())
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
