"""The app at scale in Chromium, beside a bare ``st_folium`` floor page of the same places.

    python bench/scale_browser.py --db /tmp/scale_100000.db [--runs 3] [--out result.json]

Also run by ``python bench/scale.py --browser``. Each run starts both servers afresh (the
app, ``dashboard/app.py``, and the floor, ``bench/scale_floor.py``), on the same store, and
measures them alternately, the order reversed every run. Every timing stops when the right
thing is on screen, checked in the page:

- ``first_paint_cold_s``: the first page load after the server started (its caches empty,
  as after a restart or an ingest) until the page's count reads "N event(s) at M place(s)"
  and the map holds exactly the places of the first view (the newest 30 days). Places are counted by their ``place_id``, apart from the basemap's
  outlines, which arrive on their own.
- ``first_paint_warm_s``: the same in a new browser context, the server warm.
- ``click_to_cards_s``: a click on the busiest place of the view (the store's Yokosuka)
  until its heading with its count and its newest card (by event id) are shown.
- ``search_to_map_s``: a word typed and Enter pressed (of the generator's words, the one
  that keeps the most places of the first view: ``search_text``), until the count and
  the map show exactly the places that keep a matching event (many places, not one).
- ``date_to_map_s``: the "Last year" range pill, until the count and the map show exactly
  that year's matching places.
- ``all_to_map_s``: the map set to the whole world, then the "All" range pill (with the
  search still on), until the count and the map show every matching place of the store
  (the app: in cells past ``ui.grid.MAX_PLACES``): the many-places case.

The map "shows exactly the places" of a view differently for the two pages. The floor draws
every place, one canvas layer. The app does too up to ``ui.grid.MAX_PLACES`` places; above,
it draws what ``ui/grid.py`` plans for the part of the map the browser shows (read from
Leaflet: its zoom and bounds): the places in the drawn box when they are few enough,
otherwise that box's cells, each with its number of places, which must equal
``ui.grid.cells_of`` of the view's places. ``cells_*`` in the output says which steps the
app drew in cells.
- ``bytes_*``: bytes the browser received for each of those steps (HTTP bodies and
  headers plus WebSocket frames, from Chromium's network events).
- ``server_rss_mb`` / ``server_peak_rss_mb``: the server process's resident memory after a
  run's steps, and its high-water mark (medians over runs).

Timings are seconds: ``{"median", "min", "max"}`` over runs. ``ratio_to_floor`` divides the
app's medians by the floor's from the same run set. The machine is shared: compare ratios,
not absolute times, across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402

from bench.browser_timings import _launch, _offline_page  # noqa: E402
from bench.scale import WORDS  # noqa: E402
from dashboard.store import queries as sq  # noqa: E402
from dashboard.store.db import Store  # noqa: E402
from dashboard.ui import grid  # noqa: E402
from tests.e2e.conftest import MAP_IFRAME, free_port, wait_healthy  # noqa: E402
from tests.e2e.test_browser import click_at  # noqa: E402

YOKOSUKA = "gn:1848313"  # bench/scale.py puts it first: the busiest place
TARGETS = ("app", "floor")
TIMEOUT_MS = int(os.environ.get("BENCH_TIMEOUT_MS", "180000"))
# the map's places: layers whose feature names a place (the basemap's outlines do not)
DRAWN = """(el) => { const places = new Set(), cells = {}; const m = window.map;
  if (!m) throw new Error('no map yet');
  // the highlight of the selected place is drawn over the layer, not clickable: not counted
  m.eachLayer(l => { const p = l.feature && l.feature.properties;
                     if (l.options && l.options.interactive === false) return;
                     // a cell of one place carries its place_id too (a click selects it)
                     if (p && p.cell_id) cells[p.cell_id] = p.n_places;
                     else if (p && p.place_id) places.add(p.place_id); });
  const b = m.getBounds();
  return {places: [...places].sort(), cells: cells, zoom: m.getZoom(),
          box: [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]}; }"""


@dataclass(frozen=True, slots=True)
class Expected:
    """What each step must show, from the store itself."""

    first: list[str]  # place ids of the first view
    search: list[str]
    year: list[str]
    every: list[str]  # the search over all dates
    click_name: str
    click_heading: str
    click_card: str  # id of the clicked place's newest event
    search_text: str  # the generator's word that keeps the most places of the first view
    headings: tuple[str, str, str, str]  # "N event(s) at M place(s)" of the four views
    frames: tuple[pd.DataFrame, ...]  # place_counts of the four views (lat, lon, n_events)

    @staticmethod
    def of(store: Store) -> Expected:
        q = sq.EventQuery(hide_unreal=True)
        start, end = sq.default_range(store, q, date.today()) or (date.today(), date.today())
        first = replace(q, start=start, end=end)
        shown = set(sq.place_counts(store, first)["id"])
        kept = {w: set(sq.place_counts(store, replace(first, text=w))["id"]) for w in WORDS}
        # a search must change the map, or its timing would stop at once
        word = max(WORDS, key=lambda w: (bool(kept[w]) and kept[w] != shown, len(kept[w])))
        searched = replace(first, text=word)
        year = replace(searched, start=end - timedelta(days=364))
        every = replace(searched, start=None, end=None)
        page = sq.cards(store, first, YOKOSUKA, limit=1, part="here")
        name = (sq.place(store, YOKOSUKA) or {"name": YOKOSUKA})["name"]
        views = (first, searched, year, every)
        frames = tuple(sq.place_counts(store, x) for x in views)
        ids = [sorted(f["id"].tolist()) for f in frames]
        heads = tuple(
            f"{sq.event_count(store, x)} event(s) at {len(i)} place(s)"
            for x, i in zip(views, ids, strict=True)
        )
        return Expected(
            *ids,
            name,
            f"{name} · {page.total} event(s) placed here",
            page.cards[0].id if page.cards else "",
            word,
            heads,
            frames,
        )


class Server:
    """``streamlit run`` of the app or the floor on a free port, in its own process group."""

    def __init__(self, target: str, db: str, tmp: Path) -> None:
        script = ROOT / "dashboard" / "app.py"
        if target == "floor":  # beside a link to the app's static files, which it serves
            folder = tmp / "floor"
            folder.mkdir(exist_ok=True)
            script = folder / "floor_app.py"
            script.write_text((ROOT / "bench" / "scale_floor.py").read_text())
            if not (folder / "static").exists():
                (folder / "static").symlink_to(ROOT / "dashboard" / "static")
        self.start(script, db, tmp / f"{target}.log")

    def start(self, script: Path, db: str, log: Path) -> None:
        """``streamlit run script`` on a free port against the store ``db``, its output in
        ``log``; returns once the server answers its health check."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {**os.environ, "GEONEWS_DB": db, "GEONEWS_ROOT": str(ROOT)}
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "streamlit",
                    "run",
                    str(script),
                    "--server.port",
                    str(self.port),
                    "--server.address",
                    "127.0.0.1",
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_healthy(self.url, self.proc, self.log, timeout=300)

    def memory_mb(self) -> tuple[float, float]:
        """(resident, high-water) memory of the server process, MB."""
        fields = {}
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
        return round(fields["VmRSS"], 1), round(fields["VmHWM"], 1)

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)


