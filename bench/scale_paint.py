"""Where a first paint of ``bench/scale_browser.py`` goes: the server's script runs, what they
send, and the browser's work until the count and the map's places are on screen.

    python bench/scale_paint.py --db /tmp/scale_100000.db [--runs 2] [--warm 2] [--out p.json]
        [--targets app floor] [--no-profile]

Per run, each target (the app, the floor page of ``bench/scale_floor.py``) on a fresh
server behind ``scale_split``'s timing wrapper, in alternating order: one cold paint (the
server's first page), then ``--warm`` warm ones, each in a new browser context and timed as
``scale_browser`` times it. Per paint:

- ``step_s``, and its parts ``to_script_s`` (page load to the first script run's start:
  Streamlit's static files and its WebSocket), ``script_s`` (the runs), ``after_script_s``
  (the last run's end until the places are drawn) and ``script_runs``;
- ``runs``: the runs' messages as ``scale_reruns`` lists them (elements, bytes, per kind);
- ``http_bytes`` and ``http`` (the largest files); ``browser_cpu_s``, ``server_cpu_s``;
- ``task_s``, ``script_js_s``, ``layout_s``, ``style_s``: Chromium's ``Performance``
  metrics of the page (its same-origin frames, the map's, included);
- ``profile``: self time of the page's main thread by part (``vega``, ``leaflet`` and the
  map's inline script, ``st:FILE`` (Streamlit's front end by file: ``st:embed`` is the
  Vega chart's embed, ``st:index`` React and Streamlit's app), ``(program)`` (native: style,
  layout, paint, parsing), ``(garbage collector)``, ``(idle)``), from a CDP sampling profile.

The host is shared: compare the app with the floor of the same run, parts with parts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from bench.browser_timings import _launch, _offline_page  # noqa: E402
from bench.scale_browser import TARGETS, Expected, first_paint  # noqa: E402
from bench.scale_reruns import METRICS, cpu_now, runs_of  # noqa: E402
from bench.scale_split import TimedServer, split  # noqa: E402
from dashboard.store.db import Store  # noqa: E402

PARTS = (  # (part, a piece of the script's URL); the first that matches names it
    ("vega", "vega"),
    ("leaflet", "leaflet"),
    ("leaflet", "streamlit_folium"),
    ("leaflet", "/component/"),
)


def part_of(frame: dict[str, Any]) -> str:
    """The page's part a profile node's code belongs to (see ``PARTS``)."""
    url, name = frame.get("url", ""), frame.get("functionName", "")
    if not url:
        return name if name.startswith("(") else "other"
    for part, piece in PARTS:
        if piece in url:
            return part
    if "/static/js/" in url:  # Streamlit's front end, by file (embed.*.js: the Vega chart's)
        return "st:" + url.rsplit("/", 1)[-1].split(".")[0]
    return "inline" if url.startswith("about:") or url.endswith(".html") else url[-60:]


def self_times(profile: dict[str, Any]) -> dict[str, float]:
    """Seconds of self time per part in a CDP ``Profiler`` profile."""
    parts = {n["id"]: part_of(n["callFrame"]) for n in profile["nodes"]}
    spent: Counter[str] = Counter()
    for node, dt in zip(profile["samples"], profile["timeDeltas"], strict=False):
        spent[parts[node]] += dt / 1e6
    return {k: round(v, 3) for k, v in spent.most_common()}


def top_functions(profile: dict[str, Any], n: int = 15) -> list[list]:
    """The ``n`` functions of most self time: [seconds, name, file:line]."""
    frames = {x["id"]: x["callFrame"] for x in profile["nodes"]}
    spent: Counter[tuple[str, str]] = Counter()
    for node, dt in zip(profile["samples"], profile["timeDeltas"], strict=False):
        f = frames[node]
        where = f"{f.get('url', '').rsplit('/', 1)[-1][:40]}:{f.get('lineNumber', 0)}"
        spent[(f.get("functionName") or "?", where)] += dt / 1e6
    return [[round(v, 3), *k] for k, v in spent.most_common(n) if k[0] != "(idle)"]


def paint(page: Page, server: TimedServer, want: Expected, target: str, prof: bool) -> dict:
    """One first paint of ``server``'s page in ``page`` (a new context), measured."""
    cdp = page.context.new_cdp_session(page)
    for domain in ("Performance", "Network", "Profiler"):
        cdp.send(f"{domain}.enable")
    http: Counter[str] = Counter()
    urls: dict[str, str] = {}
    cdp.on(
        "Network.responseReceived", lambda e: urls.__setitem__(e["requestId"], e["response"]["url"])
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: http.update(
            {urls.get(e["requestId"], "?").split("/", 3)[-1]: int(e.get("encodedDataLength", 0))}
        ),
    )
    msgs: list[tuple[float, ForwardMsg]] = []

    def frame(payload: Any) -> None:
        if isinstance(payload, bytes | bytearray):
            m = ForwardMsg()
            m.ParseFromString(bytes(payload))
            msgs.append((time.monotonic(), m))

    page.on("websocket", lambda ws: ws.on("framereceived", frame))

    def metrics() -> dict[str, float]:
        return {x["name"]: x["value"] for x in cdp.send("Performance.getMetrics")["metrics"]}

    if prof:
        cdp.send("Profiler.setSamplingInterval", {"interval": 1000})
        cdp.send("Profiler.start")
    before, cpu0, t0 = metrics(), cpu_now(server.proc.pid), time.monotonic()
    took = first_paint(page, server.url, want, target)
    done = time.time()
    after, cpu1 = metrics(), cpu_now(server.proc.pid)
    out: dict[str, Any] = split(server, done - took, done) or {"step_s": took}
    out.update({k: round(after[v] - before[v], 3) for k, v in METRICS.items() if k != "script_s"})
    out["script_js_s"] = round(after["ScriptDuration"] - before["ScriptDuration"], 3)
    out["browser_cpu_s"] = round(cpu1[0] - cpu0[0], 2)
    out["server_cpu_s"] = round(cpu1[1] - cpu0[1], 2)
    out["http_bytes"] = sum(http.values())
    out["http"] = [[n, u[-70:]] for u, n in http.most_common(6)]
    out["runs"] = runs_of(msgs, t0)
    if prof:
        profile = cdp.send("Profiler.stop")["profile"]
        out["profile"], out["top"] = self_times(profile), top_functions(profile)
    return out


