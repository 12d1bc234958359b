"""Score the reader on our own frame bench (cameo78): each act of `acts78.txt` told in ten frames.

Usage: python bench/cameo_frames/run_frames.py [OUT.tsv] — builds the sentences (written out to
`bench78.tsv` beside this file: code, realis, frame, text), runs `python -m dashboard events` on
them as one-sentence articles (one CLI call) and prints a frame x kind table and a root x kind
table. Kinds of a done act: right code, right root but wrong sub-code, wrong root, no event,
unreal flag (the gold root read only as unreal). An unreal act (negated, planned, conditional,
denied) counts "done flag" when any real event of its root is read, else "ok".
The acts are our own, written from the CAMEO 1.1b3 code definitions (Schrodt 2012); the frames
follow Quirk et al. 1985 (passive §3.63, perfect §4.17, indirect speech §14.31, nominalisation
§17.51, catenative complement §16.38, relative and participle clauses §17.13, §15.58).
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
FRAMES = ("past", "passive", "passive_by", "perfect", "reported", "noun", "infinitive",
          "relative", "headline", "unreal")  # fmt: skip
REPORTERS = ("Officials said", "A government spokesman said on Tuesday that",
             "Witnesses said", "State media reported that", "The United Nations said")  # fmt: skip
CATENATIVES = ("moved to", "went on to", "proceeded to", "managed to")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def sentences(i: int, f: list[str]) -> list[tuple[str, str, str]]:
    """One act's row -> (frame, realis, text) for each frame."""
    _code, subj, plural, human, past, pp, base, ing, obj, where, passive, noun, head = f
    s, pl = _cap(subj), plural == "1"
    has = "have" if pl else "has"
    pron = "they" if pl else ("he" if human == "1" else "it")
    out = [
        ("past", f"{s} {past} {obj} {where} on Monday."),
        ("passive", f"{passive} {where} on Monday."),
        ("passive_by", f"{passive} by {subj} {where} on Monday."),
        ("perfect", f"{s} {has} {pp} {obj} {where}."),
        ("reported", f"{REPORTERS[i % 5]} {subj} had {pp} {obj} {where} on Monday."),
        (
            "noun",
            f"{_cap(noun)} {where} on Monday came after weeks of tension."
            if i % 2
            else f"State television reported {noun} {where} on Monday.",
        ),
        ("infinitive", f"{s} {CATENATIVES[i % 4]} {base} {obj} {where} on Monday."),
    ]
    if i % 2 and human == "1":
        rel = f"{s}, who {past} {obj} {where} on Monday, gave no further details."
    elif i % 2:
        rel = f"{s}, having {pp} {obj} {where} on Monday, gave no further details."
    else:
        rel = f"After {ing} {obj} {where} on Monday, {subj} gave no further details."
    out += [("relative", rel), ("headline", head)]
    unreal = (
        f"{s} did not {base} {obj} {where} on Monday, officials said.",
        f"{s} {'plan' if pl else 'plans'} to {base} {obj} {where} next week.",
        f"{s} would {base} {obj} {where} if the talks fail, officials said.",
        f"{s} denied that {pron} had {pp} {obj} {where}.",
    )[i % 4]
    out.append(("unreal", unreal))
    return [(fr, "unreal" if fr == "unreal" else "done", t) for fr, t in out]


def build() -> list[tuple[str, str, str, str]]:
    rows = []
    lines = (HERE / "acts78.txt").read_text(encoding="utf-8").splitlines()
    acts = [ln.split("|") for ln in lines if ln and not ln.startswith("#")]
    for i, f in enumerate(acts):
        for fr, realis, text in sentences(i, f):
            rows.append((f[0], realis, fr, text))
    (HERE / "bench78.tsv").write_text(
        "".join(f"{c}\t{r}\t{fr}\t{t}\n" for c, r, fr, t in rows), encoding="utf-8"
    )
    return rows


def main() -> int:
    rows = build()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bench.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for n, (_, _, _, text) in enumerate(rows):
                art = {"title": f"b{n}", "date": "2025-03-10", "text": text, "url": f"urn:b{n}"}
                fh.write(json.dumps(art) + "\n")
        out = subprocess.run([sys.executable, "-m", "dashboard", "events", str(src)],
                             capture_output=True, text=True, check=False).stdout  # fmt: skip
    by_text: dict[str, list[dict]] = collections.defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        ev = " ".join(((e.get("evidence") or {}).get("text") or "").split())
        for _, _, _, text in rows:
            if ev and (ev in text or text in ev):
                by_text[text].append(e)
                break
    by_frame: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    by_root: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    lines = []
    for code, realis, frame, text in rows:
        evs = by_text.get(text, [])
        real = [str(e.get("event_code")) for e in evs if not UNREAL & set(e.get("flags") or [])]
        unreal = [str(e.get("event_code")) for e in evs if UNREAL & set(e.get("flags") or [])]
        root = code[:2]
        if realis == "unreal":
            kind = "done flag" if any(c[:2] == root for c in real) else "ok"
        elif code in real:
            kind = "right code"
        elif any(c[:2] == root for c in real):
            kind = "right root"
        elif any(c[:2] == root for c in unreal):
            kind = "unreal flag"
        elif real:
            kind = "wrong root"
        else:
            kind = "no event"
        by_frame[frame][kind] += 1
        by_root[root][kind] += 1
        lines.append(f"{code}\t{frame}\t{kind}\t{' '.join(real)}\t{' '.join(unreal)}\t{text}")
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = ["right code", "right root", "wrong root", "no event", "unreal flag"]
    print("frame        n  " + " | ".join(kinds) + " | done flag / ok")
    for tab in (by_frame, by_root):
        for key in FRAMES if tab is by_frame else sorted(tab):
            c = tab[key]
            rest = f" | {c['done flag']:3d} / {c['ok']:3d}" if c["done flag"] + c["ok"] else ""
            print(f"{key:11s} {sum(c.values()):3d}  " + " | ".join(f"{c[k]:4d}" for k in kinds)
                  + rest)  # fmt: skip
        print()
    total: collections.Counter[str] = collections.Counter()
    for c in by_frame.values():
        total.update(c)
    done = sum(total[k] for k in kinds)
    rc, rr = total["right code"], total["right code"] + total["right root"]
    print(f"done acts {done}: right code {rc}, right root {rr}; unreal acts "
          f"{total['ok'] + total['done flag']}: done flag {total['done flag']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