class Bytes:
    """Bytes the page received since the last ``take``: HTTP and WebSocket, via CDP."""

    def __init__(self, page: Page) -> None:
        self.n = 0
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", lambda e: self._add(e.get("encodedDataLength", 0)))
        cdp.on(
            "Network.webSocketFrameReceived",
            lambda e: self._add(len(e["response"].get("payloadData", "")) * 3 // 4),
        )

    def _add(self, n: float) -> None:
        self.n += int(n)

    def take(self) -> int:
        out, self.n = self.n, 0
        return out


def shows(drawn: dict[str, Any], want: list[str], frame: pd.DataFrame, target: str) -> bool:
    """Whether the map ``drawn`` (``DRAWN``'s answer) shows the view of places ``want``
    (``frame``: their place_counts): all of them, or what the app plans for the part of the
    map shown (see the module's docstring)."""
    if target == "floor" or len(want) <= grid.MAX_PLACES:
        return not drawn["cells"] and drawn["places"] == want
    view = grid.View(int(drawn["zoom"]), tuple(drawn["box"]))
    size, box = grid.cell_size(view.zoom), grid.drawn_box(view)
    inside = grid.in_box(frame, box)
    if len(inside) <= grid.MAX_PLACES:
        return not drawn["cells"] and drawn["places"] == sorted(inside["id"].tolist())
    cells = grid.cell_features(grid.cells_of(frame, size, box), size)["features"]
    planned = {f["properties"]["cell_id"]: f["properties"]["n_places"] for f in cells}
    return not drawn["places"] and drawn["cells"] == planned


def _wait_places(
    page: Page, want: list[str], heading: str, frame: pd.DataFrame, target: str
) -> bool:
    """Until the page's count says ``heading`` and the map shows ``want``; True when the
    map shows them in cells."""
    # "2 event(s)" must not match inside "12 event(s)"
    page.get_by_text(re.compile(rf"(^|\D){re.escape(heading)}")).first.wait_for(timeout=TIMEOUT_MS)
    # crossing into or out of cells makes a new map: the old one stays until the run ends
    _settled(page)
    div = page.frame_locator(MAP_IFRAME).locator("#map_div")
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    drawn: dict[str, Any] = {"places": [], "cells": {}}
    while True:
        try:
            drawn = div.evaluate(DRAWN)
            if shows(drawn, want, frame, target):
                return bool(drawn["cells"])
        except PlaywrightError as e:  # the map is not made yet, or a rerun has two for a moment
            drawn = {"places": [], "cells": {}, "error": str(e).splitlines()[0]}
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"{target}: the map never showed the {len(want)} expected places; "
                f"it showed {len(drawn['places'])} places and {len(drawn['cells'])} cells "
                f"{drawn.get('error', '')} at zoom {drawn.get('zoom')}"
            )
        page.wait_for_timeout(20)


