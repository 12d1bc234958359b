"""Where an ingest's CPU goes, per article: the reader's stages and the store's, in one process.

    python bench/ingest_split.py [--articles 600] [--batch 128]

The articles are ``bench/ingest_rate.py``'s (the bundled ones, each with its own date, title
and URL). They are read as ``jobs.Reader.analyse_articles`` reads them and written as
``Store.save_many`` writes them (``--batch`` per transaction, into a new SQLite store), with
the CPU time of each stage taken by wrapping its function:

- ``recognise``: ``Recogniser.find`` (spans and candidates);
- ``resolve``: the rest of ``Geoparser.analyse`` (resolution, the sentences, the dateline);
- ``events``: ``EventExtractor.read`` as a whole, and inside it ``triggers`` (CAMEO's coder
  as ``stories`` calls it for each sentence, with the hazards; it tokenises), ``dates`` (``find_dates``), the rest as ``events_rest``;
- ``store``: ``Store.save_many`` less the happenings' regroup, and ``happenings`` that regroup.

Prints JSON: milliseconds of CPU per article for each stage, their sum, call counts, and the
commit. Compare two checkouts in alternating runs: timings are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPENT: Counter[str] = Counter()
CALLS: Counter[str] = Counter()


def timing(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` that adds its CPU seconds to ``SPENT[name]`` (the outermost call only)."""
    depth = [0]

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        CALLS[name] += 1
        if depth[0]:
            return fn(*args, **kwargs)
        depth[0] += 1
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - t
            depth[0] -= 1

    return wrapped


def instrument() -> None:
    from dashboard.events import extract, stories
    from dashboard.places import geoparser, recognise
    from dashboard.store import db, saving

    recognise.Recogniser.find = timing("recognise", recognise.Recogniser.find)  # type: ignore[method-assign]
    geoparser.Geoparser.analyse = timing("geoparse", geoparser.Geoparser.analyse)  # type: ignore[method-assign]
    extract.EventExtractor.read = timing("events", extract.EventExtractor.read)  # type: ignore[method-assign]
    stories.triggers = timing(
        "triggers", stories.triggers
    )  # the sentence's coder, as it was in extract
    extract.hazards.hazard_triggers = timing("triggers", extract.hazards.hazard_triggers)
    extract.find_dates = timing("dates", extract.find_dates)
    db.Store.save_many = timing("store", db.Store.save_many)  # type: ignore[method-assign]
    # the save calls the regroup from ``saving`` (where ``save_many``'s work moved)
    saving.refresh_happenings = timing("happenings", saving.refresh_happenings)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--batch", type=int, default=128)
    args = ap.parse_args()
    from bench.ingest_rate import commit, write_jsonl
    from dashboard.articles.formats import read_file
    from dashboard.jobs import Reader
    from dashboard.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        write_jsonl(feed, args.articles)
        arts = read_file(feed).articles
        store = Store(str(Path(tmp) / "split.db"))
        reader = Reader.build({})
        reader.warm()  # as the ingest does before its workers start
        instrument()
        geometries = reader.geoparser.gaz.geometries
        wall = time.perf_counter()
        for at in range(0, len(arts), args.batch):
            chunk = reader.analyse_articles(arts[at : at + args.batch])
            store.save_many(chunk.items, geometries, "bench")
        wall = time.perf_counter() - wall
    n = len(arts)
    ms = {k: 1000 * v / n for k, v in SPENT.items()}
    split = {
        "recognise": ms["recognise"],
        "resolve": ms["geoparse"] - ms["recognise"],
        "triggers": ms["triggers"],
        "dates": ms["dates"],
        "events_rest": ms["events"] - ms["triggers"] - ms["dates"],
        "store": ms["store"] - ms["happenings"],
        "happenings": ms["happenings"],
    }
    out = {
        "articles": n,
        "commit": commit(ROOT),
        "cpu_ms_per_article": {k: round(v, 2) for k, v in split.items()},
        "cpu_ms_total": round(sum(split.values()), 2),
        "wall_s": round(wall, 2),
        "calls": dict(CALLS),
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
