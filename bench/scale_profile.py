"""The map page's reruns in process (``AppTest``), the steps of ``bench/scale_browser.py``
in its order, split into store questions, builders, ``st_folium`` and bytes sent.

    GEONEWS_DB=/tmp/s1m.db python bench/scale_profile.py [--word strike] [--cprofile DIR]

Steps: the first page (a cold server), the same page again, a click on the busiest place
(Yokosuka, as the browser bench clicks), a search for ``--word`` with that place still
selected, then "Last year" with the search still on, and that page again. Per step it
prints the wall and CPU seconds of the whole rerun (CPU: every thread of the process, so
the store questions asked ahead in worker threads count), then seconds inside:

- ``store``: the data layer's functions (``store.queries`` and ``store.happening_queries``,
  any thread, wall time in each, so threads running at once add up past the wall time);
- ``build``: the map, cells, timeline and card builders of ``dashboard/ui``;
- ``st_folium``: the map component, its JavaScript included (``ui/reuse.py`` keeps it);
- ``altair``: the timeline chart's element;

and ``bytes``, the size of the messages the run sends to the browser, with the largest few
by element. To profile other code (``main``, say), run this file with ``PYTHONPATH`` set to
an unpacked copy of it (``git archive``) and a store at that code's revision: the page and
its modules are imported from there. On a shared machine compare CPU seconds, not wall.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import json
import os
import pstats
import sys
import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import streamlit as st
import streamlit_folium
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import local_script_runner as lsr

import dashboard.ui.cards as cards_ui
import dashboard.ui.grid as grid
import dashboard.ui.happening_card as happening_card
import dashboard.ui.map as map_ui
import dashboard.ui.timeline as timeline_ui
from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq

YOKOSUKA = "gn:1848313"  # bench/scale.py's busiest place, as bench/scale_browser.py clicks
BUILDERS: dict[ModuleType, tuple[str, ...]] = {
    map_ui: (
        "base_map",
        "place_features",
        "places_layer",
        "highlight_layer",
        "fit_view",
        "legend_html",
        "outside_view",
    ),
    grid: ("cells_of", "cell_features", "cells_layer", "in_box"),
    timeline_ui: ("timeline_chart", "histogram_chart", "timeline_frame"),
    cards_ui: ("cards_html", "card_row", "articles_html"),
    happening_card: ("happenings_html",),
}

spent: dict[str, float] = collections.defaultdict(float)
calls: dict[str, int] = collections.defaultdict(int)
_lock = threading.Lock()
_depth = threading.local()


def _timed(module: Any, name: str, part: str) -> None:
    """Wrap ``module.name``: its outermost calls add their wall time to ``part``."""
    real = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        depth = getattr(_depth, part, 0)
        setattr(_depth, part, depth + 1)
        t = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            setattr(_depth, part, depth)
            if depth == 0:
                took = time.perf_counter() - t
                with _lock:
                    spent[part] += took
                    spent[f"{part}:{name}"] += took
                    calls[f"{part}:{name}"] += 1

    setattr(module, name, timed)


def _store_functions(module: ModuleType) -> list[str]:
    return [
        n
        for n, f in vars(module).items()
        if callable(f)
        and not isinstance(f, type)
        and not n.startswith("_")
        and getattr(f, "__module__", "").startswith("dashboard.store")
    ]


def instrument(clicked: dict[str, Any]) -> tuple[list[cProfile.Profile], list[Any]]:
    """Wrap the store, the builders, ``st_folium`` (answering ``clicked`` once it is set)
    and the chart; returns the list each run's profile goes to, and each run's messages."""
    for module in (sq, hq):
        for name in _store_functions(module):
            _timed(module, name, "store")
    for module, names in BUILDERS.items():
        for name in names:
            _timed(module, name, "build")
    real_map = streamlit_folium.st_folium

    def st_folium(*args: Any, **kwargs: Any) -> Any:
        out = real_map(*args, **kwargs)
        return clicked or out

    streamlit_folium.st_folium = st_folium
    _timed(streamlit_folium, "st_folium", "st_folium")
    _timed(st, "altair_chart", "altair")
    profiles: list[cProfile.Profile] = []
    sent: list[Any] = []
    real_thread, real_run = lsr.LocalScriptRunner._run_script_thread, lsr.LocalScriptRunner.run

    def profiled(self: Any) -> None:
        profile = cProfile.Profile()
        profiles.append(profile)
        profile.enable()
        try:
            real_thread(self)
        finally:
            profile.disable()

    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        out = real_run(self, *args, **kwargs)
        sent.extend(self.forward_msgs())
        return out

    lsr.LocalScriptRunner._run_script_thread = profiled  # type: ignore[method-assign]
    lsr.LocalScriptRunner.run = run  # type: ignore[method-assign]
    return profiles, sent


def _largest(sent: list[Any], n: int = 3) -> list[tuple[int, str]]:
    def kind(m: Any) -> str:
        return (
            m.delta.new_element.WhichOneof("type") if m.HasField("delta") else m.WhichOneof("type")
        )

    return [(m.ByteSize(), kind(m)) for m in sorted(sent, key=lambda m: -m.ByteSize())[:n]]


def step(
    name: str,
    act: Callable[[], AppTest],
    profiles: list[cProfile.Profile],
    sent: list[Any],
    folder: str | None,
) -> dict[str, Any]:
    spent.clear()
    calls.clear()
    profiles.clear()
    sent.clear()
    wall, cpu = time.perf_counter(), time.process_time()
    at = act()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if at.exception:
        raise RuntimeError(f"{name}: {at.exception}")
    top = sorted(((v, k) for k, v in spent.items() if ":" in k), reverse=True)[:8]
    out = {
        "step": name,
        "wall_s": round(wall, 3),
        "cpu_s": round(cpu, 3),
        **{f"{k}_s": round(v, 3) for k, v in spent.items() if ":" not in k},
        "bytes": sum(m.ByteSize() for m in sent),
        "largest": _largest(sent),
        "top": [(k, round(v, 3), calls[k]) for v, k in top],
        "heading": next((m.value for m in at.markdown if "event(s)" in m.value), ""),
    }
    if folder and profiles:
        stats = pstats.Stats(profiles[0])
        for p in profiles[1:]:
            stats.add(p)
        stats.dump_stats(os.path.join(folder, f"{name}.prof"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--word", default="strike", help="the search step's text")
    ap.add_argument("--cprofile", metavar="DIR", help="also write each step's cProfile here")
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bench.scale_stores import prepare

    prepare(os.environ["GEONEWS_DB"])  # current: a stale store is re-read while timed
    clicked: dict[str, Any] = {}
    profiles, sent = instrument(clicked)
    app = os.path.join(os.path.dirname(sq.__file__), "..", "app.py")
    at = AppTest.from_file(app, default_timeout=900)

    def click() -> AppTest:
        clicked.update(
            last_active_drawing={"properties": {"place_id": YOKOSUKA}},
            last_object_clicked_count=1,
        )
        return at.run()

    steps: list[tuple[str, Callable[[], AppTest]]] = [
        ("first_paint_cold", at.run),
        ("first_paint_again", at.run),
        ("click", click),
        ("search", lambda: at.text_input(key="q").set_value(args.word).run()),
        ("last_year", lambda: at.button_group(key="preset").set_value("Last year").run()),
        ("last_year_again", at.run),
    ]
    for name, act in steps:
        print(json.dumps(step(name, act, profiles, sent, args.cprofile)), flush=True)


if __name__ == "__main__":
    main()
