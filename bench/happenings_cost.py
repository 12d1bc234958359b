"""What merging reports into happenings costs, at scale and on the ingest path.

    python bench/happenings_cost.py                       # 100k events
    python bench/happenings_cost.py --sizes 100000 1000000 --ingest 300

Stores come from ``bench/scale.py``'s generator (real places by Zipf's law, dates over five
years, 10 events per article, random CAMEO roots), built by bulk insert, so every event
is then grouped by ``store.happenings.rebuild``. Per size (``sizes[]``): ``build_s``;
``load_s`` (reading every event as a ``Report``); ``cluster_s`` (the merge rule in memory)
with ``comparisons`` (calls of ``rules.fit`` and ``meetings.sides_match``) against ``all_pairs`` (n(n-1)/2, what no
blocking would cost); ``rebuild_s`` (the whole regroup, writes included); ``happenings``
and ``merged`` (happenings of more than one event); ``refresh_ms`` (median time of the
regroup one new 10-event article triggers in that store, over ``--new`` articles);
``refresh_home_ms`` (the same with each article's first event a home report: an act of
force placed by its dateline at its doer's country, whose regroup also looks up every
block's acts of force of its day, ``happening_neighbours._home_days``). Each
timed step also has its CPU seconds (``build_cpu_s``, ``load_cpu_s``, ``cluster_cpu_s``,
``rebuild_cpu_s``, ``refresh_cpu_ms``): on a shared host the wall follows the others' load.

``pathological`` (top level, ``--hard``; a scale factor, 0 skips): the shapes the tester
found quadratic, grouped in memory by ``grouping.cluster`` (``cluster_s``, ``comparisons``,
``happenings``) and, for the first two, through the store: ``rebuild_s`` (``rebuild`` of a
store holding only them, summaries and wire groups included) and ``save_one_s`` (saving one
more report, which regroups the whole happening); ``save_s`` (``Store.save`` of the one
long article into an empty store, its regroup included):

- ``town_same``: 2,000 reports of one root, one town and one day, one per article, that all
  agree (one happening of 2,000 reports);
- ``one_article``: one article with 12,000 events of three roots in one country over ten
  days (nothing merges: one article's events are never one another's witnesses);
- ``country_day``: 2,000 reports of one root and one day at 2,000 towns of one country
  (one block, 2,000 happenings);
- ``town_sides``: 2,000 reports of one root, town and day whose actors name one of 200
  countries each (about 200 happenings that must stay apart).

``ingest`` (top level): ``--ingest`` generated articles through the real pipeline in this
process, once with the regroup and once with it switched off (the same process, so the two
rates are comparable): ``with_per_s``, ``without_per_s``, ``share`` (the regroup's share
of the time). The issue's floor is 300 articles/s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bench.scale as scale  # noqa: E402
import dashboard.happenings.grouping as hc  # noqa: E402
import dashboard.store.saving as savemod  # noqa: E402
from dashboard.happenings.model import Report  # noqa: E402
from dashboard.happenings.rules import fold_actor  # noqa: E402
from dashboard.model import Event  # noqa: E402
from dashboard.store import happenings as sh  # noqa: E402
from dashboard.store.db import Store  # noqa: E402
from dashboard.store.happening_reports import _load  # noqa: E402
from dashboard.store.schema import events  # noqa: E402


def run_size(n: int, tmp: Path, new: int) -> dict[str, Any]:
    url = str(tmp / f"happen_{n}.db")
    c = time.process_time()
    out: dict[str, Any] = scale.build(url, n)
    out["build_cpu_s"] = _cpu_since(c)
    store = Store(url)
    with store.engine.connect() as conn:
        ids = [r.id for r in conn.execute(events.select().with_only_columns(events.c.id))]
        t, c = time.perf_counter(), time.process_time()
        reports = _load(conn, ids)
        out["load_s"], out["load_cpu_s"] = round(time.perf_counter() - t, 2), _cpu_since(c)
    c = time.process_time()
    groups, out["cluster_s"], out["comparisons"] = counted_cluster(reports)
    out["cluster_cpu_s"] = _cpu_since(c)
    out["all_pairs"] = len(reports) * (len(reports) - 1) // 2
    t, c = time.perf_counter(), time.process_time()
    with store.writer.begin() as conn:
        out["happenings"] = sh.rebuild(conn)
    out["rebuild_s"], out["rebuild_cpu_s"] = round(time.perf_counter() - t, 2), _cpu_since(c)
    out["merged"] = sum(len(g.event_ids) > 1 for g in groups)
    out["refresh_ms"], out["refresh_cpu_ms"] = refresh_ms(store, new)
    out["refresh_home_ms"], out["refresh_home_cpu_ms"] = refresh_ms(store, new, home=True)
    return out


def _cpu_since(start: float) -> float:
    """This process's CPU seconds since ``start`` (a ``time.process_time()``): on a shared
    host the wall seconds follow the other processes' load, the CPU seconds much less."""
    return round(time.process_time() - start, 2)


