"""What the search and the "Last year" steps of ``bench/scale_browser.py`` make the app do:
the script runs the server sends (whole or of fragments), the elements each run sends,
and the browser's main-thread work until the step is on screen.

    python bench/scale_reruns.py --db /tmp/scale_100000.db [--rounds 2] [--out r.json]

The app alone (no floor), one server, a new browser context per round: a warm first page,
then the search and the pill, each timed as ``scale_browser`` times it. Per step and round:

- ``step_s``: the step's time, as in ``scale_browser``;
- ``runs``: each script run the server began within 5 s of the step (a ``new_session``
  message each): ``t`` and ``end`` seconds after the key press or click, ``status`` (the
  ``ScriptFinishedStatus``: 0 a whole run, 2 ended early for another run, 3 fragments'
  run), ``elements`` (deltas sent) per fragment id, the whole app's as ``APP``;
- ``task_s``, ``script_s``, ``layout_s``, ``style_s``: Chromium's ``Performance`` metrics
  of the page over the step (``TaskDuration``, ``ScriptDuration``, ``LayoutDuration``,
  ``RecalcStyleDuration``), and ``task_after_s``, the tasks until 5 s after the step.

Run it for two codes in turn (``PYTHONPATH=CODE python CODE/bench/scale_reruns.py``): the
host is shared, so compare runs and elements, and times only within one sitting.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from bench.browser_timings import _launch, _offline_page  # noqa: E402
from bench.scale_browser import Expected, Server, _wait_places  # noqa: E402
from dashboard.store.db import Store  # noqa: E402

METRICS = {
    "task_s": "TaskDuration",
    "script_s": "ScriptDuration",
    "layout_s": "LayoutDuration",
    "style_s": "RecalcStyleDuration",
}


def runs_of(msgs: list[tuple[float, ForwardMsg]], t0: float) -> list[dict[str, Any]]:
    """The script runs in ``msgs`` (time received, message), from each ``new_session``."""
    runs: list[dict[str, Any]] = []
    for t, m in msgs:
        kind = m.WhichOneof("type")
        if kind == "new_session":
            runs.append({"t": round(t - t0, 2), "elements": {}})
        elif runs and kind == "delta":
            who = m.delta.fragment_id[:8] or "APP"
            runs[-1]["elements"][who] = runs[-1]["elements"].get(who, 0) + 1
        elif runs and kind == "script_finished":
            runs[-1].update(end=round(t - t0, 2), status=int(m.script_finished))
    return runs


def step(page: Page, want: Expected, name: str, metrics: Any) -> tuple[float, dict, dict]:
    if name == "search":
        box = page.get_by_label("Search titles, summaries and sentences")
        box.fill(want.search_text)
        before, t = metrics(), time.monotonic()
        box.press("Enter")
        _wait_places(page, want.search, want.headings[1], want.frames[1], "app")
    else:
        pill = page.locator("[data-testid='stSidebar']").get_by_text("Last year", exact=True)
        before, t = metrics(), time.monotonic()
        pill.click()
        _wait_places(page, want.year, want.headings[2], want.frames[2], "app")
    return t, before, metrics()


def rounds(db: str, n: int) -> list[dict[str, Any]]:
    want = Expected.of(Store(db))
    server = Server("app", db, Path(tempfile.mkdtemp(prefix="scale_reruns_")))
    out = []
    try:
        with sync_playwright() as p:
            browser = _launch(p)
            for _ in range(n):
                ctx, page = _offline_page(browser)
                msgs: list[tuple[float, ForwardMsg]] = []

                def frame(payload: Any, into: list = msgs) -> None:
                    if isinstance(payload, bytes | bytearray):
                        m = ForwardMsg()
                        m.ParseFromString(bytes(payload))
                        into.append((time.monotonic(), m))

                page.on("websocket", lambda ws, f=frame: ws.on("framereceived", f))
                cdp = page.context.new_cdp_session(page)
                cdp.send("Performance.enable")

                def metrics(c: Any = cdp) -> dict[str, float]:
                    got = c.send("Performance.getMetrics")["metrics"]
                    return {x["name"]: x["value"] for x in got}

                page.goto(server.url)
                _wait_places(page, want.first, want.headings[0], want.frames[0], "app")
                page.wait_for_timeout(5000)
                got: dict[str, Any] = {}
                for name in ("search", "last_year"):
                    msgs.clear()
                    t, before, after = step(page, want, name, metrics)
                    took = time.monotonic() - t
                    page.wait_for_timeout(5000)
                    later = metrics()
                    got[name] = {
                        "step_s": round(took, 3),
                        **{k: round(after[v] - before[v], 3) for k, v in METRICS.items()},
                        "task_after_s": round(later["TaskDuration"] - before["TaskDuration"], 3),
                        "runs": runs_of(msgs, t),
                    }
                out.append(got)
                ctx.close()
            browser.close()
    finally:
        server.stop()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="a store bench/scale.py built")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    text = json.dumps(rounds(str(args.db), args.rounds), indent=1)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