def run_all(db: str, runs: int, warm: int, targets: tuple[str, ...], prof: bool) -> dict:
    want = Expected.of(Store(db))
    tmp = Path(tempfile.mkdtemp(prefix="scale_paint_"))
    got: dict[str, dict[str, list[dict]]] = {t: defaultdict(list) for t in targets}
    for run in range(runs):
        order = targets if run % 2 == 0 else targets[::-1]
        for target in order:  # one server at a time: the other does not share the CPU
            server = TimedServer(target, db, tmp)
            try:
                with sync_playwright() as p:
                    browser = _launch(p)
                    for i in range(1 + warm):
                        ctx, page = _offline_page(browser)
                        name = "cold" if i == 0 else "warm"
                        got[target][name].append(paint(page, server, want, target, prof))
                        ctx.close()
                    browser.close()
            finally:
                server.stop()
    return {"runs": runs, "paints": got, "medians": medians(got)}


def medians(got: dict[str, dict[str, list[dict]]]) -> dict[str, Any]:
    """Per target and paint kind, the median of each number (profile parts included)."""
    out: dict[str, Any] = {}
    for target, kinds in got.items():
        for kind, paints in kinds.items():
            keys = [k for k, v in paints[0].items() if isinstance(v, int | float)]
            row = {k: round(statistics.median(p.get(k, 0) for p in paints), 3) for k in keys}
            parts = {k for p in paints for k in p.get("profile", {})}
            prof = {
                k: statistics.median(p.get("profile", {}).get(k, 0) for p in paints) for k in parts
            }
            row["profile"] = dict(
                sorted(((k, round(v, 3)) for k, v in prof.items()), key=lambda x: -x[1])[:10]
            )
            row["ws_bytes"] = statistics.median(sum(r["bytes"] for r in p["runs"]) for p in paints)
            out[f"{target}:{kind}"] = row
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="a store bench/scale.py built")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--warm", type=int, default=2, help="warm paints per run")
    ap.add_argument("--targets", nargs="+", choices=TARGETS, default=list(TARGETS))
    ap.add_argument("--no-profile", action="store_true", help="no CDP sampling profile")
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    from bench.scale_stores import prepare

    prepare(str(args.db))
    load = os.getloadavg()
    result = run_all(str(args.db), args.runs, args.warm, tuple(args.targets), not args.no_profile)
    result.update(load_start=load, load_end=os.getloadavg())
    text = json.dumps(result, indent=1)
    if args.out:
        args.out.write_text(text + "\n")
    print(json.dumps(result["medians"], indent=1))


if __name__ == "__main__":
    main()
