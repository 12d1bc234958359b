"""The map page's timeline at scale, in process: its store questions, its chart and the
chart's spec, as the page makes them, and the bytes Streamlit sends for it.

    python bench/timeline_cost.py --db /tmp/s100k.db [--reps 5] [--apptest]

Cases: the first view (the last 30 days up to the newest event that has happened), the
last year up to the same day, and the whole store. Per case: the events in view, the
chart drawn (``marks`` one per event, or ``bars`` per bucket), the median seconds of
``--reps`` builds (store questions, chart, ``to_dict`` as ``st.altair_chart`` does it:
nothing cached) and the spec's JSON bytes with its data. ``--apptest`` also runs the app's
first view in ``AppTest`` (``st_folium`` patched) and gives the bytes of the timeline's
element (spec and Arrow datasets) and of all the run's elements. To measure other code,
run this file with ``PYTHONPATH`` set to an unpacked copy of it and that copy as the current
folder. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, os.getcwd())

from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.ui import timeline as tl

try:  # the code measured may predate the store's bars (page84)
    from dashboard.store import timeline_bars as tb
except ImportError:
    tb = None


def build(store: Store, q: sq.EventQuery, extent: tuple[date, date]) -> tuple[str, Any]:
    """The timeline's chart of ``q`` as ``app_pages/map.py`` makes it."""
    domain = (q.start or extent[0], q.end or extent[1])
    if sq.event_count(store, q) <= tl.MAX_MARKS:
        frame = tl.timeline_frame(sq.event_frame(store, q, tl.MAX_MARKS))
        return "marks", tl.timeline_chart(frame, domain)
    res = tl.resolution_for(max(domain[0], extent[0]), min(domain[1], extent[1]))
    counts = tb.bars(store, q, res) if tb is not None else sq.timeline(store, q, res)
    return "bars", tl.histogram_chart(counts, res, domain)  # type: ignore[arg-type]


def case(store: Store, q: sq.EventQuery, extent: tuple[date, date], reps: int) -> dict:
    times, spec = [], {}
    for _ in range(reps):
        t0 = time.perf_counter()
        drawn, chart = build(store, q, extent)
        spec = chart.to_dict()
        times.append(time.perf_counter() - t0)
    return {
        "events": sq.event_count(store, q),
        "drawn": drawn,
        "build_s": round(statistics.median(times), 4),
        "spec_bytes": len(json.dumps(spec, separators=(",", ":"), default=str)),
    }


def apptest(db: str) -> dict:
    """The first view's run in ``AppTest``: the timeline element's bytes and all elements'."""
    from streamlit.testing.v1 import AppTest

    os.environ["GEONEWS_DB"] = db
    at = AppTest.from_file(str(Path.cwd() / "dashboard" / "app.py"), default_timeout=600)
    with mock.patch("streamlit_folium.st_folium", return_value=None):
        at.run()
    chart = at.get("vega_lite_chart")[0].proto
    protos = [getattr(n, "proto", None) for n in _nodes(at._tree)]
    return {
        "timeline_bytes": chart.ByteSize(),
        "all_elements_bytes": sum(p.ByteSize() for p in protos if p is not None),
        "heading": at.markdown[0].value,
    }


def _nodes(node: Any) -> list[Any]:
    out = [node]
    for child in getattr(node, "children", {}).values():
        out.extend(_nodes(child))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--apptest", action="store_true")
    args = ap.parse_args()
    store = Store(args.db)
    plain = sq.EventQuery(hide_unreal=True)
    extent = sq.extent(store, plain)
    first = sq.default_range(store, plain, date.today())
    if extent is None or first is None:
        raise SystemExit("an empty store")
    cases = {
        "first_view": sq.EventQuery(first[0], first[1], hide_unreal=True),
        "last_year": sq.EventQuery(first[1] - timedelta(days=364), first[1], hide_unreal=True),
        "all": plain,
    }
    out: dict[str, Any] = {"cwd": os.getcwd(), "load": os.getloadavg()}
    for name, q in cases.items():
        out[name] = case(store, q, extent, args.reps)
    if args.apptest:
        out["apptest_first_view"] = apptest(args.db)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