def _settled(page: Page) -> None:
    page.wait_for_selector("[data-test-script-state='notRunning']", timeout=TIMEOUT_MS)


def first_paint(page: Page, url: str, want: Expected, target: str) -> float:
    t = time.monotonic()
    page.goto(url)
    _wait_places(page, want.first, want.headings[0], want.frames[0], target)
    return time.monotonic() - t


def click_to_cards(page: Page, want: Expected, lat: float, lon: float) -> float:
    _settled(page)
    click_at(page, lat, lon, zoom=10)
    t = time.monotonic()
    page.get_by_text(want.click_heading).first.wait_for(timeout=TIMEOUT_MS)
    page.locator(f'[data-event-id="{want.click_card}"]').first.wait_for(timeout=TIMEOUT_MS)
    return time.monotonic() - t


def search_to_map(page: Page, want: Expected, target: str) -> float:
    _settled(page)
    box = page.get_by_label("Search titles, summaries and sentences")
    box.fill(want.search_text)
    t = time.monotonic()
    box.press("Enter")
    _wait_places(page, want.search, want.headings[1], want.frames[1], target)
    return time.monotonic() - t


WORLD = "(el) => { window.map.setView([30, 40], 2, {animate: false}); }"


def date_to_map(page: Page, want: Expected, target: str, pill_name: str = "Last year") -> float:
    _settled(page)
    if pill_name == "All":
        # the whole world first (the earlier click left the map on one town): every place
        # is in view, so the app draws cells past its threshold; the floor draws them all
        page.frame_locator(MAP_IFRAME).locator("#map_div").evaluate(WORLD)
        page.wait_for_timeout(1500)  # the app redraws for the new view
        _settled(page)
    pill = page.locator("[data-testid='stSidebar']").get_by_text(pill_name, exact=True)
    k = 2 if pill_name == "Last year" else 3
    t = time.monotonic()
    pill.click()
    cells = _wait_places(
        page, [want.year, want.every][k - 2], want.headings[k], want.frames[k], target
    )
    took = time.monotonic() - t
    CELLS[target][pill_name] = cells
    return took


CELLS: dict[str, dict[str, bool]] = defaultdict(dict)  # per target and step: drawn in cells


