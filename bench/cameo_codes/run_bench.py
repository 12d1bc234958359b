"""Score the reader on our own CAMEO code bench (cameo77): one sentence per line, `CODE|text`.

Usage: python bench/cameo_codes/run_bench.py [OUT.tsv] — reads bench77_*.txt beside this file,
runs `python -m dashboard events` on them as one-sentence articles (one CLI call), maps events to
sentences by evidence text and prints per-root counts: right code, right root but wrong sub-code,
wrong root, no event, unreal flag on the gold root. Lines whose code is `-` are near misses
(negated, planned, conditional, metaphoric): any real event outside root 01 counts as a false card.
The sentences are our own, written from the CAMEO 1.1b3 definitions (Schrodt 2012).
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNREAL = {"negated", "hypothetical", "planned", "future", "unreal", "conditional"}


def main() -> int:
    rows: list[tuple[str, str, str]] = []
    for f in sorted(HERE.glob("bench77_*.txt")):
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines()):
            if "|" in line:
                code, text = line.split("|", 1)
                rows.append((f"{f.stem}:{i + 1}", code.strip(), text.strip()))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for rid, _, text in rows:
                art = {"title": rid, "date": "2025-03-10", "text": text, "url": "urn:" + rid}
                fh.write(json.dumps(art) + "\n")
        out = subprocess.run([sys.executable, "-m", "dashboard", "events", str(src)],
                             capture_output=True, text=True, check=False).stdout  # fmt: skip
    by_text: dict[str, list[dict]] = collections.defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        ev = " ".join(((e.get("evidence") or {}).get("text") or "").split())
        for _, _, text in rows:
            if ev and (ev in text or text in ev):
                by_text[text].append(e)
                break
    tab: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines = []
    for _rid, code, text in rows:
        evs = by_text.get(text, [])
        real = [str(e.get("event_code")) for e in evs if not UNREAL & set(e.get("flags") or [])]
        unreal = [str(e.get("event_code")) for e in evs if UNREAL & set(e.get("flags") or [])]
        if code == "-":
            kind = "false card" if any(c[:2] not in ("01", "No") for c in real) else "ok"
            root = "near"
        else:
            root = code[:2]
            if code in real:
                kind = "right code"
            elif any(c[:2] == root for c in real):
                kind = "right root, wrong sub"
            elif any(c[:2] == root for c in unreal):
                kind = "unreal flag"
            elif real:
                kind = "wrong root"
            else:
                kind = "no event"
        tab[root][kind] += 1
        flags = ",".join(sorted({f for e in evs for f in (e.get("flags") or [])}))
        lines.append(f"{code}\t{kind}\t{' '.join(real)}\t{' '.join(unreal)}\t{flags}\t{text}")
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = ["right code", "right root, wrong sub", "wrong root", "no event", "unreal flag"]
    print("root  n  " + " | ".join(kinds))
    total: collections.Counter[str] = collections.Counter()
    for root in sorted(tab):
        c = tab[root]
        total.update(c)
        if root == "near":
            print(f"near  {sum(c.values())}  ok {c['ok']}  false card {c['false card']}")
            continue
        print(f"{root}  {sum(c.values()):3d}  " + " | ".join(f"{c[k]:3d}" for k in kinds))
    n = sum(v for r, c in tab.items() if r != "near" for v in c.values())
    rc = total["right code"]
    print(f"all {n}: right code {rc}, right root {rc + total['right root, wrong sub']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
