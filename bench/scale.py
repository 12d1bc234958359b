"""The data layer at scale: realistic stores built by bulk insert, the SQL query layer against
the pandas views on the same store, GeoJSON export time and peak memory, and ingest rate.

    python bench/scale.py --quick                 # 10k events
    python bench/scale.py --sizes 10000 100000    # several sizes, one JSON document
    python bench/scale.py --sizes 100000 --postgres postgresql://…/db   # also PostgreSQL (first size)
    python bench/scale.py --browser --sizes 30000  # also the app in Chromium (needs playwright)

Stores: real gazetteer places (one per 20 events, at least 50; about 8% of them areas:
countries, regions, provinces, seas), events spread over them by Zipf's law (the k-th place
has weight 1/k), start dates over five years, 10 events per article, 0-2 actors each, a few
words per summary that text search can find. Built once per size and reused.

Prints one JSON document. Keys per size (``sizes[]``): ``events``, ``places``, ``areas``,
``build_s``; ``pandas_load_s`` (``views.load_frames``, what the app does first);
``queries[]`` each with ``name``, ``sql_s`` and ``pandas_s`` (median of 3; pandas on frames
already loaded; for ``cell_counts:one_year``, the map's 16° cells of a year, ``pandas_s`` is
``ui.grid.cells_of`` of that year's places already counted, what the page pays per zoom)
and ``rows``; ``export_geojson`` with ``stream_s``/``stream_peak_mb`` (the
CLI's path, streaming) and ``list_s``/``list_peak_mb`` (all rows in a list, sorted, then
written): seconds, and the peak of memory the export allocated (tracemalloc, a second run),
with ``*_rss_mb`` the process's peak resident memory, gazetteer included;
``postgres`` (the same ``queries`` on PostgreSQL, when ``--postgres`` is given). Top level:
``ingest`` with ``articles``, ``jobs_1_s``, ``jobs_2_s``, articles per second for each
(``jobs_N_per_s``, the whole process: start-up and gazetteer load included) and the
command's closing line (``jobs_N_summary``).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.events.cameo import ROOTS, event_type  # noqa: E402
from dashboard.model import DateRange, Event, Evidence, Mention, Place  # noqa: E402
from dashboard.places.gazetteer import load  # noqa: E402
from dashboard.store import queries as sq  # noqa: E402
from dashboard.store.db import Store  # noqa: E402
from dashboard.store.fingerprint import analysis_fingerprint  # noqa: E402
from dashboard.store.schema import articles, event_places, events, places  # noqa: E402
from dashboard.store.writes import event_row, link_rows  # noqa: E402

YOKOSUKA = "gn:1848313"  # the seed's place: always in the store, for the browser run
WORDS = ("protest", "shelling", "ceasefire", "flood", "talks", "strike", "airstrike", "aid",
         "election", "arrest", "sanctions", "visit", "drills", "earthquake", "riot")  # fmt: skip
# marked as read by the current reader: a store of unknown origin is re-read by the app in
# the background (ui/freshness.py), which rewrote the generated events while a run timed them
FINGERPRINT = analysis_fingerprint()
AREA_SHARE = 0.08
PER_ARTICLE = 10
CHUNK = 5000  # rows per executemany
START = date(2021, 1, 1)
DAYS = 5 * 365


def pick_places(n: int, rng: random.Random) -> list[Place]:
    """``n`` real places, about 8% areas, in a random (Zipf rank) order, Yokosuka among them."""
    gaz = load()
    every = list(gaz.places.values())
    areas = [p for p in every if p.is_area and p.lat is not None]
    cities = sorted((p for p in every if p.kind == "city" and p.lat is not None),
                    key=lambda p: -p.population)  # fmt: skip
    n_areas = min(len(areas), round(n * AREA_SHARE))
    chosen = rng.sample(areas, n_areas) + cities[: n - n_areas - 1]
    rng.shuffle(chosen)
    return [gaz.places[YOKOSUKA], *(p for p in chosen if p.id != YOKOSUKA)][:n]


def build(url: str, n_events: int, seed: int = 1) -> dict[str, Any]:
    """A store of ``n_events`` at ``url`` by bulk insert; returns its shape and build time."""
    t = time.monotonic()
    rng = random.Random(seed)
    pool = pick_places(max(50, n_events // 20), rng)
    weights = [1 / (k + 1) for k in range(len(pool))]
    cum = _cumulative(weights)
    actor_cum = _cumulative([1 / (k + 1) for k in range(200)])
    actors = [f"Actor {k:03d}" for k in range(200)]  # Zipf too: "Actor 000" is the commonest
    store = Store(url)
    geometries = load().geometries
    with store.writer.begin() as conn:
        conn.execute(places.insert(), [_place_row(p, geometries) for p in pool])
    for first in range(0, n_events // PER_ARTICLE, CHUNK // PER_ARTICLE):
        last = min(n_events // PER_ARTICLE, first + CHUNK // PER_ARTICLE)
        arts, evs = [], []
        for a in range(first, last):
            art, batch = _article(a, pool, cum, actors, actor_cum, rng)
            arts.append(art)
            evs += batch
        with store.writer.begin() as conn:
            conn.execute(articles.insert(), arts)
            conn.execute(events.insert(), [event_row(e) for e in evs])
            conn.execute(event_places.insert(), [r for e in evs for r in link_rows(e)])
    areas = sum(p.is_area for p in pool)
    return {"events": n_events, "places": len(pool), "areas": areas,
            "build_s": round(time.monotonic() - t, 1)}  # fmt: skip


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _place_row(p: Place, geometries: dict[str, dict]) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon,
            "country_code": p.country_code, "geo_precision": p.geo_precision, "geonameid": p.geonameid,
            "geometry": json.dumps(geometries[p.id]) if p.is_area and p.id in geometries else None}  # fmt: skip


def _article(a: int, pool: list[Place], cum: list[float], actors: list[str], actor_cum: list[float],
             rng: random.Random) -> tuple[dict[str, Any], list[Event]]:  # fmt: skip
    here = rng.choices(pool, cum_weights=cum, k=PER_ARTICLE)
    words = [rng.choice(WORDS) for _ in range(PER_ARTICLE)]
    sentences = [
        f"A {w} was reported near {p.name} ({a}-{k})."
        for k, (w, p) in enumerate(zip(words, here, strict=True))
    ]
    text = " ".join(sentences)
    row = {"id": f"a{a:07d}", "key": f"bench:{a}", "title": f"Article {a}", "text": text,
           "published": START + timedelta(days=a % DAYS), "source": "bench", "url": "", "flags": "[]",
           "ingested_at": time_now(), "analysis": FINGERPRINT}  # fmt: skip
    evs = []
    pos = 0
    for k, (s, p) in enumerate(zip(sentences, here, strict=True)):
        m = Mention(
            pos + s.index(p.name), pos + s.index(p.name) + len(p.name), p.name, p, 1.0, "bench"
        )
        start = START + timedelta(days=rng.randrange(DAYS))
        span = rng.choice((0, 0, 0, 6, 30))
        when = DateRange(
            start,
            start + timedelta(days=span),
            1 if span == 0 else 2 if span <= 7 else 3,
            None,
            "bench",
        )
        evs.append(Event(
            id=f"e{a:07d}{k}", article_id=row["id"], summary=f"{words[k]} at {p.name}", when=when,
            event_type=event_type(rng.choice(sorted(ROOTS))), actors=tuple(dict.fromkeys(rng.choices(actors, cum_weights=actor_cum, k=rng.randrange(3)))),
            location=m, location_reason="bench", places=(m,), evidence=(Evidence(s, pos, pos + len(s)),),
        ))  # fmt: skip
        pos += len(s) + 1
    return row, evs


def time_now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None)


# ---------------------------------------------------------------- timings


def median_s(fn: Callable[[], Any], runs: int = 3) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times), 4), out


def query_cases(store: Store) -> list[tuple[str, sq.EventQuery]]:
    """All events; one year; a word that keeps many places; two types and one actor."""
    return [
        ("all", sq.EventQuery()),
        ("one_year", sq.EventQuery(start=date(2023, 1, 1), end=date(2023, 12, 31))),
        ("text_protest", sq.EventQuery(text="protest")),
        ("types_actor", sq.EventQuery(types=("14", "19"), actors=("Actor 000",))),
    ]


def sql_timings(store: Store) -> list[dict[str, Any]]:
    out = []
    for name, q in query_cases(store):
        s, counts = median_s(lambda q=q: sq.place_counts(store, q))
        out.append({"name": f"place_counts:{name}", "sql_s": s, "rows": len(counts)})
    # the map's grid cells in SQL (the page groups its places in memory: ui/grid.cells_of)
    year = query_cases(store)[1][1]
    s, cells = median_s(lambda: sq.cell_counts(store, year, 16.0))
    out.append({"name": "cell_counts:one_year", "sql_s": s, "rows": len(cells)})
    busiest = sq.place_counts(store, sq.EventQuery()).sort_values("n_events").iloc[-1]["id"]
    s, page = median_s(lambda: sq.cards(store, sq.EventQuery(), busiest))
    out.append({"name": "cards:busiest", "sql_s": s, "rows": page.total})
    s, tl = median_s(lambda: sq.timeline(store, sq.EventQuery(), "week"))
    out.append({"name": "timeline:week", "sql_s": s, "rows": len(tl)})
    return out


def pandas_timings(store: Store, sql: list[dict[str, Any]]) -> float:
    """Adds ``pandas_s`` to each of ``sql``; returns the load time of the frames."""
    import pandas as pd

    from dashboard.views import (
        Filters,
        apply_filters,
        events_at,
        in_range,
        load_frames,
        place_summary,
    )

    t = time.perf_counter()
    frames = load_frames(store)
    load_s = time.perf_counter() - t

    def filtered(q: sq.EventQuery) -> pd.DataFrame:
        f = Filters(q.types, q.countries, q.actors, q.geo_precision, q.text)
        return apply_filters(frames, in_range(frames.events, q.start, q.end), f)

    by_name = {r["name"]: r for r in sql}
    for name, q in query_cases(store):
        s, _ = median_s(lambda q=q: place_summary(frames, filtered(q)))
        by_name[f"place_counts:{name}"]["pandas_s"] = s
    busiest = place_summary(frames, frames.events).sort_values("n_events").iloc[-1]["id"]
    by_name["cards:busiest"]["pandas_s"], _ = median_s(
        lambda: events_at(frames, filtered(sq.EventQuery()), busiest)
    )

    def weekly() -> pd.DataFrame:
        ev = filtered(sq.EventQuery())
        week = pd.to_datetime(ev["date_start"]).dt.to_period("W").dt.start_time
        return ev.assign(week=week).groupby(["week", "event_code"]).size()

    by_name["timeline:week"]["pandas_s"], _ = median_s(weekly)
    # what the page pays per zoom: its places, already counted, grouped in memory
    from dashboard.ui.grid import cells_of

    per_place = sq.place_counts(store, query_cases(store)[1][1])
    by_name["cell_counts:one_year"]["pandas_s"], _ = median_s(
        lambda: cells_of(per_place, 16.0, (-90.0, -180.0, 90.0, 180.0))
    )
    return round(load_s, 2)


def export_child(db: str, mode: str) -> None:
    """Run in a child process: one GeoJSON export timed, then one under tracemalloc for the
    peak of Python memory the export itself allocated (the gazetteer is loaded before)."""
    import tracemalloc

    from dashboard.export import write
    from dashboard.places.gazetteer import load as load_gazetteer

    store = Store(db)
    load_gazetteer()

    def once() -> None:
        with open(tempfile.mktemp(suffix=".geojson"), "w", encoding="utf-8") as out:
            if mode == "stream":
                write(store.stream_event_rows(), "geojson", out, ordered=True)
            else:
                write(store.event_rows(), "geojson", out)
        Path(out.name).unlink()

    seconds = min(median_s(once, runs=1)[0] for _ in range(2))  # the faster of two: a busy host
    rss = _high_water_mb()
    tracemalloc.start()
    once()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    print(json.dumps({"s": round(seconds, 2), "peak_mb": round(peak, 1), "rss_mb": round(rss)}))


def _high_water_mb() -> float:
    """This process's peak resident memory (VmHWM: ru_maxrss would count the parent's, kept
    across fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_timings(db: str) -> dict[str, Any]:
    out = {}
    for mode in ("stream", "list"):
        done = subprocess.run([sys.executable, __file__, "--export-child", mode, db],
                              capture_output=True, text=True, check=True)  # fmt: skip
        got = json.loads(done.stdout)
        out[f"{mode}_s"], out[f"{mode}_peak_mb"] = got["s"], got["peak_mb"]
        out[f"{mode}_rss_mb"] = got["rss_mb"]
    return out