def counted_cluster(reports: list[Report]) -> tuple[list[hc.Group], float, int]:
    """``grouping.cluster(reports)``, its seconds and its calls of ``rules.fit`` (and of
    ``meetings.sides_match``, the meetings pass's pair rule)."""
    calls = [0]
    real, real_sides = hc.fit, hc.sides_match

    def counted(a: Any, b: Any) -> Any:
        calls[0] += 1
        return real(a, b)

    def counted_sides(a: Any, b: Any, both: Any) -> Any:
        calls[0] += 1
        return real_sides(a, b, both)

    hc.fit, hc.sides_match = counted, counted_sides  # type: ignore[assignment]
    try:
        t = time.perf_counter()
        groups = hc.cluster(reports)
        return groups, round(time.perf_counter() - t, 2), calls[0]
    finally:
        hc.fit, hc.sides_match = real, real_sides  # type: ignore[assignment]


def refresh_ms(store: Store, new: int, home: bool = False) -> tuple[float, float]:
    """Median ms of the regroup one new article's save runs (timed inside ``Store.save``),
    wall and CPU. With ``home``, each article's first event is a home report (``_home``), so
    the regroup also runs the day query of ``happening_neighbours._home_days``."""
    rng = random.Random(8 if home else 7)
    pool = scale.pick_places(500, rng)
    cum = scale._cumulative([1 / (k + 1) for k in range(len(pool))])
    actors = [f"Actor {k:03d}" for k in range(200)]
    actor_cum = scale._cumulative([1 / (k + 1) for k in range(200)])
    timings: list[float] = []
    cpu: list[float] = []
    real = savemod.refresh_happenings

    def timed(conn: Any, ids: Any, gone: Any = ()) -> int:
        t, c = time.perf_counter(), time.process_time()
        n = real(conn, ids, gone)
        timings.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        return n

    savemod.refresh_happenings = timed  # type: ignore[assignment]
    try:
        from dashboard.model import Article

        for k in range(new):
            row, evs = scale._article(
                (9_500_000 if home else 9_000_000) + k, pool, cum, actors, actor_cum, rng
            )
            if home:
                evs = [_home(evs[0]), *evs[1:]]
            art = Article(row["id"], row["title"], row["text"], row["published"], "bench", "")
            store.save(art, [], evs, key=row["key"])
    finally:
        savemod.refresh_happenings = real  # type: ignore[assignment]
    if not timings:
        return 0.0, 0.0
    return round(1000 * statistics.median(timings), 1), round(1000 * statistics.median(cpu), 1)


def _home(e: Event) -> Event:
    """``e`` as a home report (``store.happening_reports._home``): an act of force dated to
    its first day, placed by the outlet's dateline alone at the country of the side that did
    it ("WASHINGTON — The Pentagon said US forces struck ...")."""
    from dataclasses import replace

    from dashboard.events.cameo import event_type
    from dashboard.model import DATELINE_REASON, DateRange, Mention, Roles
    from dashboard.places.gazetteer import load

    cc = e.location.place.country_code if e.location else None
    country = load().places.get(f"cc:{cc}") if cc else None
    if country is None:
        return e
    m = Mention(0, len(country.name), country.name, country, 1.0, "bench")
    day = e.when.start
    return replace(
        e,
        event_type=event_type("19"),
        event_code="190",
        when=DateRange(day, day, 1, None, "bench"),
        actors=("Army",),
        actor_countries=(cc,),
        roles=Roles(source="Army", source_country=cc),
        location=m,
        location_reason=DATELINE_REASON,
        places=(m,),
    )


def write_articles(folder: Path, n: int, seed: int = 3) -> int:
    """``n`` articles in the seed's format about real cities, plus the bundled ones; returns
    how many. Kept here since ``bench/scale.py`` dropped its copy (94faa2c: its ingest figure
    moved to ``bench/ingest_rate.py``, whose JSON Lines are the bundled articles re-dated,
    not these)."""
    import shutil

    rng = random.Random(seed)
    cities = scale.pick_places(400, rng)
    verbs = ("Police clashed with protesters in {c} on Monday, officials said.",
             "Heavy shelling hit the outskirts of {c} on Tuesday night, residents said.",
             "Ministers met in {c} on Wednesday for talks on a ceasefire.",
             "Floods forced thousands from their homes near {c} last week.",
             "Workers went on strike in {c} on Friday over unpaid wages.")  # fmt: skip
    for k in range(n):
        c = [p.name for p in rng.sample(cities, 3)]
        day = scale.START + timedelta(days=rng.randrange(scale.DAYS))
        body = " ".join(rng.choice(verbs).format(c=x) for x in c * 2)
        (folder / f"gen_{k:05d}.txt").write_text(
            f"date {day.isoformat()}\n{c[0].upper()} — {body}\n"
        )
    shutil.copytree(ROOT / "data" / "articles", folder / "bundled")
    return n + sum(1 for _ in (ROOT / "data" / "articles").rglob("*.*"))


