"""The map page's CPU per rerun in process (``AppTest``): a click's fragment, and a date change
on a fresh filter state, with cProfile files of each to read where the time goes.

    GEONEWS_DB=/tmp/s100k.db python bench/scale_rerun_cpu.py [--clicks 6] [--profile PREFIX]

Steps, after two first runs: ``--clicks`` clicks on the busiest places of the first view,
timing only the map's fragment (``ui/map_panel.draw``: in the browser a click reruns the
fragment alone, where ``AppTest`` reruns the whole script); three rounds of "Last 30 days"
to "Last year", without and with the search "strike", each after every per-state answer and
layer was dropped (``bench/scale_steps.forget`` and ``ui/reuse``'s texts), timing the whole
process (worker threads too); clicks in the last year view of the search; reruns of the year
view without it (drawn in cells at 100k events: a rerun of a view that changed nothing).
Prints JSON: ``click_cpu_s`` and ``click_cpu_median`` (the fragment's thread CPU),
``year_click_median``, ``cells_rerun_median``, ``date`` (word, wall, process CPU) and its
medians ``date_cpu_median_plain`` and ``date_cpu_median_strike``. To measure other code, run
this file with ``PYTHONPATH`` set to an unpacked copy of it and that copy as the current
folder. On a shared host compare CPU, not wall.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import sys
import time
from typing import Any

import streamlit_folium
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import local_script_runner as lsr

from dashboard.store import queries as sq
from dashboard.ui import map_panel, reuse


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clicks", type=int, default=6)
    ap.add_argument("--profile", metavar="PREFIX", help="write PREFIX.click.prof, .date.prof")
    args = ap.parse_args()
    sys.path.insert(0, os.getcwd())
    from bench.scale_steps import forget
    from bench.scale_stores import prepare

    prepare(os.environ["GEONEWS_DB"])  # current: a stale store is re-read while timed
    n = args.clicks
    clicked: dict[str, Any] = {}
    real_map = streamlit_folium.st_folium

    def st_folium(*a: Any, **k: Any) -> Any:
        out = real_map(*a, **k)
        return dict(clicked) if clicked else out

    streamlit_folium.st_folium = st_folium
    seen: dict[str, Any] = {}
    draw_prof, run_prof = cProfile.Profile(), cProfile.Profile()
    draw_cpu: list[float] = []
    real_draw = map_panel.draw

    def draw(page: Any, q: Any, cards_first: bool = False) -> None:
        seen["ids"] = list(page.summary.sort_values("n_events", ascending=False)["id"][:n])
        t = time.thread_time()
        if seen.get("click"):
            draw_prof.enable()
        try:
            real_draw(page, q, cards_first)
        finally:
            if seen.get("click"):
                draw_prof.disable()
                draw_cpu.append(time.thread_time() - t)

    map_panel.draw = draw  # type: ignore[assignment]
    real_thread = lsr.LocalScriptRunner._run_script_thread

    def thread(self: Any) -> None:
        if seen.get("date"):
            run_prof.enable()
        try:
            real_thread(self)
        finally:
            if seen.get("date"):
                run_prof.disable()

    lsr.LocalScriptRunner._run_script_thread = thread  # type: ignore[method-assign]
    app = os.path.join(os.path.dirname(sq.__file__), "..", "app.py")
    at = AppTest.from_file(app, default_timeout=900)
    at.run()
    at.run()

    def clicks(first: int) -> list[float]:
        seen["click"] = True
        got = []
        for i, pid in enumerate(seen["ids"][:n]):
            clicked.update(
                last_active_drawing={"properties": {"place_id": pid}},
                last_object_clicked_count=first + i,
            )
            at.run()
            got.append(draw_cpu[-1])
        clicked.clear()
        seen["click"] = False
        return got

    first_view = clicks(1)
    dates = []
    for _ in range(3):
        for word in ("", "strike"):
            at.text_input(key="q").set_value(word).run()
            at.button_group(key="preset").set_value("Last 30 days").run()
            forget()
            reuse._texts.clear()
            seen["date"] = True
            wall, cpu = time.perf_counter(), time.process_time()
            at.button_group(key="preset").set_value("Last year").run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            seen["date"] = False
            dates.append((word, round(wall, 3), round(cpu, 3)))
            if at.exception:
                raise RuntimeError(str(at.exception))
    at.run()
    year_click = clicks(100)
    at.text_input(key="q").set_value("").run()
    seen["click"] = True
    cells_rerun = []
    for _ in range(n):
        at.run()
        cells_rerun.append(draw_cpu[-1])
    seen["click"] = False
    if args.profile:
        draw_prof.dump_stats(args.profile + ".click.prof")
        run_prof.dump_stats(args.profile + ".date.prof")
    out = {
        "click_cpu_s": [round(x, 3) for x in first_view],
        "click_cpu_median": round(statistics.median(first_view), 3),
        "year_click_median": round(statistics.median(year_click), 3),
        "cells_rerun_median": round(statistics.median(cells_rerun), 3),
        "date": dates,
        "date_cpu_median_plain": statistics.median(c for w, _, c in dates if not w),
        "date_cpu_median_strike": statistics.median(c for w, _, c in dates if w),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
