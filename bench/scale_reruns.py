"""What the search and the "Last year" steps of ``bench/scale_browser.py`` make the app do:
the script runs the server sends (whole or of fragments), the elements each run sends,
and the browser's main-thread work until the step is on screen.

    python bench/scale_reruns.py --db /tmp/scale_100000.db [--rounds 2] [--out r.json]
        [--target floor]

The app (or the floor page, ``--target floor``), one server, a new browser context per
round: a warm first page, then the search and the pill, each timed as ``scale_browser`` times it. Per step and round:

- ``step_s``: the step's time, as in ``scale_browser``;
- ``runs``: each script run the server began within 5 s of the step (a ``new_session``
  message each): ``t`` and ``end`` seconds after the key press or click, ``status`` (the
  ``ScriptFinishedStatus``: 0 a whole run, 2 ended early for another run, 3 fragments'
  run), ``elements`` (deltas sent) per fragment id, the whole app's as ``APP`` (``REF``: a
  large element sent again as a reference to the browser's cached copy), ``bytes`` (all of
  them) and ``kinds`` (per element type, ``block`` for a container: [count, bytes]);
- ``kept``: which parts the browser kept through the step (``map_iframe_kept``,
  ``map_document_kept``; ``vega_kept``, ``cards_kept``, ``widgets_kept`` as kept/present)
  and ``mutations`` (nodes added or removed, per enclosing ``data-testid``);
- ``browser_cpu_s``, ``server_cpu_s``: CPU seconds of Chromium's processes and of the
  server over the step (``_after_s``: until 5 s after it), from ``/proc``: on a loaded host
  the figure least moved by the load;
- ``task_s``, ``script_s``, ``layout_s``, ``style_s``: Chromium's ``Performance`` metrics
  of the page over the step (``TaskDuration``, ``ScriptDuration``, ``LayoutDuration``,
  ``RecalcStyleDuration``), and ``task_after_s``, the tasks until 5 s after the step.

Run it for two codes in turn (``PYTHONPATH=CODE python CODE/bench/scale_reruns.py``): the
host is shared, so compare runs and elements, and times only within one sitting.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _cpu_tree() -> dict[int, tuple[int, float]]:
    """Every process: (parent pid, user + system CPU seconds), from ``/proc``."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[int(d.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    return out


def cpu_now(server_pid: int) -> tuple[float, float]:
    """CPU seconds so far of the browser's processes (this process's other descendants)
    and of the server's: unlike the step's wall time, little moved by a loaded host."""
    procs = _cpu_tree()

    def under(root: int) -> set[int]:
        found, todo = set(), [root]
        while todo:
            pid = todo.pop()
            found.add(pid)
            todo += [c for c, (pp, _) in procs.items() if pp == pid and c not in found]
        return found

    server = under(server_pid)
    browser = under(os.getpid()) - server - {os.getpid()}
    return (
        sum(procs[p][1] for p in browser if p in procs),
        sum(procs[p][1] for p in server if p in procs),
    )


def delta_kind(m: ForwardMsg) -> str:
    """What a delta carries: the element's type (``markdown``, ``component_instance``, ...),
    ``block`` for a container, or the delta's own type."""
    kind = m.delta.WhichOneof("type")
    if kind == "new_element":
        return str(m.delta.new_element.WhichOneof("type"))
    return "block" if kind == "add_block" else str(kind)


def runs_of(msgs: list[tuple[float, ForwardMsg]], t0: float) -> list[dict[str, Any]]:
    """The script runs in ``msgs`` (time received, message), from each ``new_session``."""
    runs: list[dict[str, Any]] = []
    for t, m in msgs:
        kind = m.WhichOneof("type")
        if kind == "new_session":
            runs.append({"t": round(t - t0, 2), "elements": {}, "bytes": 0, "kinds": {}})
        elif runs and kind == "delta":
            who = m.delta.fragment_id[:8] or "APP"
            runs[-1]["elements"][who] = runs[-1]["elements"].get(who, 0) + 1
            size, what = m.ByteSize(), delta_kind(m)
            runs[-1]["bytes"] += size
            n, b = runs[-1]["kinds"].get(what, (0, 0))
            runs[-1]["kinds"][what] = (n + 1, b + size)
        elif runs and kind == "ref_hash":  # a large element the browser has cached
            runs[-1]["elements"]["REF"] = runs[-1]["elements"].get("REF", 0) + 1
            runs[-1]["bytes"] += m.ByteSize()
        elif runs and kind == "script_finished":
            runs[-1].update(end=round(t - t0, 2), status=int(m.script_finished))
    return runs


