"""The app at scale in Chromium, on a store ``bench/scale.py`` built: page -> first drawn
map, click on Yokosuka -> cards, search -> narrowed map, medians of ``runs``.

Run through ``python bench/scale.py --browser``; needs playwright and Debian's Chromium.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from bench.browser_timings import FEATURES, _launch, _offline_page, _stats, search_to_map
from dashboard.places.gazetteer import load
from tests.e2e.conftest import MAP_IFRAME, free_port, wait_healthy
from tests.e2e.test_browser import click_at

ROOT = Path(__file__).resolve().parents[1]
YOKOSUKA = "gn:1848313"


def browser_timings(db: Path, runs: int = 3) -> dict[str, Any]:
    place = load().places[YOKOSUKA]
    lat, lon = place.lat or 0.0, place.lon or 0.0
    tmp = db.parent
    port = free_port()
    env = {**os.environ, "GEONEWS_DB": str(db)}
    log = (tmp / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    first, click, search = [], [], []
    try:
        wait_healthy(url, proc, tmp / "app.log")
        with sync_playwright() as p:
            browser = _launch(p)
            for _ in range(runs):
                ctx, page = _offline_page(browser)
                t = time.monotonic()
                page.goto(url)
                div = page.frame_locator(MAP_IFRAME).locator("#map_div")
                page.frame_locator(MAP_IFRAME).locator("canvas").first.wait_for(timeout=120_000)
                while not div.evaluate(FEATURES):
                    page.wait_for_timeout(20)
                first.append(time.monotonic() - t)
                page.wait_for_selector("[data-test-script-state='notRunning']", timeout=120_000)
                click_at(page, lat, lon, zoom=9)
                t = time.monotonic()
                page.get_by_role("button", name="Clear selection").wait_for(timeout=60_000)
                click.append(time.monotonic() - t)
                search.append(search_to_map(page, "Yokosuka"))
                ctx.close()
            browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
    return {"first_map_s": _stats(first), "click_to_cards_s": _stats(click),
            "search_to_map_s": _stats(search)}  # fmt: skip
