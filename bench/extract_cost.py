"""Event extraction cost against text length: seconds for 50, 100, 200 and 400 KB of four
hostile texts, through the library as ingestion runs it (``Geoparser.analyse`` then the
extractor). Prints JSON: seconds per kind and size, and the ratio per doubling.

    python bench/extract_cost.py [--sizes 50,100,200,400] [--kinds runon,verbs,digits,capitals]

Target (issue 10, item 9): at most 2.3x per doubling, at most 8 s at 400 KB on the 2-core
dev machine. Timings are noisy on a shared machine; compare the ratios of one run.

    python bench/extract_cost.py --bundled [--reps 15]

The reader's steady cost per ordinary article (issue 15): the bundled articles
(``data/articles``, about 1 KB each) read ``--reps`` times after one warm-up pass; prints JSON
``{"articles", "chars_mean", "geoparse_ms", "events_ms", "reps"}``, milliseconds of CPU time
per article, the fastest pass (CPU time and the minimum keep other processes' load out of it
as far as they can; compare two checkouts in alternating runs).
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from datetime import date

from dashboard.events.extract import EventExtractor
from dashboard.model import Article
from dashboard.places.geoparser import Geoparser

# Each unit is repeated to the size wanted. The texts are built to hit the costly paths:
UNITS = {
    # no sentence break at all: one sentence of the whole text
    "runon": "the convoy moved slowly along the river road while the villagers watched and ",
    # every sentence full of triggers, and the same actors again and again
    "verbs": "Rebels attacked the town and troops shelled and bombed the camp while police "
    "arrested and detained protesters who marched and rallied. ",
    # digit runs that look like dates, years, ranges and numbers, in sentences with a trigger
    "digits": "Troops attacked 12 05 1994 2020-01-01 3/4/2021 1910-45 on 7 May 2024 14 15 16 "
    "in 1814 since 2001 on Tuesday. ",
    # capitalised words: places, titles and names, with a sentence break now and then
    "capitals": "President Kim Jong Un Paris London Tokyo Berlin Defense Minister Gen Nakatani "
    "Ministry Of Defence Sea Of Japan North Korea ROKS Marado Yokosuka. ",
}


def text_of(kind: str, kb: int) -> str:
    unit = UNITS[kind]
    return (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]


def seconds(parser: Geoparser, extractor: EventExtractor, text: str) -> float:
    t = time.perf_counter()
    article = Article("bench", "bench", text, date(2024, 3, 14))
    extractor.read(article, parser.analyse(text, article.published))
    return time.perf_counter() - t


def bundled(reps: int) -> dict[str, float | int]:
    """CPU milliseconds per bundled article: geoparse and event reading, fastest of ``reps``."""
    from dashboard.articles.reader import read_article
    from dashboard.paths import REPO_ROOT

    folder = REPO_ROOT / "data" / "articles"
    paths = sorted(folder.glob("*.txt")) + sorted((folder / "samples").glob("*.md"))
    articles = [read_article(p) for p in paths]
    parser, extractor = Geoparser(), EventExtractor()
    analyses = [parser.analyse(a.text, a.published) for a in articles]
    for a, an in zip(articles, analyses, strict=True):
        extractor.read(a, an)  # warm: lexicons, lemma caches, compiled patterns
    geo = events = float("inf")
    for _ in range(reps):
        t = time.process_time()
        for a in articles:
            parser.analyse(a.text, a.published)
        geo = min(geo, time.process_time() - t)
        t = time.process_time()
        for a, an in zip(articles, analyses, strict=True):
            extractor.read(a, an)
        events = min(events, time.process_time() - t)
    n = len(articles)
    return {
        "articles": n,
        "chars_mean": round(sum(len(a.text) for a in articles) / n),
        "geoparse_ms": round(1000 * geo / n, 2),
        "events_ms": round(1000 * events / n, 2),
        "reps": reps,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="50,100,200,400")
    ap.add_argument("--kinds", default=",".join(UNITS))
    ap.add_argument("--bundled", action="store_true", help="ms per bundled article instead")
    ap.add_argument("--reps", type=int, default=15)
    args = ap.parse_args()
    if args.bundled:
        print(json.dumps(bundled(args.reps), indent=1))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    parser = Geoparser()
    extractor = EventExtractor()
    seconds(parser, extractor, text_of("verbs", 2))  # warm the lexicons and caches
    out: dict[str, dict] = {}
    for kind in args.kinds.split(","):
        secs = [round(seconds(parser, extractor, text_of(kind, kb)), 3) for kb in sizes]
        ratios = [round(b / a, 2) if a else None for a, b in itertools.pairwise(secs)]
        out[kind] = {"kb": sizes, "seconds": secs, "ratio_per_doubling": ratios}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
