"""A store with more places than one map layer carries, in a real browser: the map shows
grid cells with their counts, and clicks on cells lead down to the places and their cards."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import MAP_IFRAME, ROOT, Offline, free_port, wait_healthy

MAX_PLACES = 40  # the threshold for this test: the store has 150 places
ALL = "/?from=2021-01-01&to=2026-12-31"  # every event bench/scale.py generates
DRAWN = """() => { if (!window.map) return null;  // the iframe's map is not made yet
  const cells = {}, places = new Set();
  window.map.eachLayer(l => { const p = l.feature && l.feature.properties;
    if (p && p.cell_id) cells[p.cell_id] = p.n_places;
    if (p && p.place_id && !p.cell_id) places.add(p.place_id); });  // not a cell of one place
  const size = 128 / 2 ** window.map.getZoom();  // ui/grid.py: cells drawn for this zoom
  const fresh = Object.keys(cells).every(id => Number(id.split('@')[1]) === size);
  return {zoom: window.map.getZoom(), cells: cells, places: [...places], fresh: fresh}; }"""
# the on-screen point of the cell with the most places, or of the place farthest from any
# other place (a click on overlapping circles goes to the top one), well inside the map
TARGET = """(el, kind) => { const inner = window.map.getBounds().pad(-0.2), found = [];
  window.map.eachLayer(l => { const p = l.feature && l.feature.properties;
    if (!p || !l.getLatLng || !inner.contains(l.getLatLng())) return;
    const n = kind === 'cell' ? p.cell_id && p.n_places : p.place_id && !p.cell_id && 1;
    if (n) found.push({n: n, q: window.map.latLngToContainerPoint(l.getLatLng()),
                       id: p.place_id || p.cell_id}); });
  if (!found.length) return null;
  const room = f => Math.min(Infinity, ...found.filter(g => g !== f).map(g => f.q.distanceTo(g.q)));
  const score = f => kind === 'cell' ? f.n : room(f);
  const best = found.reduce((a, b) => score(b) > score(a) ? b : a);
  const r = el.getBoundingClientRect();
  return {x: r.left + best.q.x, y: r.top + best.q.y, id: best.id}; }"""


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated store of 3,000 events at 150 places (``bench/scale.py``)."""
    sys.path.insert(0, str(ROOT))
    from bench.scale import build

    db = tmp_path_factory.mktemp("cells") / "big.db"
    build(str(db), 3000)
    return db


@pytest.fixture(scope="module")
def big_url(big_db: Path) -> Iterator[str]:
    """The app on ``big_db``, drawn in cells above 40 places."""
    db, tmp = big_db, big_db.parent
    port, log = free_port(), tmp / "app.log"
    env = {**os.environ, "GEONEWS_DB": str(db), "GEONEWS_MAP_MAX_PLACES": str(MAX_PLACES)}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "dashboard/app.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def _drawn(page: Page, ok: Any, timeout_s: float = 30.0) -> dict[str, Any]:
    """What the map draws once it shows ``ok`` and stays so (the app idle, the same layer
    on two polls in a row): a click while a layer is being replaced is lost."""
    div = page.frame_locator(MAP_IFRAME).locator("#map_div")
    got, last = None, None
    for _ in range(int(timeout_s / 0.3)):
        got = div.evaluate(DRAWN)
        idle = page.locator("[data-test-script-state='notRunning']").count() > 0
        if got and ok(got) and idle and got == last:
            return got
        last = got
        page.wait_for_timeout(300)
    raise AssertionError(f"the map never showed what was expected; last: {got}")


def _click(page: Page, kind: str) -> str:
    pt = page.frame_locator(MAP_IFRAME).locator("#map_div").evaluate(TARGET, kind)
    assert pt is not None, f"no {kind} inside the map"
    box = page.locator(MAP_IFRAME).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
    return str(pt["id"])


