"""The issue-15 aims at scale: realistic stores built once by bulk insert and reused, the app
in Chromium beside a bare ``st_folium`` floor, the GeoJSON export and the ingest rate, on
SQLite and on PostgreSQL.

    python bench/scale.py --quick                              # 10k events, one browser run
    python bench/scale.py --stores /tmp/scalemap               # 1k, 100k and 1M, both backends
    python bench/scale.py --sizes 1000000 --runs 1 --backends sqlite --out r.json
    python bench/scale.py --table r1.json r2.json              # the aims table of saved reports

Stores (``bench/scale_stores.py``): ``STORES/scale_N.db``, built when missing by ``build``
(real gazetteer places, one per 20 events, at least 50, about 8% of them areas: countries,
regions, provinces, seas; events spread over them by Zipf's law, the k-th place weighted
1/k; start dates over five years; 10 events per article, 0-2 actors each, a few words per
summary that text search finds), then made current: upgraded, marked as read by this reader,
given happenings (one per root, place and start day), analysed. PostgreSQL: a server kept in
``STORES/pg``, one database per size, filled by ``COPY`` from the SQLite store (the same rows).

Per store, in this order: ``bench/scale_browser.py`` (``--runs`` runs, the app and the floor
on fresh servers each run, alternating; see its docstring for what each timing waits for),
then ``python -m dashboard export --format geojson`` of the whole store. Then once,
``bench/ingest_rate.py --articles N`` (the whole ingest process on each backend beside the
reader alone). With ``--queries``, the SQL query layer per store beside pandas (up to 100k).

Prints one JSON document and, on stderr, the aims table (also under ``table``). Keys:
``commit``, ``runs``, ``load_start``/``load_end`` (load averages, 1/5/15 min), ``wall_s``,
``built`` (per size, when a store was built: ``events``, ``places``, ``areas``, ``build_s``),
``copied_s`` (per size, the PostgreSQL copy), ``stores[]`` each with ``backend``, ``size``,
``events``, ``places``, ``happenings``, ``prepare_s``, ``load_before``/``load_after``,
``browser`` (``bench/scale_browser.py``'s JSON: ``app``, ``floor``, ``ratio_to_floor``),
``browser_wall_s``, ``export_geojson`` (``s`` wall seconds of the whole command, ``cpu_s``,
``mb``), ``wall_s``, and with ``--queries`` ``queries[]`` (``name``, ``sql_s`` median of 3,
``pandas_s``, ``rows``; names ``place_counts:CASE``, ``happening_place_counts:CASE`` and
``happening_count:CASE`` for CASE ``all``, ``one_year``, ``text_protest``, ``types_actor``,
then ``cell_counts:one_year``, ``cards:busiest``, ``timeline:week``) and ``pandas_load_s``; ``ingest`` (``bench/ingest_rate.py``'s JSON: ``reader``,
``ingest_sqlite``, ``ingest_postgresql``, each with ``s``, ``per_s``, ``cpu_s``).
The machine is shared: read app / floor ratios from one run, not absolute times across runs.
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
WORDS = (
    "protest",
    "shelling",
    "ceasefire",
    "flood",
    "talks",
    "strike",
    "airstrike",
    "aid",
    "election",
    "arrest",
    "sanctions",
    "visit",
    "drills",
    "earthquake",
    "riot",
)
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
    cities = sorted(
        (p for p in every if p.kind == "city" and p.lat is not None), key=lambda p: -p.population
    )
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
    return {
        "events": n_events,
        "places": len(pool),
        "areas": areas,
        "build_s": round(time.monotonic() - t, 1),
    }


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _place_row(p: Place, geometries: dict[str, dict]) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "lat": p.lat,
        "lon": p.lon,
        "country_code": p.country_code,
        "geo_precision": p.geo_precision,
        "geonameid": p.geonameid,
        "geometry": json.dumps(geometries[p.id]) if p.is_area and p.id in geometries else None,
    }


def _article(
    a: int,
    pool: list[Place],
    cum: list[float],
    actors: list[str],
    actor_cum: list[float],
    rng: random.Random,
) -> tuple[dict[str, Any], list[Event]]:
    here = rng.choices(pool, cum_weights=cum, k=PER_ARTICLE)
    words = [rng.choice(WORDS) for _ in range(PER_ARTICLE)]
    sentences = [
        f"A {w} was reported near {p.name} ({a}-{k})."
        for k, (w, p) in enumerate(zip(words, here, strict=True))
    ]
    text = " ".join(sentences)
    row = {
        "id": f"a{a:07d}",
        "key": f"bench:{a}",
        "title": f"Article {a}",
        "text": text,
        "published": START + timedelta(days=a % DAYS),
        "source": "bench",
        "url": "",
        "flags": "[]",
        "ingested_at": time_now(),
        "analysis": FINGERPRINT,
    }
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
        evs.append(
            Event(
                id=f"e{a:07d}{k}",
                article_id=row["id"],
                summary=f"{words[k]} at {p.name}",
                when=when,
                event_type=event_type(rng.choice(sorted(ROOTS))),
                actors=tuple(
                    dict.fromkeys(rng.choices(actors, cum_weights=actor_cum, k=rng.randrange(3)))
                ),
                location=m,
                location_reason="bench",
                places=(m,),
                evidence=(Evidence(s, pos, pos + len(s)),),
            )
        )
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
    from dashboard.store import happening_queries as hq

    for name, q in query_cases(store):
        s, counts = median_s(lambda q=q: sq.place_counts(store, q))
        out.append({"name": f"place_counts:{name}", "sql_s": s, "rows": len(counts)})
        # what the map page asks per filter state besides: marker sizes and the heading's count
        s, counts = median_s(lambda q=q: hq.place_counts(store, q))
        out.append({"name": f"happening_place_counts:{name}", "sql_s": s, "rows": len(counts)})
        s, n = median_s(lambda q=q: hq.happening_count(store, q))
        out.append({"name": f"happening_count:{name}", "sql_s": s, "rows": n})
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


# ---------------------------------------------------------------- main

# the aims at 1M events (seconds, MB, articles per second); at 100k the page timings
# are half and memory 500 MB. ``None``: no aim at that size.
AIMS: dict[str, tuple[str, str, float]] = {
    "click_to_cards_s": ("click to cards, s", "<=", 1.0),
    "search_to_map_s": ("search to map, s", "<=", 1.5),
    "date_to_map_s": ("date change to map, s", "<=", 1.5),
    "first_paint_warm_s": ("first paint warm, s", "<=", 4.0),
    "first_paint_cold_s": ("first paint after a restart, s", "<=", 6.0),
    "server_rss_mb": ("server memory, MB", "<=", 1000.0),
    "ingest_per_s": ("ingest, articles/s", ">=", 300.0),
    "export_geojson_s": ("GeoJSON export, s", "<=", 15.0),
}

PAGE = frozenset(
    k for k in AIMS if k.endswith("_to_cards_s") or k.endswith("_to_map_s") or "paint" in k
)


def aim_at(key: str, events: int) -> float | None:
    """The aim of ``key`` at a store of ``events``: the 1M aims; at 100k the page timings
    halved, memory 500 MB, the same ingest rate and no export aim; none below 100k."""
    _label, _op, value = AIMS[key]
    if events >= 1_000_000:
        return value
    if events < 100_000 or key == "export_geojson_s":
        return None
    return 500.0 if key == "server_rss_mb" else value if key == "ingest_per_s" else value / 2


def commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip()


def load_average() -> list[float]:
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]


def export_cli(target: str) -> dict[str, Any]:
    """``python -m dashboard export --format geojson`` of the whole store to a file: wall
    seconds of the whole command (start-up included), CPU seconds, its size."""
    out = Path(tempfile.mkdtemp()) / "events.geojson"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard",
            "export",
            "--format",
            "geojson",
            "--db",
            target,
            "--out",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    size = out.stat().st_size
    out.unlink()
    return {"s": round(s, 1), "cpu_s": round(cpu, 1), "mb": round(size / 2**20, 1)}


def ingest_rate(articles: int) -> dict[str, Any]:
    """``bench/ingest_rate.py`` (the whole process on each backend beside the reader alone)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "ingest_rate.py"), "--articles", str(articles)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout))


