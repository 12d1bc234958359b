"""The reader gives the same events in every process: Python salts string hashes per process,
so anything read in a set's order would change codes from run to run (it did: "meeting"
was 040 in one run and 044 in the next). Sentences written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "The council held a special meeting on Monday to discuss the budget.",
    "The board members are meeting Tuesday to pick a new director.",
    "Prosecutors charged a man on Monday with killing two neighbours.",
    "A man gets 20 years for killing a shopkeeper.",
    "Residents are encouraged to report fallen trees to the city.",
    "She said she was encouraged by the talks with the union.",
    "The mayor encouraged the board to approve the plan on Friday.",
]


def _events(tmp_path: Path, seed: str) -> list[tuple[str, str | None]]:
    feed = tmp_path / "t.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"title": f"t{n}", "date": "2024-03-10", "text": t}) + "\n"
            for n, t in enumerate(TEXTS)
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "events", str(feed)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return [
        (r["evidence"]["text"], r["event_code"]) for r in map(json.loads, done.stdout.splitlines())
    ]


def test_two_processes_with_different_hash_seeds_code_the_same_events(tmp_path: Path) -> None:
    runs = [_events(tmp_path, seed) for seed in ("1", "2", "3", "4")]
    assert runs[0]
    assert all(run == runs[0] for run in runs[1:])