def test_a_big_store_shows_cells_and_clicks_on_cells_lead_to_places(
    page: Page, big_url: str, offline: Offline
) -> None:
    page.goto(big_url + ALL)
    expect(page.get_by_text("Too many places to draw at once")).to_be_visible(timeout=60_000)
    first = _drawn(page, lambda d: d["cells"] and not d["places"] and d["fresh"])
    assert sum(first["cells"].values()) > MAX_PLACES
    # each click on a cell zooms in; where few places are left, they are drawn themselves
    now = first
    for _ in range(6):
        if now["places"]:
            break
        zoom = now["zoom"]
        _click(page, "cell")
        # until the layer drawn is this zoom's: a click on the last one's cells is lost
        now = _drawn(
            page, lambda d, z=zoom: d["zoom"] > z and d["fresh"] and (d["places"] or d["cells"])
        )
    assert now["places"], "clicking cells never led to places"
    assert now["zoom"] > first["zoom"]
    # and a place there shows its cards, as on a small store
    place_id = _click(page, "place")
    expect(page.get_by_text("event(s) placed here").first).to_be_visible(timeout=20_000)
    expect(page).to_have_url(
        re.compile("place=" + place_id.replace(":", "(:|%3A)")), timeout=10_000
    )
    assert offline.aborted == []


def test_a_range_that_crosses_the_threshold_switches_to_cells_that_respond(
    page: Page, big_url: str, offline: Offline
) -> None:
    # the map made for a small view returns no bounds: the app must make one that does
    page.goto(big_url + "/?from=2025-11-01&to=2025-12-31")
    small = _drawn(page, lambda d: d["places"] and not d["cells"])
    assert len(small["places"]) <= MAX_PLACES
    page.locator("[data-testid='stSidebar']").get_by_text("All", exact=True).click()
    expect(page.get_by_text("Too many places to draw at once")).to_be_visible(timeout=60_000)
    first = _drawn(page, lambda d: d["cells"] and not d["places"] and d["fresh"])
    _click(page, "cell")
    zoomed = _drawn(page, lambda d: d["zoom"] > first["zoom"] and d["fresh"])
    assert zoomed["places"] or zoomed["cells"] != first["cells"]
    assert offline.aborted == []


def test_go_to_place_in_a_big_store_puts_the_place_in_the_url(
    page: Page, big_url: str, offline: Offline
) -> None:
    page.goto(big_url + ALL)
    expect(page.get_by_text("Too many places to draw at once")).to_be_visible(timeout=60_000)
    _drawn(page, lambda d: d["cells"] and d["fresh"])
    field = page.get_by_placeholder("Go to place… (type a name, Enter)")
    field.fill("an")  # names holding "an": the pills offer the view's busiest so named
    field.press("Enter")
    pill = page.locator(".st-key-goto button").first
    expect(pill).to_be_visible(timeout=20_000)
    name = pill.inner_text().split(" · ")[0]
    pill.click()
    expect(page.get_by_text(f"{name} · ", exact=False).first).to_be_visible(timeout=20_000)
    expect(page.get_by_text("event(s) placed here").first).to_be_visible(timeout=20_000)
    # the address bar itself (Playwright's page.url can lag a history update), once idle
    page.wait_for_function("() => /[?&]place=/.test(location.href)", timeout=10_000)
    _drawn(page, lambda d: bool(d["cells"] or d["places"]))
    link = page.evaluate("location.href")
    assert "place=" in link
    page.goto(link)  # the shared link opens on the same place's cards
    expect(page.get_by_text(f"{name} · ", exact=False).first).to_be_visible(timeout=60_000)
    expect(page.get_by_text("event(s) placed here").first).to_be_visible(timeout=20_000)
    assert offline.aborted == []


def test_the_scale_benchs_all_step_sees_the_cells_the_app_draws(
    page: Page, big_db: Path, big_url: str, offline: Offline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``bench/scale_browser.py``'s "All" step, run as the bench runs it, on a store drawn in
    cells. At 1M it timed out reading 3 places beside 42 cells: the three were cells of one
    place (which carry their place_id so that a click selects the place), counted as places
    too, so the bench never saw what the app had drawn correctly."""
    from bench import scale_browser as bench
    from dashboard.store.db import Store
    from dashboard.ui import grid

    monkeypatch.setattr(grid, "MAX_PLACES", MAX_PLACES)  # the bench plans cells as the app does
    monkeypatch.setattr(bench, "TIMEOUT_MS", 60_000)
    want = bench.Expected.of(Store(str(big_db)))
    assert len(want.every) > MAX_PLACES  # the "All" step is drawn in cells
    bench.first_paint(page, big_url, want, "app")
    bench.search_to_map(page, want, "app")
    bench.date_to_map(page, want, "app", "All")  # raises TimeoutError if never seen
    drawn = page.frame_locator(MAP_IFRAME).locator("#map_div").evaluate(bench.DRAWN)
    # the case that timed out: among the cells, some of one place
    assert drawn["cells"]
    assert 1 in drawn["cells"].values()
    assert not drawn["places"]
    assert offline.aborted == []
