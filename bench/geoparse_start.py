"""The geoparser's cached start beside a floor, in fresh processes taking turns. Prints JSON.

    python bench/geoparse_start.py [--runs 7] [--base DIR]

A cached start is what ``python -m dashboard geoparse`` pays before its first line of output:
a fresh interpreter imports the geoparser, loads the cached index (``Geoparser()``) and
answers its first query (one sentence naming a city and a division). Each run starts
``ours`` and then the floor, ``python -c "import sqlite3"`` (the interpreter's own start
with the project's ``site``), one after the other, so a busy spell on the shared machine
slows both; ``--base DIR`` runs another checkout's geoparser as a third member of each turn
(``git worktree add /tmp/base main``), with its own cache.

Before the runs, one start per member with bytecode writing allowed fills its own bytecode
cache, in a folder of the run's (``PYTHONPYCACHEPREFIX``), and this checkout's index cache
(the base's index is only read: run it once yourself first). A user's second start has both;
with ``PYTHONDONTWRITEBYTECODE`` set, every start compiled the sources again (0.1-0.3 s),
and a base with no ``__pycache__`` of its own was timed compiling against ours reading.

Prints, per member, the wall and CPU seconds (least and median of ``--runs``), and the
ratios of ours to the floor and to the base: read the ratios, the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_QUERY = "Officials in Kharkiv said troops crossed into Donetsk Oblast on Monday."
_OURS = f"""
import resource
from dashboard.places.geoparser import Geoparser
places = Geoparser().parse({FIRST_QUERY!r})
assert places, "the first query found no place"
t = resource.getrusage(resource.RUSAGE_SELF)
print(t.ru_utime + t.ru_stime)
"""
_FLOOR = """
import resource, sqlite3
t = resource.getrusage(resource.RUSAGE_SELF)
print(t.ru_utime + t.ru_stime)
"""


def python_of(checkout: Path) -> str:
    venv = checkout / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def run_once(
    python: str, code: str, cwd: Path, *, bytecode: bool = False, pycache: Path | None = None
) -> tuple[float, float]:
    """(wall, CPU) seconds of one fresh process running ``code`` in ``cwd``, reading (and
    with ``bytecode``, writing) compiled modules under ``pycache`` when given."""
    env = dict(os.environ)
    env.pop("GEONEWS_CACHE", None)  # each checkout's own cache, as its user has it
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    t = time.perf_counter()
    out = subprocess.run(
        [python, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return time.perf_counter() - t, float(out.stdout.split()[-1])


def summary(times: list[tuple[float, float]]) -> dict[str, float]:
    walls, cpus = [w for w, _ in times], [c for _, c in times]
    return {
        "wall_min_s": round(min(walls), 3),
        "wall_median_s": round(statistics.median(walls), 3),
        "cpu_min_s": round(min(cpus), 3),
        "cpu_median_s": round(statistics.median(cpus), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--base", type=Path, help="another checkout, run in the same turns")
    args = ap.parse_args()
    members = {"ours": (python_of(ROOT), _OURS, ROOT), "floor": (sys.executable, _FLOOR, ROOT)}
    if args.base is not None:
        base = args.base.resolve()
        members["base"] = (python_of(base), _OURS, base)
    with tempfile.TemporaryDirectory() as tmp:
        caches = {name: Path(tmp) / name for name in members}
        for name, (python, code, cwd) in members.items():  # bytecode and index caches filled
            run_once(python, code, cwd, bytecode=True, pycache=caches[name])
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in members}
        for _ in range(args.runs):
            for name, (python, code, cwd) in members.items():
                times[name].append(run_once(python, code, cwd, pycache=caches[name]))
    out: dict[str, object] = {name: summary(got) for name, got in times.items()}
    ours = out["ours"]
    for other in [n for n in members if n != "ours"]:
        them = out[other]
        out[f"ours_vs_{other}"] = {  # ratios of the medians: how many times slower
            "wall": round(ours["wall_median_s"] / them["wall_median_s"], 2),  # type: ignore[index]
            "cpu": round(ours["cpu_median_s"] / them["cpu_median_s"], 2),  # type: ignore[index]
        }
    out["runs"] = args.runs
    out["load_avg_1min"] = round(os.getloadavg()[0], 1)
    out["first_query"] = FIRST_QUERY
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
