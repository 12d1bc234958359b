"""Accuracy of the geoparser on the public LGL and GeoVirus gold sets, with their scorer.

    python bench/geoparse_eval.py [--eval-dir ../shared/eval/geoparse] [--out bench/results]
                                  [--demonyms] [--errors]

Writes one predictions file per set and prints the scorer's JSON for each (recognition
P/R/F1 with overlap matching, acc@161km, AUC). ``--demonyms`` scores the output of
``geoparse --demonyms`` (country adjectives reported as mentions of their country).
``--errors`` also lists, on stderr, each matched place put more than 161 km from its gold
point (document id, name as written, gold point, the place chosen, its kind, country,
distance and reason), to sort the misses by kind. The gold texts are read at run time
only; nothing from them is stored in the project.
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


def errors(eval_dir: Path, gold: Path, pred: Path, k_km: float = 161.0) -> list[str]:
    """One tab-separated line per matched place more than ``k_km`` from its gold point,
    matched as the scorer matches (its own ``match_spans``, overlap mode)."""
    sys.path.insert(0, str(eval_dir))
    import score as scorer  # the gold set's own scorer: the same matching and distance

    golds, preds = scorer.load_jsonl(gold), scorer.load_jsonl(pred)
    out = []
    for doc_id, doc in golds.items():
        places = preds.get(doc_id, {}).get("places", [])
        for gi, pi in scorer.match_spans(doc["toponyms"], places):
            g, p = doc["toponyms"][gi], places[pi]
            if g.get("lat") is None or p.get("lat") is None:
                continue
            km = scorer.haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
            if km > k_km:
                out.append(
                    f"{doc_id}\t{g['name']}\t{g['lat']:.2f},{g['lon']:.2f}\t{p['name']}"
                    f"\t{p.get('kind')}\t{p.get('country_code')}\t{km:.0f} km\t{p.get('reason', '')}"
                )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "geoparse")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--demonyms", action="store_true", help="as geoparse --demonyms")
    ap.add_argument(
        "--errors", action="store_true", help="list the places put over 161 km off, on stderr"
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    parser = Geoparser(demonyms=args.demonyms)
    report = {}
    for name in args.sets:
        gold = args.eval_dir / f"{name}.jsonl"
        pred = args.out / f"{name}.predictions.jsonl"
        seconds = predict(parser, gold, pred)
        report[name] = {"seconds": round(seconds, 2), **score(args.eval_dir, gold, pred)}
        if args.errors:
            for line in errors(args.eval_dir, gold, pred):
                print(line, file=sys.stderr)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