def run_store(n: int, backend: str, target: str, args: argparse.Namespace) -> dict[str, Any]:
    """One store's part of the report: its shape, the browser steps (app and floor), the
    export, and with ``--queries`` the SQL layer (and pandas, up to 100k events)."""
    from bench.scale_stores import prepare

    out: dict[str, Any] = {"backend": backend, "size": n, **prepare(target)}
    out["load_before"] = load_average()
    if args.queries:
        store = Store(target)
        sql = sql_timings(store)
        if backend == "sqlite" and n <= 100_000:
            out["pandas_load_s"] = pandas_timings(store, sql)
        out["queries"] = sql
    if args.browser:
        from bench.scale_browser import browser_timings

        t = time.monotonic()
        out["browser"] = browser_timings(target, args.runs)
        out["browser_wall_s"] = round(time.monotonic() - t)
    if args.export:
        out["export_geojson"] = export_cli(target)
    out["load_after"] = load_average()
    return out


def figures(part: dict[str, Any], key: str, ingest: dict[str, Any]) -> tuple[Any, Any]:
    """(the app's figure, the floor's from the same run) of ``key`` for one store; ``None``
    where not measured. Timings are medians over the runs."""
    b = part.get("browser") or {}
    app, floor = (b.get("app") or {}).get(key), (b.get("floor") or {}).get(key)
    if key == "ingest_per_s":  # one run per backend, beside the reader alone (the floor)
        run = ingest.get(f"ingest_{part['backend']}") or {}
        return run.get("per_s"), (ingest.get("reader") or {}).get("per_s")
    if key == "export_geojson_s":
        return (part.get("export_geojson") or {}).get("s"), None
    if isinstance(app, dict):
        return app.get("median"), (floor or {}).get("median")
    return app, floor


