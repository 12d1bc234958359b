"""The geoparser's whole output on a fixed set of texts, to show that a speed change changes
nothing: ``geoparse`` CLI lines with and without ``--demonyms`` and ``Geoparser.analyse``'s
record, for every LGL and GeoVirus text, the bundled samples and generated text.

    python bench/geoparse_snapshot.py write DIR   # before a change
    python bench/geoparse_snapshot.py check DIR   # after it: exit 1 and the first difference

The generated texts are built here from a fixed seed (cue words, names the gazetteer has and
lacks, demonyms, punctuation), so they reach rules that news seldom does; nothing is copied
from the dev sets. Output files are plain text, one line per text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "geoparse"

# words the cue scan, the recogniser's filters and the resolver read
_WORDS = (
    "the village of the villages of town towns district districts area province county region "
    "island islands camp state oblast valley suburb of and , . south north-east outskirts "
    "Lake Mount Fort River Creek Island Bay Springs Falls Peak Forest Kurdish Sudanese "
    "Russian Haitian Otter Red Wedza Gondra Cellardyke Etoumbi Mbomo Flumeri Kisima Dadaab "
    "Paris Texas Georgia Jordan Barry Lincoln Springfield Baghdad Kharkiv Aichi While New "
    "Old Northern TIF FDA LTTE-administered Kerry-Ann X's Ohio’s 12 in near from said "
    "Monday March The A Sunni Shiite"
).split()


def generated(n: int = 300, seed: int = 13) -> list[str]:
    """``n`` texts of 5 to 60 words drawn from ``_WORDS``, and the many-names case."""
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(5, 60))]
        texts.append(" ".join(words).replace(" , ", ", ").replace(" . ", ". "))
    texts.append(many_villages(300))
    return texts


def many_villages(n: int) -> str:
    """A text naming ``n`` villages the gazetteer lacks, each by "the village of X" (the case
    that was quadratic in ``cues.unlisted``), each name twice."""
    names = [_made_up(i) for i in range(n)]
    first = " ".join(f"Troops entered the village of {x} on Monday." for x in names)
    return first + " " + " ".join(f"Residents of {x} fled." for x in names)


def _made_up(i: int) -> str:
    """A capitalised made-up name, distinct for each ``i``: "Zubakor", "Kelivun"."""
    syllables = ["ka", "zu", "lo", "mi", "ve", "ra", "tu", "no", "bi", "se", "do", "pa"]
    out = []
    while True:
        out.append(syllables[i % 12])
        i //= 12
        if i == 0:
            break
    out.append("vor")
    return "".join(out).capitalize()


def texts() -> list[tuple[str, str, str | None]]:
    """(id, text, date) of every text the snapshot reads."""
    out: list[tuple[str, str, str | None]] = []
    for name in ("lgl", "geovirus"):
        with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                out.append((doc["id"], doc["text"], None))
    for path in sorted((ROOT / "data" / "articles").rglob("*")):
        if path.is_file():
            out.append((path.name, path.read_text(encoding="utf-8"), "2024-01-05"))
    out += [(f"gen:{i}", t, None) for i, t in enumerate(generated())]
    return out


def _cli(lines: str, *flags: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "geoparse", *flags],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def _analyses(docs: list[tuple[str, str, str | None]]) -> str:
    from datetime import date

    from dashboard.places.geoparser import Geoparser

    parser = Geoparser()
    rows = []
    for _, text, when in docs:
        record = parser.analyse(text, date.fromisoformat(when) if when else None)
        rows.append(_unaddressed(repr(record).replace("\n", "\\n")))
    return "\n".join(rows) + "\n"


# a record's repr names the object it shares (``nations``) by its address, which differs
# from run to run: masked, so two runs of the same code compare equal
_ADDRESS = re.compile(r" object at 0x[0-9a-f]+>")


def _unaddressed(line: str) -> str:
    return _ADDRESS.sub(" object>", line)


def snapshot() -> dict[str, str]:
    docs = texts()
    lines = "".join(
        json.dumps({"id": i, "text": t, **({"date": d} if d else {})}) + "\n" for i, t, d in docs
    )
    return {
        "cli.jsonl": _cli(lines),
        "cli_demonyms.jsonl": _cli(lines, "--demonyms"),
        "analyse.txt": _analyses(docs),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["write", "check"])
    ap.add_argument("dir", type=Path)
    args = ap.parse_args()
    got = snapshot()
    if args.mode == "write":
        args.dir.mkdir(parents=True, exist_ok=True)
        for name, body in got.items():
            (args.dir / name).write_text(body, encoding="utf-8")
        print(json.dumps({n: len(b.splitlines()) for n, b in got.items()}))
        return 0
    status = 0
    for name, body in got.items():
        # snapshots written before the addresses were masked compare too
        want = [_unaddressed(w) for w in (args.dir / name).read_text(encoding="utf-8").splitlines()]
        have = body.splitlines()
        diff = next((k for k, (a, b) in enumerate(zip(want, have, strict=False)) if a != b), None)
        if diff is None and len(want) == len(have):
            print(f"{name}: identical ({len(have)} lines)")
            continue
        status = 1
        at = diff if diff is not None else min(len(want), len(have))
        print(f"{name}: DIFFERS at line {at + 1}")
        print("  want:", want[at][:400] if at < len(want) else "<none>")
        print("  have:", have[at][:400] if at < len(have) else "<none>")
    return status


if __name__ == "__main__":
    sys.exit(main())
