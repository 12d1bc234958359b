"""The event reader's own cost per article: ``EventExtractor.read`` alone, the geoparse done
before and left out, in CPU time or in instructions under callgrind.

    python bench/reader_cost.py [--articles 148] [--reps 5] [--dev]
    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        python bench/reader_cost.py --callgrind [--articles 74] [--dev]

The articles are ``bench/ingest_rate.py``'s (the bundled ones with their own dates), read
after 38 of them to warm the caches; ``--dev`` reads the dev sets' texts instead (events,
geoparse LGL and dates, shuffled with seed 1, nothing warmed; the texts are read from
../shared/eval and never copied). Prints JSON ``{"articles", "cpu_ms", "fastest_ms"}``: CPU
milliseconds an article for each pass and the fastest. With ``--callgrind`` it makes one
pass with callgrind's instrumentation switched on (``callgrind_control -i on``) only around
the reads, so the count callgrind prints is the reader's alone. Compare two checkouts in
alternating runs: CPU time on a shared host moves by more than small changes; the
instruction count does not.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.model import Article  # noqa: E402 (the checkout's own package, after its path)

DEV_SETS = ("eval/events/cameo_dev.jsonl", "eval/geoparse/lgl.jsonl", "eval/dates/aquaint.jsonl")
WARM = 38


def articles(n: int, dev: bool) -> tuple[list[Article], int]:
    """(articles to read, how many of them only warm the caches)."""
    if not dev:
        from bench.ingest_rate import write_jsonl
        from dashboard.articles.formats import read_file

        with tempfile.TemporaryDirectory() as tmp:
            feed = Path(tmp) / "feed.jsonl"
            write_jsonl(feed, n + WARM + 4)  # the bench writes a broken line now and then
            return list(read_file(feed).articles)[: WARM + n], WARM
    found = []
    for rel in DEV_SETS:
        with (Path(os.environ.get("GEONEWS_SHARED") or ROOT.parent / "shared") / rel).open(
            encoding="utf-8"
        ) as fh:
            for i, line in enumerate(fh):
                text = json.loads(line)["text"]
                found.append(Article(f"{rel}:{i}", "dev", text, date(2024, 3, 14)))
    random.Random(1).shuffle(found)
    return found[:n], 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=148)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--dev", action="store_true", help="the dev sets' texts, not the bundled")
    ap.add_argument("--callgrind", action="store_true", help="one pass, instrumented alone")
    args = ap.parse_args()
    from dashboard.jobs import Reader

    reader = Reader.build({})
    reader.warm()
    arts, warm = articles(args.articles, args.dev)
    read = [(a, reader.geoparser.analyse(a.text, a.published)) for a in arts]
    extractor = reader.extractor
    for article, analysis in read[:warm]:
        extractor.read(article, analysis)
    work = read[warm:]
    if args.callgrind:
        switch = ["callgrind_control", "-i"]
        subprocess.run([*switch, "on", str(os.getpid())], check=True, capture_output=True)
        for article, analysis in work:
            extractor.read(article, analysis)
        subprocess.run([*switch, "off", str(os.getpid())], check=True, capture_output=True)
        print(json.dumps({"articles": len(work)}))
        return
    passes = []
    for _ in range(args.reps):
        t = time.process_time()
        for article, analysis in work:
            extractor.read(article, analysis)
        passes.append(round(1000 * (time.process_time() - t) / len(work), 2))
    print(json.dumps({"articles": len(work), "cpu_ms": passes, "fastest_ms": min(passes)}))


if __name__ == "__main__":
    main()