# ---------------------------------------------------------------- ingest


def write_articles(folder: Path, n: int, seed: int = 3) -> int:
    """``n`` articles in the seed's format about real cities, plus the bundled ones."""
    import shutil

    rng = random.Random(seed)
    cities = pick_places(400, rng)
    verbs = ("Police clashed with protesters in {c} on Monday, officials said.",
             "Heavy shelling hit the outskirts of {c} on Tuesday night, residents said.",
             "Ministers met in {c} on Wednesday for talks on a ceasefire.",
             "Floods forced thousands from their homes near {c} last week.",
             "Workers went on strike in {c} on Friday over unpaid wages.")  # fmt: skip
    for k in range(n):
        c = [p.name for p in rng.sample(cities, 3)]
        day = START + timedelta(days=rng.randrange(DAYS))
        body = " ".join(rng.choice(verbs).format(c=x) for x in c * 2)
        (folder / f"gen_{k:05d}.txt").write_text(
            f"date {day.isoformat()}\n{c[0].upper()} — {body}\n"
        )
    shutil.copytree(ROOT / "data" / "articles", folder / "bundled")
    return n + sum(1 for _ in (ROOT / "data" / "articles").rglob("*.*"))


def ingest_timings(n: int) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp())
    folder = tmp / "articles"
    folder.mkdir()
    total = write_articles(folder, n)
    out: dict[str, Any] = {"articles": total}
    for jobs in (1, 2):
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "dashboard", "ingest", "--jobs", str(jobs), "--db",
                               str(tmp / f"j{jobs}.db"), str(folder)], cwd=ROOT, capture_output=True, text=True)  # fmt: skip
        s = time.perf_counter() - t
        out[f"jobs_{jobs}_summary"] = done.stderr.strip().splitlines()[-1]
        out[f"jobs_{jobs}_s"], out[f"jobs_{jobs}_per_s"] = round(s, 1), round(total / s, 1)
    return out