def ingest(n: int, tmp: Path) -> dict[str, Any]:
    """Articles/s through the command's path (``jobs.ingest``, one job, batches of 64 in one
    transaction each), with and without the regroup, alternating, best of two each."""
    from dashboard import jobs
    from dashboard.pipeline import Pipeline

    folder = tmp / "articles"
    folder.mkdir(exist_ok=True)
    write_articles(folder, n)
    paths = sorted(folder.rglob("gen_*.txt"))
    pipe = Pipeline(Store(str(tmp / "warm.db")))
    jobs.ingest(pipe, paths[:20], 1)  # gazetteer and reader warm, so neither run pays for them
    out: dict[str, Any] = {"articles": len(paths)}
    best: dict[str, float] = {}
    real = savemod.refresh_happenings
    spent = [0.0]

    def timed(conn: Any, ids: Any, gone: Any = ()) -> int:
        t = time.perf_counter()
        got = real(conn, ids, gone)
        spent[0] += time.perf_counter() - t
        return got

    runs = [("without", lambda conn, ids, gone=(): 0), ("with", timed)] * 2
    for n, (label, hook) in enumerate(runs):
        savemod.refresh_happenings = hook  # type: ignore[assignment]
        spent[0] = 0.0
        try:
            pipe.store = Store(str(tmp / f"ingest_{label}_{n}.db"))
            t = time.perf_counter()
            jobs.ingest(pipe, paths, 1)
            s = time.perf_counter() - t
        finally:
            savemod.refresh_happenings = real  # type: ignore[assignment]
        if s < best.get(label, float("inf")):
            best[label] = s
            if label == "with":
                out["share"] = round(spent[0] / s, 3)
    for label, s in best.items():
        out[f"{label}_s"], out[f"{label}_per_s"] = round(s, 2), round(len(paths) / s, 1)
    return out


HARD_TOWN = "gn:703448"  # Kyiv


def hard_cases(scale_by: float, tmp: Path) -> dict[str, Any]:
    """The ``pathological`` section: ``scale_by`` 1.0 is the tester's sizes."""
    from dashboard.places.gazetteer import load

    gaz = load()
    town = gaz.places[HARD_TOWN]
    n, big = max(2, round(2000 * scale_by)), max(2, round(12000 * scale_by))
    day = date(2024, 3, 8)
    us = sorted(
        (
            p
            for p in gaz.places.values()
            if p.kind == "city" and p.country_code == "US" and p.lat is not None
        ),
        key=lambda p: -p.population,
    )[:n]
    codes = sorted({p.country_code for p in gaz.places.values() if p.country_code})[:200]
    towns = sorted(
        (
            p
            for p in gaz.places.values()
            if p.kind == "city" and p.country_code == "UA" and p.lat is not None
        ),
        key=lambda p: -p.population,
    )[:50]
    cases: dict[str, list[Event]] = {
        "town_same": [
            _hard_event(f"t{k:05d}", f"ta{k:05d}", "14", town, day, ("Protesters",), ("UA",))
            for k in range(n)
        ],
        "one_article": [
            _hard_event(
                f"o{k:06d}",
                "big",
                ("14", "19", "17")[k % 3],
                towns[k % len(towns)],
                day + timedelta(days=k % 10),
                (f"Group {k % 97}",),
                (),
            )
            for k in range(big)
        ],
        "country_day": [
            _hard_event(
                f"c{k:05d}", f"ca{k:05d}", "14", us[k % len(us)], day, ("Protesters",), ("US",)
            )
            for k in range(n)
        ],
        "town_sides": [
            _hard_event(
                f"s{k:05d}", f"sa{k:05d}", "19", town, day, (f"Army {k % 200}",), (codes[k % 200],)
            )
            for k in range(n)
        ],
    }
    out: dict[str, Any] = {}
    for name, evs in cases.items():
        groups, seconds, calls = counted_cluster([_report_of(e) for e in evs])
        row: dict[str, Any] = {
            "reports": len(evs),
            "cluster_s": seconds,
            "comparisons": calls,
            "happenings": len(groups),
        }
        if name == "town_same":  # the store's regroup, and one more report saved
            store = _hard_store(tmp / f"hard_{name}.db", evs)
            t = time.perf_counter()
            with store.writer.begin() as conn:
                sh.rebuild(conn)
            row["rebuild_s"] = round(time.perf_counter() - t, 2)
            extra = _hard_event("t99999", "ta99999", "14", town, day, ("Protesters",), ("UA",))
            row["save_one_s"] = _save_s(store, [extra])
        if name == "one_article":  # saved as ingest saves it, into an empty store
            row["save_s"] = _save_s(Store(str(tmp / f"hard_{name}.db")), evs)
        out[name] = row
    return out


