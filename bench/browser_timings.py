"""Time what a user waits for, in Debian's Chromium: `make run` -> first drawn map, and
click -> cards. Prints JSON. Usage: python bench/browser_timings.py [--runs N] [--screenshot PATH]

Each figure is the median of N fresh page loads/clicks in one run of this script; compare
figures as ratios within one run (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.e2e.conftest import CHROMIUM, MAP_IFRAME, NOT_LOCAL, free_port, wait_healthy  # noqa: E402
from tests.e2e.test_browser import YOKOSUKA, click_at  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--screenshot", type=Path, help="the README's seed-story screenshot")
    ap.add_argument(
        "--screenshots", type=Path, help="folder for the timeline and review screenshots"
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    port = free_port()
    env = {
        **os.environ,
        "STREAMLIT_SERVER_PORT": str(port),
        "GEONEWS_DB": str(tmp / "bench.db"),
        "STREAMLIT_SERVER_ADDRESS": "127.0.0.1",
    }
    log = tmp / "run.log"
    t0 = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(
            ["make", "run"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log, timeout=600)
        healthy = time.monotonic() - t0
        result = {
            "make_run_to_healthy_s": round(healthy, 2),
            **measure(url, args.runs, args.screenshot),
        }
        result["make_run_to_first_map_s"] = round(healthy + result["first_map_s"]["median"], 2)
        result["filter_to_map_s"] = filter_to_map(url, args.runs)
        if args.screenshots:
            more_screenshots(url, args.screenshots)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
    print(json.dumps(result, indent=2))


def measure(url: str, runs: int, screenshot: Path | None) -> dict:
    first_map, click_cards = [], []
    with sync_playwright() as p:
        browser = _launch(p)
        for _ in range(runs):
            ctx, page = _offline_page(browser)
            t = time.monotonic()
            page.goto(url)
            frame = page.frame_locator(MAP_IFRAME)
            frame.locator("canvas").first.wait_for(timeout=60_000)
            frame.locator("#map_div").evaluate(
                "() => new Promise(r => { const f = () => { let n = 0; window.map.eachLayer(l => { if (l.feature) n++; });"
                " n ? r(n) : setTimeout(f, 20); }; f(); })"
            )
            first_map.append(time.monotonic() - t)
            page.wait_for_selector("[data-test-script-state='notRunning']")
            click_at(page, *YOKOSUKA)
            t = time.monotonic()
            # the panel has narrowed to Yokosuka when its "Clear selection" button appears
            page.get_by_role("button", name="Clear selection").wait_for(timeout=30_000)
            page.locator(".st-key-cards").get_by_text("welcomed aboard").first.wait_for(
                timeout=30_000
            )
            click_cards.append(time.monotonic() - t)
            if screenshot is not None:
                first_view_screenshot(browser, url, screenshot)
                screenshot = None
            ctx.close()
        browser.close()
    return {"runs": runs, "first_map_s": _stats(first_map), "click_to_cards_s": _stats(click_cards)}


def first_view_screenshot(browser, url: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The README's picture: what a reader sees first at 1440×900, Yokosuka clicked."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    ctx.route(NOT_LOCAL, lambda r: r.abort())
    page = ctx.new_page()
    page.goto(url)
    page.frame_locator(MAP_IFRAME).locator("canvas").first.wait_for(timeout=60_000)
    page.wait_for_selector("[data-test-script-state='notRunning']")
    page.wait_for_timeout(1500)
    click_at(page, *YOKOSUKA)
    page.get_by_role("button", name="Clear selection").wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    # back to the first view's frame, with Yokosuka still selected
    page.frame_locator(MAP_IFRAME).locator("#map_div").evaluate(
        "() => { window.map.setView([37.6, 133.4], 5, {animate: false}); }"
    )
    page.wait_for_timeout(1000)
    page.screenshot(path=str(path))
    ctx.close()


FEATURES = "() => { let n = 0; window.map.eachLayer(l => { if (l.feature) n++; }); return n; }"


def _launch(p):  # type: ignore[no-untyped-def]
    return p.chromium.launch(
        executable_path=CHROMIUM,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )


def _offline_page(browser):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    ctx.route(NOT_LOCAL, lambda r: r.abort())
    return ctx, ctx.new_page()


def search_to_map(page, text: str) -> float:  # type: ignore[no-untyped-def]
    """Seconds from pressing Enter in the search box to the map drawing a different set."""
    div = page.frame_locator(MAP_IFRAME).locator("#map_div")
    before = div.evaluate(FEATURES)
    box = page.get_by_label("Search titles, summaries and sentences")
    box.fill(text)
    t = time.monotonic()
    box.press("Enter")
    while div.evaluate(FEATURES) == before and time.monotonic() - t < 60:
        page.wait_for_timeout(10)
    return time.monotonic() - t


def filter_to_map(url: str, runs: int) -> dict:
    """Typing a search and pressing Enter, until the map draws the narrower set of places."""
    times = []
    with sync_playwright() as p:
        browser = _launch(p)
        for _ in range(runs):
            ctx, page = _offline_page(browser)
            page.goto(url)
            page.frame_locator(MAP_IFRAME).locator("canvas").first.wait_for(timeout=60_000)
            page.wait_for_selector("[data-test-script-state='notRunning']")
            times.append(search_to_map(page, "missile"))
            ctx.close()
        browser.close()
    return _stats(times)


def more_screenshots(url: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.route(NOT_LOCAL, lambda r: r.abort())
        page.goto(f"{url}/?from=2023-01-01&to=2024-11-30")
        page.frame_locator(MAP_IFRAME).locator("canvas").first.wait_for(timeout=60_000)
        page.wait_for_timeout(2500)
        page.locator("[class*='st-key-timeline']").screenshot(
            path=str(folder / "screenshot-timeline.png")
        )
        page.goto(f"{url}/review")
        page.get_by_test_id("stForm").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1500)
        page.screenshot(path=str(folder / "screenshot-review.png"))
        browser.close()


def _stats(xs: list[float]) -> dict:
    return {
        "median": round(statistics.median(xs), 3),
        "min": round(min(xs), 3),
        "max": round(max(xs), 3),
    }


if __name__ == "__main__":
    main()
