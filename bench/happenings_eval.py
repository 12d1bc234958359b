"""Score the happening merge on hand-grouped report sets (``bench/happenings/README.md``).

    python bench/happenings_eval.py bench/happenings/set_a.jsonl [MORE.jsonl ...] [--keep DIR]

Everything goes through the command line, as a user would: the sets are ingested into one
temporary store (``python -m dashboard ingest``), the events are read back from
``export --format csv`` (its ``happening_id`` column) and ``export --format jsonl`` (the
evidence offsets), and the happenings from ``export --level happening``. Prints JSON:

- ``pairwise``: precision and recall over report pairs (a pair is predicted together when
  both readings are one happening, gold together when both have one ``happening``);
- ``bcubed``: B-cubed precision, recall and F1 (Bagga and Baldwin 1998, averaged per report);
- ``misses``: reports with no event of their root; ``wrong``: the pairs merged or split wrongly.

A report's reading is the happening of its events whose root is the report's ``root``; over
several happenings, the one holding most of them (ties: the most recent reading, as a report
leads with what is new and an older date is background; then the earliest in the text). A
report without such an event stands alone (a miss: the reader gave it another root), and
``pairwise.recall_readable`` is the recall over the gold pairs whose two reports were both
read with their root: what the merge itself could have found. Before the store had happenings (no ``happening_id``
column) every event is its own happening: that is the baseline.

``lead`` scores a second reading of the same store: a report belongs to the happening of its
lead event, the first event of its root in its text (what a reader skimming the report takes
it to be about), so a background sentence later in a report never pulls it into another
happening. Both readings are printed; the gold is the same.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

Reading = dict[str, str]  # report id -> predicted happening label


def cli(*args: str) -> str:
    """Run ``python -m dashboard ARGS`` and return its standard output (exit 1 is allowed:
    it means some line was refused, and the scorer counts what went in)."""
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", *args], capture_output=True, text=True, check=False
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"python -m dashboard {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def load_sets(paths: list[Path]) -> list[dict]:
    reports = [
        json.loads(line)
        for p in paths
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    ids = Counter(r["id"] for r in reports)
    urls = Counter(r["url"] for r in reports)
    dupes = [k for k, n in (ids + urls).items() if n > 1]
    if dupes:
        raise SystemExit(f"ids and urls must be unique across the sets: {dupes[:5]}")
    return reports


def readings(reports: list[dict], db: str) -> tuple[Reading, Reading, dict]:
    """Each report's predicted happening (by most events, and by its lead event), and what
    the happening export says."""
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--db", db))))
    starts: dict[str, int] = {}
    for line in cli("export", "--format", "jsonl", "--db", db).splitlines():
        rec = json.loads(line)
        starts[rec["id"]] = rec["evidence"]["start"]
    by_url: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for r in rows:
        label = r.get("happening_id") or f"event:{r['event_id']}"
        newest = -date.fromisoformat(r["date_start"]).toordinal()
        by_url[r["article_url"], r["cameo_code"]].append(
            (newest, starts.get(r["event_id"], 0), label)
        )
    out: Reading = {}
    lead: Reading = {}
    for rep in reports:
        found = sorted(by_url.get((rep["url"], rep["root"]), []))
        if not found:
            out[rep["id"]] = lead[rep["id"]] = f"miss:{rep['id']}"
            continue
        counts = Counter(label for *_, label in found)
        best = max(counts.values())
        out[rep["id"]] = next(label for *_, label in found if counts[label] == best)
        lead[rep["id"]] = min(found, key=lambda f: f[1])[2]
    return out, lead, happening_summary(db)


def happening_summary(db: str) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard",
            "export",
            "--level",
            "happening",
            "--format",
            "jsonl",
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return {"available": False}
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    multi = [r for r in rows if int(r.get("sources", 1)) > 1]
    return {"available": True, "happenings": len(rows), "with_several_sources": len(multi)}


def pairwise(reports: list[dict], pred: Reading) -> dict:
    tp = fp = fn = readable = 0
    wrong = []
    for a, b in combinations(reports, 2):
        gold = a["happening"] == b["happening"]
        got = pred[a["id"]] == pred[b["id"]]
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
        readable += gold and not (_missed(pred[a["id"]]) or _missed(pred[b["id"]]))
        if gold != got:
            wrong.append(f"{a['id']}-{b['id']} {'merged' if got else 'split'}")
    return {
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "recall_readable": _ratio(tp, readable),
        "true_pairs": tp,
        "false_merges": fp,
        "missed_merges": fn,
        "wrong": wrong,
    }


def bcubed(reports: list[dict], pred: Reading) -> dict:
    gold_of = {r["id"]: r["happening"] for r in reports}
    gold_groups: dict[str, set[str]] = defaultdict(set)
    pred_groups: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        gold_groups[r["happening"]].add(r["id"])
        pred_groups[pred[r["id"]]].add(r["id"])
    p = r_ = 0.0
    for rid, label in pred.items():
        if rid not in gold_of:
            continue
        same = pred_groups[label] & gold_groups[gold_of[rid]]
        p += len(same) / len(pred_groups[label])
        r_ += len(same) / len(gold_groups[gold_of[rid]])
    n = len(reports)
    p, r_ = p / n, r_ / n
    return {"precision": round(p, 4), "recall": round(r_, 4), "f1": _f1(p, r_)}


def score(reports: list[dict], pred: Reading) -> dict:
    return {
        "reports": len(reports),
        "gold_happenings": len({r["happening"] for r in reports}),
        "predicted_groups": len({pred[r["id"]] for r in reports}),
        "misses": sorted(r["id"] for r in reports if pred[r["id"]].startswith("miss:")),
        "pairwise": pairwise(reports, pred),
        "bcubed": bcubed(reports, pred),
    }


def _missed(label: str) -> bool:
    return label.startswith("miss:")


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--keep", type=Path, default=None, help="keep the store in this folder")
    args = ap.parse_args()
    reports = load_sets(args.sets)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = str(folder / "happenings_eval.db")
        Path(db).unlink(missing_ok=True)
        for path in args.sets:
            cli("ingest", str(path), "--db", db, "--jobs", "1")
        pred, lead, summary = readings(reports, db)
    out = {"sets": [str(p) for p in args.sets], **score(reports, pred), "store": summary}
    by_lead = score(reports, lead)
    out["lead"] = {"pairwise": {k: v for k, v in by_lead["pairwise"].items() if k != "wrong"},
                   "bcubed": by_lead["bcubed"], "wrong": by_lead["pairwise"]["wrong"]}  # fmt: skip
    if len(args.sets) > 1:
        out["per_set"] = {}
        for path in args.sets:
            ids = {json.loads(x)["id"] for x in path.read_text("utf-8").splitlines() if x.strip()}
            out["per_set"][str(path)] = score([r for r in reports if r["id"] in ids], pred)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