# ---------------------------------------------------------------- main


def run_size(n: int, tmp: Path, postgres: str | None) -> dict[str, Any]:
    db = str(tmp / f"scale_{n}.db")
    shape = build(db, n)
    store = Store(db)
    with store.engine.connect() as conn:  # the planner's statistics, as a long-lived store has
        conn.exec_driver_sql("ANALYZE")
    sql = sql_timings(store)
    shape["pandas_load_s"] = pandas_timings(store, sql)
    shape["queries"] = sql
    shape["export_geojson"] = export_timings(db)
    if postgres:  # an empty database: the first size only
        build(postgres, n)
        pg = Store(postgres)
        with pg.engine.connect() as conn:
            conn.execute(sa.text("ANALYZE"))
            conn.commit()
        shape["postgres"] = {"queries": sql_timings(pg)}
    return shape


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10k events only")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    ap.add_argument("--ingest-articles", type=int, default=300)
    ap.add_argument("--postgres", default=None, help="an empty PostgreSQL database URL per size")
    ap.add_argument("--browser", action="store_true", help="also time the app in Chromium")
    ap.add_argument("--export-child", nargs=2, metavar=("MODE", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.export_child:
        export_child(args.export_child[1], args.export_child[0])
        return
    sizes = [10_000] if args.quick else args.sizes
    tmp = Path(tempfile.mkdtemp())
    report: dict[str, Any] = {
        "sizes": [run_size(n, tmp, args.postgres if k == 0 else None) for k, n in enumerate(sizes)]
    }
    report["ingest"] = ingest_timings(args.ingest_articles // (3 if args.quick else 1))
    if args.browser:
        from bench.scale_browser import browser_timings

        report["browser"] = browser_timings(tmp / f"scale_{sizes[-1]}.db")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
