"""The app at scale, in Chromium: a synthetic store of N events over P real places, then
page -> first drawn map, click -> cards and search -> narrowed map. Prints JSON.

    python bench/scale.py [--events 30000] [--places 3000] [--runs 3]

The events are synthetic (dates, types and places drawn at random; one sentence each), so
this measures the dashboard, not the extractor.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from bench.browser_timings import FEATURES, _launch, _offline_page, _stats, search_to_map  # noqa: E402
from dashboard.events.cameo import ROOTS, event_type  # noqa: E402
from dashboard.model import Article, DateRange, Event, Evidence, Mention  # noqa: E402
from dashboard.places.gazetteer import load  # noqa: E402
from dashboard.store.db import Store  # noqa: E402
from tests.e2e.conftest import MAP_IFRAME, free_port, wait_healthy  # noqa: E402
from tests.e2e.test_browser import click_at  # noqa: E402

YOKOSUKA = "gn:1848313"


def build(db: Path, n_events: int, n_places: int, seed: int = 1) -> tuple[float, float]:
    rng = random.Random(seed)
    gaz = load()
    cities = sorted((p for p in (gaz.places[i] for i in gaz.places) if p.kind == "city" and p.population > 200_000),
                    key=lambda p: -p.population)[: n_places - 1]  # fmt: skip
    places = [gaz.places[YOKOSUKA], *cities]
    store = Store(str(db))
    per_article = 10
    for a in range(n_events // per_article):
        text = " ".join(f"Event {a}-{k} happened." for k in range(per_article))
        art = Article(
            f"syn{a:06d}", f"Synthetic {a}", text, date(2024, 1, 1), "bench", "", f"syn:{a}"
        )
        evs = []
        for k in range(per_article):
            place = places[0] if (a * per_article + k) % 50 == 0 else rng.choice(places)
            start = date(2020, 1, 1) + timedelta(days=rng.randrange(1800))
            span = rng.choice([0, 0, 0, 6, 30])
            sentence = f"Event {a}-{k} happened."
            pos = text.index(sentence)
            m = Mention(pos, pos + 5, "Event", place, 1.0, "synthetic")
            evs.append(Event(
                id=f"e{a:06d}{k}", article_id=art.id, summary=f"Synthetic event {a}-{k} at {place.name}",
                when=DateRange(start, start + timedelta(days=span), 1 if span == 0 else 2 if span <= 7 else 3, None, "synthetic"),
                event_type=event_type(rng.choice(list(ROOTS))), actors=("Actor A",), location=m,
                location_reason="synthetic", places=(m,), evidence=(Evidence(sentence, pos, pos + len(sentence)),),
            ))  # fmt: skip
        store.save(art, [], evs, gaz.geometries)
    return places[0].lat or 0.0, places[0].lon or 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=30000)
    ap.add_argument("--places", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "scale.db"
    t = time.monotonic()
    lat, lon = build(db, args.events, args.places)
    built = time.monotonic() - t
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
            for _ in range(args.runs):
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
    print(json.dumps({"events": args.events, "places": args.places, "store_build_s": round(built, 1),
                      "first_map_s": _stats(first), "click_to_cards_s": _stats(click),
                      "search_to_map_s": _stats(search)}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
