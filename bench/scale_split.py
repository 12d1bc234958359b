"""Where a step of ``bench/scale_browser.py`` spends its time: the page's server or the browser.

    python bench/scale_split.py --db /tmp/scale_1000000.db [--runs 2] [--out split.json]

The app and the floor (``bench/scale_floor.py``) are each run behind a wrapper script that
writes when each run of the page's script starts and ends (wall clock), and driven in
Chromium as ``scale_browser`` drives them: a warm first page, a click on the busiest place,
the search, then "Last year". For the search and the date change, each timed exactly as
``scale_browser`` times it (until the count and the map show the step's places and the
script has stopped), the step is split into:

- ``to_script_s``: from the key press or click to the start of the first script run it
  caused (the browser sending the widget's value, the server starting a run);
- ``script_s``: from that start to the end of the last run before the step ended (a step
  may cause more than one run);
- ``after_script_s``: from that end until the step is done: the browser receiving and
  drawing what the runs sent.

Each is ``{"median", "min", "max"}`` over runs, per page (``app``, ``floor``), with
``step_s`` the step's whole time. A fragment's rerun (the click) runs no script from the
top and is not split. The servers and the browser share the host: compare the app's
parts with the floor's of the same run set, not across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.browser_timings import _launch, _offline_page  # noqa: E402
from bench.scale_browser import (  # noqa: E402
    TARGETS,
    YOKOSUKA,
    Expected,
    Server,
    _stats,
    click_to_cards,
    date_to_map,
    first_paint,
    search_to_map,
)
from dashboard.store import queries as sq  # noqa: E402
from dashboard.store.db import Store  # noqa: E402

WRAPPER = """import time as _time
_began = _time.time()
try:
    exec(compile(open({real!r}).read(), {real!r}, "exec"))
finally:
    with open({log!r}, "a") as _out:
        _out.write(f"{{_began:.4f}} {{_time.time():.4f}}\\n")
"""


class TimedServer(Server):
    """``Server``, the page's script run through ``WRAPPER``: each run's start and end go to
    ``runs``. The wrapper's folder links ``app_pages`` and ``static`` as the script's own
    folder holds them (Streamlit finds both beside the main script)."""

    def __init__(self, target: str, db: str, tmp: Path) -> None:
        folder = tmp / f"timed_{target}"
        folder.mkdir(exist_ok=True)
        real = ROOT / "dashboard" / "app.py"
        if target == "floor":
            real = folder / "floor_real.py"
            real.write_text((ROOT / "bench" / "scale_floor.py").read_text())
        for name in ("app_pages", "static"):
            if not (folder / name).exists():
                (folder / name).symlink_to(ROOT / "dashboard" / name)
        self.runs = folder / "runs.log"
        self.runs.write_text("")
        script = folder / "timed.py"
        script.write_text(WRAPPER.format(real=str(real), log=str(self.runs)))
        self.start(script, db, tmp / f"{target}_timed.log")

    def runs_between(self, start: float, end: float) -> list[tuple[float, float]]:
        """The script runs that started in [start, end] (wall clock) and ended by ``end``."""
        out = []
        for line in self.runs.read_text().splitlines():
            began, ended = map(float, line.split())
            if start <= began <= end and ended <= end:
                out.append((began, ended))
        return sorted(out)


def split(server: TimedServer, began: float, done: float) -> dict[str, float] | None:
    """The step from ``began`` to ``done`` (wall clock) in its three parts, or None when no
    script run fell inside it."""
    time.sleep(0.2)  # the wrapper writes after the run's last message
    runs = server.runs_between(began - 0.05, done + 0.05)
    if not runs:
        return None
    first, last = runs[0][0], runs[-1][1]
    return {
        "step_s": done - began,
        "to_script_s": max(0.0, first - began),
        "script_s": last - first,
        "after_script_s": max(0.0, done - last),
        "script_runs": len(runs),
    }


def timed_steps(db: str, runs: int) -> dict[str, Any]:
    store = Store(db)
    want = Expected.of(store)
    place = sq.place(store, YOKOSUKA) or {"lat": 0.0, "lon": 0.0}
    lat, lon = float(place["lat"]), float(place["lon"])
    got: dict[str, dict[str, list[dict[str, float]]]] = {t: defaultdict(list) for t in TARGETS}
    tmp = Path(tempfile.mkdtemp(prefix="scale_split_"))
    for run in range(runs):
        order = TARGETS if run % 2 == 0 else TARGETS[::-1]
        servers: dict[str, TimedServer] = {}
        try:
            for target in order:
                servers[target] = TimedServer(target, db, tmp)
            with sync_playwright() as p:
                browser = _launch(p)
                for target in order:
                    ctx, page = _offline_page(browser)
                    first_paint(page, servers[target].url, want, target)  # cold
                    first_paint(page, servers[target].url, want, target)  # warm
                    click_to_cards(page, want, lat, lon)
                    for name, step in (
                        ("search_to_map", lambda pg=page, t=target: search_to_map(pg, want, t)),
                        ("date_to_map", lambda pg=page, t=target: date_to_map(pg, want, t)),
                    ):
                        took = step()
                        done = time.time()
                        parts = split(servers[target], done - took, done)
                        if parts is not None:
                            got[target][name].append(parts)
                    ctx.close()
                browser.close()
        finally:
            for server in servers.values():
                server.stop()
    return summarise(got, runs)


def summarise(got: dict[str, dict[str, list[dict[str, float]]]], runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {"runs": runs}
    for target, steps in got.items():
        out[target] = {
            step: {
                part: _stats([p[part] for p in parts])
                for part in ("step_s", "to_script_s", "script_s", "after_script_s")
            }
            for step, parts in steps.items()
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="a store bench/scale.py built (path or URL)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    from bench.scale_stores import prepare

    prepare(str(args.db))  # current, as scale_browser makes it
    result = {"load_start": os.getloadavg(), **timed_steps(args.db, args.runs)}
    result["load_end"] = os.getloadavg()
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