def _hard_event(
    eid: str,
    aid: str,
    code: str,
    place: Any,
    day: date,
    actors: tuple[str, ...],
    countries: tuple[str, ...],
) -> Event:
    from dashboard.events.cameo import event_type
    from dashboard.model import DateRange, Evidence, Mention

    text = f"{actors[0]} gathered in {place.name} on {day:%d %B %Y}, report {eid}."
    m = Mention(
        text.index(place.name),
        text.index(place.name) + len(place.name),
        place.name,
        place,
        1.0,
        "bench",
    )
    return Event(
        id=eid,
        article_id=aid,
        summary=text,
        when=DateRange(day, day, 1, None, "bench"),
        event_type=event_type(code),
        actors=actors,
        location=m,
        location_reason="bench",
        places=(m,),
        evidence=(Evidence(text, 0, len(text)),),
        actor_countries=countries + (None,) * (len(actors) - len(countries)),
    )


def _report_of(e: Event) -> Report:
    from dashboard.happenings.model import Spot

    place = e.location.place if e.location else None
    return Report(
        e.id,
        e.article_id,
        e.event_type.code,
        e.when.start,
        e.when.end,
        e.when.precision,
        Spot.of(place) if place else None,
        frozenset(fold_actor(a) for a in e.actors),
        frozenset(c for c in e.actor_countries if c),
    )


def _hard_store(path: Path, evs: list[Event]) -> Store:
    """A store of only ``evs``, bulk-inserted as ``scale.build`` does (not yet grouped)."""
    from dashboard.store.schema import articles, event_places, places
    from dashboard.store.writes import event_row, link_rows

    store = Store(str(path))
    used = {e.location.place.id: e.location.place for e in evs if e.location}
    arts = {e.article_id: e for e in evs}
    with store.writer.begin() as conn:
        conn.execute(places.insert(), [scale._place_row(p, {}) for p in used.values()])
        conn.execute(
            articles.insert(),
            [
                {
                    "id": a,
                    "key": f"hard:{a}",
                    "title": a,
                    "text": e.summary,
                    "source": f"Outlet {a}",
                    "published": e.when.start,
                    "url": f"https://{a}.example/",
                    "flags": "[]",
                    "ingested_at": scale.time_now(),
                    "analysis": scale.FINGERPRINT,
                }
                for a, e in arts.items()
            ],
        )
        conn.execute(events.insert(), [event_row(e) for e in evs])
        conn.execute(event_places.insert(), [r for e in evs for r in link_rows(e)])
    return store


def _save_s(store: Store, evs: list[Event]) -> float:
    """Seconds of ``Store.save`` of the one article of ``evs`` (its regroup included)."""
    from dashboard.model import Article

    aid = evs[0].article_id
    text = " ".join(e.summary for e in evs)
    art = Article(aid, aid, text, evs[0].when.start, f"Outlet {aid}", f"https://{aid}.example/")
    t = time.perf_counter()
    store.save(art, [], evs, key=f"hard:{aid}")
    return round(time.perf_counter() - t, 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", nargs="*", type=int, default=[100_000])
    ap.add_argument("--new", type=int, default=50, help="new articles timed per size")
    ap.add_argument(
        "--ingest", type=int, default=300, help="generated articles to ingest (0: skip)"
    )
    ap.add_argument(
        "--hard",
        type=float,
        default=1.0,
        help="scale of the pathological cases (1: the tester's sizes; 0: skip)",
    )
    ap.add_argument("--keep", help="build the stores in this folder and keep them")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(args.keep) if args.keep else Path(tmp)
        doc: dict[str, Any] = {"sizes": [run_size(n, where, args.new) for n in args.sizes]}
        if args.hard:
            doc["pathological"] = hard_cases(args.hard, Path(tmp))
        if args.ingest:
            doc["ingest"] = ingest(args.ingest, Path(tmp))
    print(json.dumps(doc, indent=2))


if __name__ == "__main__":
    main()
