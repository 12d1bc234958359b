"""Event extraction cost against text length: seconds for 50, 100, 200 and 400 KB of four
hostile texts, through the library as ingestion runs it (``Geoparser.analyse`` then the
extractor). Prints JSON: seconds per kind and size, and the ratio per doubling.

    python bench/extract_cost.py [--sizes 50,100,200,400] [--kinds runon,verbs,digits,capitals]

Target (issue 10, item 9): at most 2.3x per doubling, at most 8 s at 400 KB on the 2-core
dev machine. Timings are noisy on a shared machine; compare the ratios of one run.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="50,100,200,400")
    ap.add_argument("--kinds", default=",".join(UNITS))
    args = ap.parse_args()
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
