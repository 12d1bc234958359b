"""Accuracy of the geoparser on the public LGL and GeoVirus gold sets, with their scorer.

    python bench/geoparse_eval.py [--eval-dir ../shared/eval/geoparse] [--out bench/results]
                                  [--demonyms]

Writes one predictions file per set and prints the scorer's JSON for each (recognition
P/R/F1 with overlap matching, acc@161km, AUC). ``--demonyms`` scores the output of
``geoparse --demonyms`` (country adjectives reported as mentions of their country). The gold texts are read at run time only;
nothing from them is stored in the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from dashboard.contract import place_record
from dashboard.places.geoparser import Geoparser

ROOT = Path(__file__).resolve().parents[1]
SETS = ("lgl", "geovirus")


def predict(parser: Geoparser, gold: Path, out: Path) -> float:
    start = time.perf_counter()
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            doc = json.loads(line)
            places = [place_record(m) for m in parser.parse(doc["text"])]
            dst.write(json.dumps({"id": doc["id"], "places": places}) + "\n")
    return time.perf_counter() - start


def score(eval_dir: Path, gold: Path, pred: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "geoparse")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--demonyms", action="store_true", help="as geoparse --demonyms")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    parser = Geoparser(demonyms=args.demonyms)
    report = {}
    for name in args.sets:
        gold = args.eval_dir / f"{name}.jsonl"
        pred = args.out / f"{name}.predictions.jsonl"
        seconds = predict(parser, gold, pred)
        report[name] = {"seconds": round(seconds, 2), **score(args.eval_dir, gold, pred)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
