"""The map page's script run for a new filter state, in process (``AppTest``, no profiler):
the search and "Last year" steps of ``bench/scale_browser.py``, each after the view's cached
answers are dropped, so every run asks the store again, as a first visit to that state does.

    GEONEWS_DB=/tmp/s1m.db python bench/scale_steps.py [--runs 5] [--word strike]

Prints JSON: per step the wall and CPU seconds of each run (CPU: every thread of the process,
the worker threads' store questions included) and their medians. A run ends when the
script does, as the browser's does (``scale_browser`` waits for it), so the wall time is
what the page's server adds to a step; on a shared host compare CPU, and wall only between
codes measured one after the other. ``bench/scale_profile.py`` says where the time goes;
this says how long a fresh run takes, without a profiler's overhead on the page's thread.
To measure other code (``main``, say), run this file with ``PYTHONPATH`` set to an unpacked
copy of it (``git archive``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from streamlit.testing.v1 import AppTest

from dashboard.store import queries as sq
from dashboard.ui import data

# the answers cached per filter state (``ui/data.py``); the store's, the facets and the
# layers' JavaScript (``ui/reuse.py``, keyed by the state too) are not per state or are kept
PER_STATE = (
    "_rowset",
    "_count",
    "_counts",
    "_cards",
    "_quiet",
    "_timeline",
    "_histogram",
    "_event_frame",
    "_places_group",
    "_cells_group",
    "_cells_in",
    "_view",
    "_happening_count",
    "_happening_places",
    "_happening_cards",
    "_mention_counts",
)


def forget() -> None:
    """Drop every answer cached per filter state (those a code has: older ones lack some)."""
    for name in PER_STATE:
        cached = getattr(data, name, None)
        if cached is not None:
            cached.clear()


def timed(act: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    act()
    return round(time.perf_counter() - wall, 3), round(time.process_time() - cpu, 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--word", default="strike", help="the search step's text")
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bench.scale_stores import prepare

    prepare(os.environ["GEONEWS_DB"])  # current: a stale store is re-read while timed
    app = os.path.join(os.path.dirname(sq.__file__), "..", "app.py")
    at = AppTest.from_file(app, default_timeout=900)
    at.run()
    at.run()
    got: dict[str, list[tuple[float, float]]] = {"search": [], "last_year": []}
    for _ in range(args.runs):
        forget()
        at.text_input(key="q").set_value("").run()
        at.button_group(key="preset").set_value("Last 30 days").run()
        forget()
        got["search"].append(timed(lambda: at.text_input(key="q").set_value(args.word).run()))
        forget()
        got["last_year"].append(
            timed(lambda: at.button_group(key="preset").set_value("Last year").run())
        )
        if at.exception:
            raise RuntimeError(str(at.exception))
    out = {
        step: {
            "wall_median_s": round(statistics.median(w for w, _ in runs), 3),
            "cpu_median_s": round(statistics.median(c for _, c in runs), 3),
            "runs": runs,
        }
        for step, runs in got.items()
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