def browser_timings(db: Path | str, runs: int = 3) -> dict[str, Any]:
    """Both pages, ``runs`` times each (servers restarted per run), alternating."""
    store = Store(str(db))
    want = Expected.of(store)
    place = sq.place(store, YOKOSUKA) or {"lat": 0.0, "lon": 0.0}
    lat, lon = float(place["lat"]), float(place["lon"])
    got: dict[str, dict[str, list[float]]] = {t: defaultdict(list) for t in TARGETS}
    tmp = Path(tempfile.mkdtemp(prefix="scale_browser_"))
    failed: list[str] = []
    for run in range(runs):
        order = TARGETS if run % 2 == 0 else TARGETS[::-1]
        servers: dict[str, Server] = {}
        try:
            for target in order:
                servers[target] = Server(target, str(db), tmp)
            with sync_playwright() as p:
                browser = _launch(p)
                for target in order:  # cold: the first page each server serves
                    ctx, page = _offline_page(browser)
                    seen = Bytes(page)
                    got[target]["first_paint_cold_s"].append(
                        first_paint(page, servers[target].url, want, target)
                    )
                    got[target]["bytes_first_paint_cold"].append(seen.take())
                    ctx.close()
                for target in order:
                    ctx, page = _offline_page(browser)
                    seen = Bytes(page)
                    steps = [
                        (
                            "first_paint_warm",
                            lambda pg=page, u=servers[target].url, t=target: first_paint(
                                pg, u, want, t
                            ),
                        ),
                        ("click_to_cards", lambda pg=page: click_to_cards(pg, want, lat, lon)),
                        ("search_to_map", lambda pg=page, t=target: search_to_map(pg, want, t)),
                        ("date_to_map", lambda pg=page, t=target: date_to_map(pg, want, t)),
                        ("all_to_map", lambda pg=page, t=target: date_to_map(pg, want, t, "All")),
                    ]
                    for name, step in steps:
                        seen.take()
                        try:
                            took = step()
                            got[target][f"{name}_s"].append(took)
                        except (TimeoutError, PlaywrightError) as exc:
                            # one step that never shows what it waits for (the "All" step
                            # timed out so) is reported, and the run's other steps kept
                            failed.append(f"run {run}: {target}: {name}: {exc}"[:400])
                        got[target][f"bytes_{name}"].append(seen.take())
                    ctx.close()
                    rss, peak = servers[target].memory_mb()
                    got[target]["server_rss_mb"].append(rss)
                    got[target]["server_peak_rss_mb"].append(peak)
                browser.close()
        finally:
            for server in servers.values():
                server.stop()
    return {**summarise(got, want, runs), "failed": failed}


def summarise(got: dict[str, dict[str, list[float]]], want: Expected, runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {
        "runs": runs,
        "search_text": want.search_text,
        "places_first_view": len(want.first),
        "places_search": len(want.search),
        "places_year": len(want.year),
        "places_all": len(want.every),
        "max_places": grid.MAX_PLACES,
        "cells_year": CELLS["app"].get("Last year"),
        "cells_all": CELLS["app"].get("All"),
    }
    for target, values in got.items():
        out[target] = {
            k: _stats(v) if k.endswith("_s") else statistics.median(v) for k, v in values.items()
        }
    out["ratio_to_floor"] = {
        k: round(out["app"][k]["median"] / out["floor"][k]["median"], 2)
        for k in out["app"]
        if k.endswith("_s") and out["floor"].get(k, {}).get("median")
    }
    for k in ("server_rss_mb", "server_peak_rss_mb"):
        out["ratio_to_floor"][k] = round(out["app"][k] / out["floor"][k], 2)
    return out


def _stats(xs: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(xs), 3),
        "min": round(min(xs), 3),
        "max": round(max(xs), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="a store bench/scale.py built (path or URL)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, help="also write the JSON here")
    args = ap.parse_args()
    from bench.scale_stores import prepare

    # made current first, as ``bench/scale.py`` does: a store marked by an older reader (any
    # reader change since it was built) is re-read by the app in the background while the
    # run times it, every rerun then a new data version that asks the store everything again
    prepare(str(args.db))
    result = browser_timings(args.db, args.runs)
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
