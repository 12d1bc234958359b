"""Geoparser speed: ours against geotext (a plain gazetteer matcher) on the same documents in
the same run, plus our first start (index build) and cached start. Prints JSON.

    python bench/geoparse.py [--eval-dir ../shared/eval/geoparse] [--repeat 3]

Figures, each the best of ``--repeat`` passes over all documents:
- ``ours``: the whole geoparse (recognition, resolution, reasons), as ingestion runs it;
- ``ours_cold``: one pass with a fresh parser, before its per-name memos have seen anything;
- ``ours_recognition``: recognition alone (spans and candidates), the work geotext does;
- ``ours_python_scanner``: the whole geoparse with the pure-Python scanner instead of the C one.

geotext is installed only for this benchmark (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_START = """
import os, sys, time
t = time.perf_counter()
from dashboard.places.geoparser import Geoparser
Geoparser()
print(time.perf_counter() - t)
"""


def documents(eval_dir: Path) -> list[str]:
    texts = []
    for name in ("lgl", "geovirus"):
        with (eval_dir / f"{name}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


def start_seconds(cache: Path) -> float:
    env = {"GEONEWS_CACHE": str(cache), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", _START], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, **env})  # fmt: skip
    return float(out.stdout.strip())


def best(fn, texts: list[str], repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "geoparse")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import tempfile

    from geotext import GeoText

    from dashboard.places import runs
    from dashboard.places.geoparser import Geoparser
    from dashboard.places.recognise import Recogniser

    cache = Path(tempfile.mkdtemp())
    first = start_seconds(cache)  # empty cache: builds the index
    cached = min(start_seconds(cache) for _ in range(3))
    texts = documents(args.eval_dir)
    GeoText("warm up Paris")
    cold = best(Geoparser().parse, texts, 1)
    parser = Geoparser()
    ours = best(parser.parse, texts, args.repeat)
    recognition = best(parser.recogniser.find, texts, args.repeat)
    theirs = best(GeoText, texts, args.repeat)
    slow = Geoparser(parser.gaz)  # the fallback a machine without a C compiler gets
    slow.recogniser = Recogniser(parser.gaz, scanner=runs.scan_python, plain=None)
    python_scanner = best(slow.parse, texts, args.repeat)
    per_s = {name: round(len(texts) / t, 1) for name, t in [
        ("ours", ours), ("ours_cold", cold), ("ours_recognition", recognition),
        ("ours_python_scanner", python_scanner), ("geotext", theirs)]}  # fmt: skip
    print(json.dumps({
        "documents": len(texts),
        "scanner": "c" if runs.COMPILED else "python",
        "docs_per_s": per_s,
        "ours_vs_geotext": round(theirs / ours, 2),
        "ours_recognition_vs_geotext": round(theirs / recognition, 2),
        "first_start_s": round(first, 2),
        "cached_start_s": round(cached, 2),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
