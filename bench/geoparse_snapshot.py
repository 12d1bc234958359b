"""The geoparser's whole output on the dev sets and the bundled articles, written to a file or
compared with one: a speed change must leave it byte-identical.

    python bench/geoparse_snapshot.py write /tmp/geo.snap
    python bench/geoparse_snapshot.py check /tmp/geo.snap   # exit 1 and the first difference

Covered, per text (LGL and GeoVirus from ``--eval-dir``, every file under data/articles):
- ``python -m dashboard geoparse`` output, without and with ``--demonyms`` (a subprocess, fed
  every text in one stream, so the resolver's memos carry across texts as in ingestion);
- ``repr`` of ``Geoparser.analyse`` (mentions with their candidates and scores, countries,
  sentences, dateline), for both demonym settings.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts(eval_dir: Path) -> list[dict[str, str | None]]:
    """Every text as a geoparse input record {"id", "text", "date"}."""
    from dashboard.articles.reader import read_article

    out: list[dict[str, str | None]] = []
    for name in ("lgl", "geovirus"):
        with (eval_dir / f"{name}.jsonl").open(encoding="utf-8") as fh:
            out += [{"id": d["id"], "text": d["text"], "date": None} for d in map(json.loads, fh)]
    for path in sorted((ROOT / "data" / "articles").rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".md"):
            art = read_article(path)
            day = art.published.isoformat() if art.published else None
            out.append({"id": str(path.relative_to(ROOT)), "text": art.text, "date": day})
    return out


def cli_lines(records: list[dict[str, str | None]], demonyms: bool) -> list[str]:
    """The geoparse CLI's output lines for ``records``."""
    feed = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    cmd = [sys.executable, "-m", "dashboard", "geoparse", *(["--demonyms"] if demonyms else [])]
    done = subprocess.run(cmd, input=feed, capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout.splitlines()


def analyse_lines(records: list[dict[str, str | None]], demonyms: bool) -> list[str]:
    """``repr`` of ``Geoparser.analyse`` for each record, one line each."""
    from datetime import date

    from dashboard.places.geoparser import Geoparser

    gp = Geoparser(demonyms=demonyms)
    out = []
    for r in records:
        day = date.fromisoformat(r["date"]) if r["date"] else None
        out.append(f"{r['id']}\t{gp.analyse(r['text'] or '', day)!r}")
    return out


def snapshot(eval_dir: Path) -> list[str]:
    records = texts(eval_dir)
    out = []
    for demonyms in (False, True):
        tag = "demonyms" if demonyms else "default"
        out += [f"cli {tag}\t{line}" for line in cli_lines(records, demonyms)]
        out += [f"analyse {tag}\t{line}" for line in analyse_lines(records, demonyms)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=("write", "check"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "geoparse")
    args = ap.parse_args()
    got = snapshot(args.eval_dir)
    if args.action == "write":
        args.path.write_text("\n".join(got) + "\n", encoding="utf-8")
        print(f"wrote {len(got)} lines to {args.path}")
        return 0
    want = args.path.read_text(encoding="utf-8").splitlines()
    if got == want:
        print(f"identical: {len(got)} lines")
        return 0
    diff = difflib.unified_diff(want, got, "snapshot", "now", n=0, lineterm="")
    for k, line in enumerate(diff):
        if k >= 12:
            break
        print(line[:600])
    print(f"DIFFERENT: {sum(a != b for a, b in zip(want, got, strict=False))} lines differ")
    return 1


if __name__ == "__main__":
    sys.exit(main())
