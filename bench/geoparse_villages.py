"""Geoparse cost of a text naming many villages the gazetteer lacks ("the village of X"),
each named twice: the case that made ``cues.unlisted`` quadratic (26 s CPU for 6,000 names).
Prints JSON: CPU seconds of one ``Geoparser.parse`` per size and microseconds per village.

    python bench/geoparse_villages.py [--sizes 500,1000,2000,4000,8000]

Read ``growth``: the cost per village at the largest size over that at the smallest. Linear
work keeps it near 1; quadratic work multiplies it by the ratio of the sizes (16 here).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.geoparse_snapshot import many_villages  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="500,1000,2000,4000,8000")
    args = ap.parse_args()
    from dashboard.places.geoparser import Geoparser

    parser = Geoparser()
    parser.parse(many_villages(50))  # loads what the first text loads (lemmas, memos)
    seconds, per_village = {}, {}
    for n in (int(s) for s in args.sizes.split(",")):
        text = many_villages(n)
        t = time.process_time()
        found = parser.parse(text)
        spent = time.process_time() - t
        assert len(found) == 2 * n, f"{n} villages, {len(found)} mentions"
        seconds[n] = round(spent, 3)
        per_village[n] = round(spent / n * 1e6, 1)
    sizes = sorted(per_village)
    print(
        json.dumps(
            {
                "cpu_s": seconds,
                "us_per_village": per_village,
                "growth": round(per_village[sizes[-1]] / per_village[sizes[0]], 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
