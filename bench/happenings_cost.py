"""What merging reports into happenings costs, at scale and on the ingest path.

    python bench/happenings_cost.py                       # 100k events
    python bench/happenings_cost.py --sizes 100000 1000000 --ingest 300

Stores come from ``bench/scale.py``'s generator (real places by Zipf's law, dates over five
years, 10 events per article, random CAMEO roots), built by bulk insert, so every event
is then grouped by ``store.happenings.rebuild``. Per size (``sizes[]``): ``build_s``;
``load_s`` (reading every event as a ``Report``); ``cluster_s`` (the merge rule in memory)
with ``comparisons`` (calls of ``rules.match``) against ``all_pairs`` (n(n-1)/2, what no
blocking would cost); ``rebuild_s`` (the whole regroup, writes included); ``happenings``
and ``merged`` (happenings of more than one event); ``refresh_ms`` (median time of the
regroup one new 10-event article triggers in that store, over ``--new`` articles).

``ingest`` (top level): ``--ingest`` generated articles through the real pipeline in this
process, once with the regroup and once with it switched off (the same process, so the two
rates are comparable): ``with_per_s``, ``without_per_s``, ``share`` (the regroup's share
of the time). The issue's floor is 300 articles/s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bench.scale as scale  # noqa: E402
import dashboard.happenings.grouping as hc  # noqa: E402
import dashboard.store.db as dbmod  # noqa: E402
from dashboard.store import happenings as sh  # noqa: E402
from dashboard.store.db import Store  # noqa: E402
from dashboard.store.schema import events  # noqa: E402


def run_size(n: int, tmp: Path, new: int) -> dict[str, Any]:
    url = str(tmp / f"happen_{n}.db")
    out: dict[str, Any] = scale.build(url, n)
    store = Store(url)
    with store.engine.connect() as conn:
        ids = [r.id for r in conn.execute(events.select().with_only_columns(events.c.id))]
        t = time.perf_counter()
        reports = sh._load(conn, ids)
        out["load_s"] = round(time.perf_counter() - t, 2)
    calls = [0]
    real = hc.match

    def counted(a: Any, b: Any) -> Any:
        calls[0] += 1
        return real(a, b)

    hc.match = counted  # type: ignore[assignment]
    t = time.perf_counter()
    groups = hc.cluster(reports)
    out["cluster_s"] = round(time.perf_counter() - t, 2)
    hc.match = real  # type: ignore[assignment]
    out["comparisons"], out["all_pairs"] = calls[0], len(reports) * (len(reports) - 1) // 2
    t = time.perf_counter()
    with store.writer.begin() as conn:
        out["happenings"] = sh.rebuild(conn)
    out["rebuild_s"] = round(time.perf_counter() - t, 2)
    out["merged"] = sum(len(g.event_ids) > 1 for g in groups)
    out["refresh_ms"] = refresh_ms(store, new)
    return out


def refresh_ms(store: Store, new: int) -> float:
    """Median ms of the regroup one new article's save runs (timed inside ``Store.save``)."""
    rng = random.Random(7)
    pool = scale.pick_places(500, rng)
    cum = scale._cumulative([1 / (k + 1) for k in range(len(pool))])
    actors = [f"Actor {k:03d}" for k in range(200)]
    actor_cum = scale._cumulative([1 / (k + 1) for k in range(200)])
    timings: list[float] = []
    real = dbmod.refresh_happenings

    def timed(conn: Any, ids: Any, gone: Any = ()) -> int:
        t = time.perf_counter()
        n = real(conn, ids, gone)
        timings.append(time.perf_counter() - t)
        return n

    dbmod.refresh_happenings = timed  # type: ignore[assignment]
    try:
        from dashboard.model import Article

        for k in range(new):
            row, evs = scale._article(9_000_000 + k, pool, cum, actors, actor_cum, rng)
            art = Article(row["id"], row["title"], row["text"], row["published"], "bench", "")
            store.save(art, [], evs, key=row["key"])
    finally:
        dbmod.refresh_happenings = real  # type: ignore[assignment]
    return round(1000 * statistics.median(timings), 1) if timings else 0.0


def ingest(n: int, tmp: Path) -> dict[str, Any]:
    """Articles/s through the command's path (``jobs.ingest``, one job, batches of 64 in one
    transaction each), with and without the regroup, alternating, best of two each."""
    from dashboard import jobs
    from dashboard.pipeline import Pipeline

    folder = tmp / "articles"
    folder.mkdir(exist_ok=True)
    scale.write_articles(folder, n)
    paths = sorted(folder.rglob("gen_*.txt"))
    pipe = Pipeline(Store(str(tmp / "warm.db")))
    jobs.ingest(pipe, paths[:20], 1)  # gazetteer and reader warm, so neither run pays for them
    out: dict[str, Any] = {"articles": len(paths)}
    best: dict[str, float] = {}
    real = dbmod.refresh_happenings
    spent = [0.0]

    def timed(conn: Any, ids: Any, gone: Any = ()) -> int:
        t = time.perf_counter()
        got = real(conn, ids, gone)
        spent[0] += time.perf_counter() - t
        return got

    runs = [("without", lambda conn, ids, gone=(): 0), ("with", timed)] * 2
    for n, (label, hook) in enumerate(runs):
        dbmod.refresh_happenings = hook  # type: ignore[assignment]
        spent[0] = 0.0
        try:
            pipe.store = Store(str(tmp / f"ingest_{label}_{n}.db"))
            t = time.perf_counter()
            jobs.ingest(pipe, paths, 1)
            s = time.perf_counter() - t
        finally:
            dbmod.refresh_happenings = real  # type: ignore[assignment]
        if s < best.get(label, float("inf")):
            best[label] = s
            if label == "with":
                out["share"] = round(spent[0] / s, 3)
    for label, s in best.items():
        out[f"{label}_s"], out[f"{label}_per_s"] = round(s, 2), round(len(paths) / s, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", nargs="+", type=int, default=[100_000])
    ap.add_argument("--new", type=int, default=50, help="new articles timed per size")
    ap.add_argument(
        "--ingest", type=int, default=300, help="generated articles to ingest (0: skip)"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        doc: dict[str, Any] = {"sizes": [run_size(n, Path(tmp), args.new) for n in args.sizes]}
        if args.ingest:
            doc["ingest"] = ingest(args.ingest, Path(tmp))
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()