def verdict(key: str, events: int, app: float, floor: float | None) -> str:
    """ "met", "not met", "above floor" (the aim is met but a page timing is above the
    floor's) or "" (no aim at this size)."""
    aim = aim_at(key, events)
    if aim is None:
        return ""
    if not (app <= aim if AIMS[key][1] == "<=" else app >= aim):
        return "not met"
    return "above floor" if key in PAGE and floor and app > floor else "met"


BACKEND = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
SIGN = {"<=": "≤", ">=": "≥"}


def _short(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1_000}k" if n >= 1_000 else str(n)


def table(report: dict[str, Any]) -> str:
    """The aims table in Markdown: a row per aim, a column per store, each cell the app's
    figure / the floor's from the same run, and whether the aim at that size is met."""
    ingest = report.get("ingest") or {}
    stores = report["stores"]
    names = [f"{BACKEND[p['backend']]} {_short(p['events'])}" for p in stores]
    rows = ["| aim at 1M (at 100k) | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for key, (label, op, value) in AIMS.items():
        at_100k = aim_at(key, 100_000)
        cells = []
        for part in stores:
            app, floor = figures(part, key, ingest)
            if app is None:
                cells.append("")
                continue
            mark = verdict(key, part["events"], app, floor)
            digits = 0 if key.endswith(("_mb", "per_s")) else 1 if key == "export_geojson_s" else 2
            note = ""
            if key == "export_geojson_s":
                note = f" ({part['export_geojson']['cpu_s']:.1f} CPU)"
            if key == "ingest_per_s":  # CPU per article of the whole process: the load aside
                run = ingest[f"ingest_{part['backend']}"]
                note = f" ({1000 * run['cpu_s'] / ingest['articles']:.1f} ms CPU each)"
            cells.append(
                f"{app:.{digits}f}"
                + ("" if floor is None else f" / {floor:.{digits}f}")
                + note
                + (f" ({mark})" if mark else "")
            )
        also = "—" if at_100k is None else f"{at_100k:g}"
        rows.append(f"| {label} {SIGN[op]} {value:g} ({also}) | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10k events only, one run")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    ap.add_argument(
        "--backends", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"]
    )
    ap.add_argument(
        "--stores",
        type=Path,
        default=Path(tempfile.gettempdir()) / "geonews-scale",
        help="folder of the stores, built when missing and reused (PostgreSQL's in STORES/pg)",
    )
    ap.add_argument("--runs", type=int, default=3, help="browser runs per store (medians)")
    ap.add_argument("--no-browser", dest="browser", action="store_false", help="skip Chromium")
    ap.add_argument(
        "--no-export", dest="export", action="store_false", help="skip the GeoJSON export"
    )
    ap.add_argument(
        "--queries", action="store_true", help="also the SQL query layer (and pandas up to 100k)"
    )
    ap.add_argument(
        "--ingest-articles", type=int, default=1500, help="0: skip bench/ingest_rate.py"
    )
    ap.add_argument(
        "--out", type=Path, help="also write the JSON here (rewritten after each store)"
    )
    ap.add_argument(
        "--table", type=Path, nargs="+", help="print the table of saved reports and stop"
    )
    args = ap.parse_args()
    if args.table:
        merged = {"stores": [], "ingest": {}}
        for f in args.table:
            got = json.loads(f.read_text())
            merged["stores"] += got["stores"]
            merged["ingest"] = got.get("ingest") or merged["ingest"]
        print(table(merged))
        return
    from bench.scale_stores import PgServer, copy_to_postgres

    sizes = [10_000] if args.quick else args.sizes
    runs = 1 if args.quick else args.runs
    args.runs = runs
    args.stores.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "commit": commit(),
        "runs": runs,
        "load_start": load_average(),
        "stores": [],
    }
    pg = PgServer(args.stores / "pg").start() if "postgresql" in args.backends else None
    t0 = time.monotonic()
    try:
        for n in sizes:
            path = args.stores / f"scale_{n}.db"
            if not path.exists():
                report.setdefault("built", {})[str(n)] = build(str(path), n)
            for backend in args.backends:
                target = str(path)
                if backend == "postgresql" and pg is not None:
                    target = pg.url(f"scale_{n}")
                    from bench.scale_stores import prepare

                    prepare(str(path))  # its happenings first: they are copied too
                    copied = copy_to_postgres(str(path), target)
                    if copied:
                        report.setdefault("copied_s", {})[str(n)] = copied
                t = time.monotonic()
                part = run_store(n, backend, target, args)
                part["wall_s"] = round(time.monotonic() - t)
                report["stores"].append(part)
                print(f"{backend} {n}: {part['wall_s']} s", file=sys.stderr, flush=True)
                if args.out:
                    args.out.write_text(json.dumps(report, indent=2) + "\n")
        if args.ingest_articles:
            report["ingest"] = ingest_rate(args.ingest_articles // (5 if args.quick else 1))
    finally:
        if pg is not None:
            pg.stop()
    report["wall_s"] = round(time.monotonic() - t0)
    report["load_end"] = load_average()
    report["table"] = table(report)
    text = json.dumps(report, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    print(report["table"], file=sys.stderr)


if __name__ == "__main__":
    main()