# Marks set on the page's parts before a step and read after it: a part whose mark is gone
# was made anew (a new map iframe, a reloaded map document, a new Vega view, new cards).
MARK = """() => {
  const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  if (f) { f.__mark = 1; try { f.contentWindow.__mark = 1; } catch (e) {} }
  for (const [k, sel] of Object.entries(PARTS)) {
    document.querySelectorAll(sel).forEach(el => { el.__mark = 1; });
  }
  window.__added = {};
  if (window.__obs) window.__obs.disconnect();
  window.__obs = new MutationObserver(ms => { for (const m of ms) {
    const box = m.target.closest ? m.target.closest('[data-testid]') : null;
    const k = box ? box.getAttribute('data-testid') : 'other';
    window.__added[k] = (window.__added[k] || 0) + m.addedNodes.length + m.removedNodes.length;
  } });
  window.__obs.observe(document.body, {childList: true, subtree: true});
}"""
KEPT = """() => {
  const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  const out = {map_iframe_kept: !!(f && f.__mark), map_document_kept: false};
  try { out.map_document_kept = !!(f && f.contentWindow.__mark); } catch (e) {}
  for (const [k, sel] of Object.entries(PARTS)) {
    const all = [...document.querySelectorAll(sel)];
    out[k + '_kept'] = all.filter(el => el.__mark).length + '/' + all.length;
  }
  out.mutations = window.__added;
  return out;
}"""
PARTS = {
    "vega": "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg",
    "cards": ".st-key-cards .gn-card",
    "widgets": "[data-testid='stSidebar'] [data-testid='stElementContainer']",
}


def _js(src: str) -> str:
    return src.replace("PARTS", json.dumps(PARTS))


def step(
    page: Page, want: Expected, name: str, metrics: Any, target: str = "app"
) -> tuple[float, dict, dict]:
    page.evaluate(_js(MARK))
    if name == "search":
        box = page.get_by_label("Search titles, summaries and sentences")
        box.fill(want.search_text)
        before, t = metrics(), time.monotonic()
        box.press("Enter")
        _wait_places(page, want.search, want.headings[1], want.frames[1], target)
    else:
        pill = page.locator("[data-testid='stSidebar']").get_by_text("Last year", exact=True)
        before, t = metrics(), time.monotonic()
        pill.click()
        _wait_places(page, want.year, want.headings[2], want.frames[2], target)
    return t, before, metrics()


def rounds(db: str, n: int, target: str = "app") -> list[dict[str, Any]]:
    want = Expected.of(Store(db))
    server = Server(target, db, Path(tempfile.mkdtemp(prefix="scale_reruns_")))
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
                _wait_places(page, want.first, want.headings[0], want.frames[0], target)
                page.wait_for_timeout(5000)
                got: dict[str, Any] = {}
                for name in ("search", "last_year"):
                    msgs.clear()
                    cpu0 = cpu_now(server.proc.pid)
                    t, before, after = step(page, want, name, metrics, target)
                    took = time.monotonic() - t
                    cpu1 = cpu_now(server.proc.pid)
                    page.wait_for_timeout(5000)
                    later = metrics()
                    cpu2 = cpu_now(server.proc.pid)
                    kept = page.evaluate(_js(KEPT))
                    got[name] = {
                        "step_s": round(took, 3),
                        **{k: round(after[v] - before[v], 3) for k, v in METRICS.items()},
                        "task_after_s": round(later["TaskDuration"] - before["TaskDuration"], 3),
                        "runs": runs_of(msgs, t),
                        "kept": kept,
                        "browser_cpu_s": round(cpu1[0] - cpu0[0], 2),
                        "browser_cpu_after_s": round(cpu2[0] - cpu0[0], 2),
                        "server_cpu_s": round(cpu1[1] - cpu0[1], 2),
                        "server_cpu_after_s": round(cpu2[1] - cpu0[1], 2),
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
    ap.add_argument("--target", choices=("app", "floor"), default="app")
    args = ap.parse_args()
    text = json.dumps(rounds(str(args.db), args.rounds, args.target), indent=1)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
