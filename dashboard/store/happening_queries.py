"""What the map and cards show of happenings, in SQL, under the same ``EventQuery`` filters.

A happening is in view when at least one of its reports (events) matches the query; it is
then shown whole, with all its reports. Per place, a happening counts once at each place
where one of its matching reports is located (a report at Kyiv and another at "Ukraine"
count it at both; the headline counts it once). ``stream_happening_rows`` gives the rows
of ``export --level happening``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from dashboard.happenings.sources import outlet_label
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.filters import _day, _span, _where, at_sea_with, located_in, rows
from dashboard.store.schema import (
    article_copies,
    articles,
    event_happenings,
    events,
    happenings,
    merged_reports,
    places,
)


@dataclass(frozen=True, slots=True)
class HappeningReport:
    """One report of a happening: its event, outlet, sentence and article."""

    event_id: str
    article_id: str
    outlet: str
    title: str
    url: str
    sentence: str
    date_start: date
    date_end: date
    location_name: str | None
    reason: str  # how it joined the happening ("first report" for the first)


@dataclass(frozen=True, slots=True)
class HappeningCard:
    """A happening as its card shows it: best-supported date and place, its sources and
    reports, and where the reports disagree (``detail["disagreements"]`` of the store)."""

    id: str
    root: str
    event_name: str
    date_start: date
    date_end: date
    time_precision: int
    place_name: str | None
    geo_precision: int | None
    sources: int
    outlets: tuple[str, ...]
    reports: tuple[HappeningReport, ...]
    disagreements: tuple[dict[str, Any], ...]


def happening_count(store: Store, q: sq.EventQuery, n_events: int | None = None) -> int:
    """How many happenings have a report matching ``q``: the matching events, less the
    repeats within merged happenings (``store/merged.py``; an event not yet grouped, in a
    store filled by bulk insert, counts as a happening of its own). ``n_events``: the
    number of events matching ``q``, when the caller has already counted them (the map's
    heading has: under a text over a year of 1M events, counting again took 0.3 s)."""
    with store.engine.connect() as conn:
        per = _repeats(conn, q, merged_reports.c.happening_id).subquery("per")
        extra = conn.execute(sa.select(sa.func.sum(per.c.n - 1))).scalar()
    events_in_view = sq.event_count(store, q) if n_events is None else n_events
    return events_in_view - int(extra or 0)


def place_counts(store: Store, q: sq.EventQuery) -> pd.DataFrame:
    """``queries.place_counts`` plus ``n_happenings``: the happenings reported at each place
    (the marker size once happenings exist; ``n_events`` stays the reports there).

    A happening counts once at a place however many of its matching reports are there: the
    events there less, per merged happening, its matching reports there beyond the first.
    Those come from ``merged_reports`` (the reports of happenings of two or more, a small
    table kept on write), never from a join of every matching event to its happening: 4.1-4.6 s
    for the whole of a 1M store on SQLite. An event not yet grouped counts as a happening."""
    frame = sq.place_counts(store, q)
    with store.engine.connect() as conn:
        keys = (merged_reports.c.location_id, merged_reports.c.happening_id)
        located = _repeats(conn, q, *keys).where(merged_reports.c.location_id.is_not(None))
        per = located.subquery("per")
        stmt = sa.select(per.c.location_id, sa.func.sum(per.c.n - 1)).group_by(per.c.location_id)
        extra: dict[str, int] = {pid: int(n) for pid, n in conn.execute(stmt)}
    # through NumPy: iterating the Arrow columns cost 0.15 s for 29k places (a year at 1M)
    ids = frame["id"].to_numpy(dtype=object)
    minus = np.array([extra.get(pid, 0) for pid in ids], dtype="int64")
    frame["n_happenings"] = frame["n_events"].to_numpy(dtype="int64") - minus
    return frame


def _repeats(conn: Connection, q: sq.EventQuery, *keys: sa.ColumnElement) -> sa.Select:
    """(``keys``, n): the reports of merged happenings matching ``q`` grouped by ``keys``
    (a happening, or a place and a happening), where two or more match."""
    stmt = _merged(conn, q, *keys, sa.func.count().label("n"))
    return stmt.group_by(*keys).having(sa.func.count() > 1)


def _merged(conn: Connection, q: sq.EventQuery, *cols: sa.ColumnElement) -> sa.Select:
    """``cols`` of the reports of merged happenings (``merged_reports``) matching ``q``.

    The filters read ``merged_reports``' own copies of the event columns. A text or actors,
    which need the event's text and actors, keep the reports among the events matching the
    whole of ``q`` (``queries.matching``, read by date or by text as suits the range): "strike"
    in the newest 30 days of 1M events 0.48 -> 0.12 s, where every merged report of the
    text's events was read and its dates tested after."""
    m = merged_reports.c
    if q.text.strip() or q.actors:
        found = rows(conn, q)
        if found is not None:
            # the row set's own read names the events: none is looked up again by rowid for
            # its id (a year of "strike" at 1M events, 25k events: 0.05 s of CPU a question)
            ids = json.dumps(found["id"].to_numpy(dtype=object).tolist(), separators=(",", ":"))
            each = sa.text("SELECT value FROM json_each(:merged_ids)").bindparams(merged_ids=ids)
            return sa.select(*cols).where(m.event_id.in_(each.columns(sa.column("value"))))
        return sa.select(*cols).where(m.event_id.in_(sq.matching(conn, q)))
    where: list[sa.ColumnElement[bool]] = []
    if q.start is not None:
        where.append(m.date_end >= q.start)
    if q.end is not None:
        where.append(m.date_start <= q.end)
    if q.types:
        where.append(m.event_code.in_(q.types))
    if q.countries:
        # merged_reports keeps no actors: an event at sea is found by its id (in_countries)
        at_sea = sa.select(events.c.id).where(at_sea_with(q.countries, conn.dialect.name))
        where.append(sa.or_(m.location_id.in_(located_in(q.countries)), m.event_id.in_(at_sea)))
    if q.geo_precision:
        where.append(m.geo_precision.in_(q.geo_precision))
    if q.hide_unreal:
        where.append(m.unreal == sa.false())
    return sa.select(*cols).select_from(merged_reports).where(*where)


def happening_cards(
    store: Store,
    q: sq.EventQuery,
    place_id: str | None = None,
    limit: int = 20,
    min_reports: int = 1,
    carried: bool = False,
) -> tuple[int, tuple[HappeningCard, ...]]:
    """(how many, the first ``limit``) happenings of at least ``min_reports`` reports with a
    report matching ``q`` (located at ``place_id`` when given), newest first, most sources
    first on one day. ``carried``: also those of fewer reports where a report's article was
    carried word for word by another outlet (``article_copies``): one text, several outlets.

    With ``min_reports`` of two or more (the map's cards) the happenings come from
    ``merged_reports``, which holds exactly the reports of happenings of two or more, and
    the carried ones from ``article_copies``: both small tables. Reading every matching
    event and its happening link instead took 2-19 s in a 1M-event store on SQLite."""
    with store.engine.connect() as conn:
        if min_reports <= 1:  # any happening with a report in view: carried adds none
            n, heads = _any_page(conn, q, place_id, limit)
        else:
            n, heads = _merged_page(conn, q, place_id, limit, min_reports, carried)
        members = _reports(conn, [h["id"] for h in heads])
    return int(n), tuple(_card(h, members.get(h["id"], [])) for h in heads)


def _merged_page(
    conn: Connection,
    q: sq.EventQuery,
    place_id: str | None,
    limit: int,
    min_reports: int,
    carried: bool,
) -> tuple[int, list[dict[str, Any]]]:
    """``happening_cards`` of ``min_reports`` two or more: (how many, the first page)."""
    merged_ids = _merged_ids(conn, q, place_id, min_reports)
    # a store without wire copies (most) skips the carried part: at a busy place it read
    # every event there to find none (0.19 s at 1M events)
    ids: sa.Select | sa.CompoundSelect = merged_ids.distinct()
    if carried and conn.execute(sa.select(_carried().exists())).scalar():
        ids = sa.union(merged_ids, _carried_in_view(q, conn.dialect.name, place_id))
    return _counted_page(conn, ids, limit)


def _counted_page(
    conn: Connection, ids: sa.Select | sa.CompoundSelect, limit: int
) -> tuple[int, list[dict[str, Any]]]:
    """(how many happenings ``ids`` selects, the first ``limit`` of them), in one read."""
    found = ids.cte("found").prefix_with("MATERIALIZED")
    total = sa.select(sa.func.count()).select_from(found).scalar_subquery()
    stmt = _heads(limit).add_columns(total.label("_total"))
    heads = [
        dict(r._mapping) for r in conn.execute(stmt.where(_ID.in_(sa.select(found.c.happening_id))))
    ]
    totals = {h.pop("_total") for h in heads}
    n = totals.pop() if totals else conn.execute(sa.select(total)).scalar_one()
    return int(n), heads


_ID = happenings.c.id


def _heads(limit: int) -> sa.Select:
    """The happenings' rows with their place's name, in the cards' order, ``limit`` of them."""
    return (
        sa.select(happenings, places.c.name.label("place_name"))
        .outerjoin(places, places.c.id == happenings.c.location_id)
        .order_by(happenings.c.date_start.desc(), happenings.c.sources.desc(), _ID)
        .limit(limit)
    )


FEW = 20_000  # matching events: a view of fewer reads them all with their happenings
WIDEN = 8  # each window of days reaches this many times further back than the last


def _any_page(
    conn: Connection, q: sq.EventQuery, place_id: str | None, limit: int
) -> tuple[int, list[dict[str, Any]]]:
    """``happening_cards`` of any number of reports: (how many, the first page).

    A text or actors (their indexes narrow the events first), or a view of at most ``FEW``
    events, reads the happening of every matching event. A busier view counts its
    happenings as ``place_counts`` does (the events less the repeats in ``merged_reports``)
    and reads the page through windows of days (``_newest``): a year of a 1M-event store
    took 2.1-5.8 s on SQLite reading each of its 200k events' happenings. Every event the
    writer stores is grouped; one of a bulk insert never grouped counts there as a
    happening of its own."""
    at = [events.c.location_id == place_id] if place_id is not None else []
    n_events = None
    if not (q.text.strip() or q.actors):
        count = sa.select(sa.func.count()).select_from(events).where(*_where(conn, q), *at)
        n_events = int(conn.execute(count).scalar_one())
    if n_events is None or n_events <= FEW:
        link = event_happenings.c
        ids = (
            sa.select(link.happening_id)
            .join(events, events.c.id == link.event_id)
            .join(happenings, link.happening_id == _ID)
        )
        return _counted_page(conn, ids.where(*_where(conn, q), *at).distinct(), limit)
    per = _repeats(conn, q, merged_reports.c.happening_id)
    if place_id is not None:
        per = per.where(merged_reports.c.location_id == place_id)
    extra = conn.execute(sa.select(sa.func.sum(per.subquery().c.n - 1))).scalar()
    return n_events - int(extra or 0), _newest(conn, q, place_id, limit, n_events)


def _newest(
    conn: Connection, q: sq.EventQuery, place_id: str | None, limit: int, n_events: int
) -> list[dict[str, Any]]:
    """The first ``limit`` happenings with a report matching ``q`` (at ``place_id``; no
    text or actors), in the cards' order: the first of the merged ones (``merged_reports``)
    with the first of those of one report, read back from the range's end through windows
    of days until one holds ``limit`` of them, or else from the whole range.

    A happening of one report starts on its report's start day (``happening_rows``), so
    those starting on or after ``since`` are those of the matching events starting then,
    read from a date index (``_single_ids``), and every one of them ranks before every
    other: a window with ``limit`` of them holds their first ``limit``."""
    lo, hi = _span(conn)
    end = _day(hi) if q.end is None else q.end
    # back from the newest start day in range: an event of several days can end a month
    # after every event has started (a 1M store: last start 2025-12-30, last end 2026-01-29)
    newest = conn.execute(
        sa.select(sa.func.max(events.c.date_start)).where(events.c.date_start <= end)
    ).scalar()
    end = _day(newest) if newest is not None else end
    first = max(q.start or _day(lo), _day(lo))
    ids = [
        r.id for r in conn.execute(_heads(limit).where(_ID.in_(_merged_ids(conn, q, place_id, 2))))
    ]
    # a window twice as long as the view's density of events needs for ``limit`` of them
    days = max(2, -(-2 * limit * ((end - first).days + 1) // max(1, n_events)))
    while True:
        since = end - timedelta(days=days) if end - timedelta(days=days) > first else None
        singles = [r.id for r in conn.execute(_single_ids(conn, q, place_id, since, limit))]
        if since is None or len(singles) == limit:
            break
        days *= WIDEN
    return [dict(r._mapping) for r in conn.execute(_heads(limit).where(_ID.in_(ids + singles)))]


def _single_ids(
    conn: Connection, q: sq.EventQuery, place_id: str | None, since: date | None, limit: int
) -> sa.Select:
    """The first ``limit`` happenings of one report (their ids, in the cards' order) whose
    report matches ``q`` (no text or actors; at ``place_id``) and starts on or after
    ``since``: a range of start days, read from ``ix_events_place_start`` (0018) at a place,
    else from ``ix_events_date_start``; None: the whole view, read as the counts read it."""
    link = event_happenings.c
    if since is None:
        terms = _where(conn, q)
    else:
        terms = sq.conditions(replace(q, start=None, end=None), conn.dialect.name)
        terms.append(events.c.date_start >= since)  # so the report ends after q.start too
        if q.end is not None:
            terms.append(events.c.date_start <= q.end)
    if place_id is not None:
        terms.append(events.c.location_id == place_id)
    stmt = (
        sa.select(_ID)
        .join(event_happenings, link.happening_id == _ID)
        .join(events, events.c.id == link.event_id)
        .where(*terms, happenings.c.reports == 1)
        .order_by(happenings.c.date_start.desc(), happenings.c.sources.desc(), _ID)
        .limit(limit)
    )
    return stmt


def _merged_ids(
    conn: Connection, q: sq.EventQuery, place_id: str | None, min_reports: int
) -> sa.Select:
    """Happenings of at least ``min_reports`` (two or more) reports with a merged report
    matching ``q`` (located at ``place_id`` when given)."""
    m = merged_reports.c
    stmt = _merged(conn, q, m.happening_id.label("happening_id"))
    if place_id is not None:
        stmt = stmt.where(m.location_id == place_id)
    if min_reports > 2:  # every happening in merged_reports has two reports or more
        stmt = stmt.join(happenings, happenings.c.id == m.happening_id).where(
            happenings.c.reports >= min_reports
        )
    return stmt


def _carried_in_view(q: sq.EventQuery, dialect: str, place_id: str | None) -> sa.Select:
    """Carried happenings (``_carried``) with a report matching ``q`` (at ``place_id``)."""
    return _in_view(q, dialect, place_id).where(event_happenings.c.happening_id.in_(_carried()))


def _in_view(q: sq.EventQuery, dialect: str, place_id: str | None) -> sa.Select:
    """Happenings (with repeats) of the events matching ``q`` (located at ``place_id``)."""
    link = event_happenings.c
    stmt = (
        sa.select(link.happening_id.label("happening_id"))
        .join(events, events.c.id == link.event_id)
        .where(*sq.conditions(q, dialect))
    )
    if place_id is not None:
        stmt = stmt.where(events.c.location_id == place_id)
    return stmt


def _carried() -> sa.Select:
    """Happenings with a report whose article names its outlet and has a wire copy (another
    outlet by definition, ``writes.copy_row``): two outlets at least (issue 16). Read from
    the copies, a small table, outwards: joined the other way SQLite scanned every article
    (1.5 s in a 1M-event store without a single copy)."""
    named = sa.or_(
        sa.func.coalesce(articles.c.source, "") != "", sa.func.coalesce(articles.c.url, "") != ""
    )
    copied = sa.select(articles.c.id).where(
        articles.c.id.in_(sa.select(article_copies.c.article_id)), named
    )
    return (
        sa.select(event_happenings.c.happening_id)
        .join(events, events.c.id == event_happenings.c.event_id)
        .where(events.c.article_id.in_(copied))
    )


def _reports(conn: Any, ids: list[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    if not ids:
        return out
    stmt = (
        sa.select(
            event_happenings.c.happening_id,
            event_happenings.c.reason,
            events.c.id,
            events.c.article_id,
            events.c.event_name,
            events.c.evidence,
            events.c.summary,
            events.c.date_start,
            events.c.date_end,
            articles.c.source,
            articles.c.url,
            articles.c.title,
            places.c.name.label("location_name"),
        )
        .join(events, events.c.id == event_happenings.c.event_id)
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(places, places.c.id == events.c.location_id)
        .where(event_happenings.c.happening_id.in_(ids))
        .order_by(events.c.date_start, events.c.id)
    )
    for r in conn.execute(stmt):
        out.setdefault(r.happening_id, []).append(r)
    return out


def _card(h: dict[str, Any], rows: list[Any]) -> HappeningCard:
    detail = json.loads(h["detail"])
    reports = tuple(
        HappeningReport(
            r.id,
            r.article_id,
            outlet_label(r.source or "", r.url or ""),
            r.title or "",
            r.url or "",
            _sentence(r.evidence, r.summary),
            r.date_start,
            r.date_end,
            r.location_name,
            r.reason,
        )
        for r in rows
    )
    outlets = tuple(detail.get("outlets") or sorted({r.outlet for r in reports}))
    return HappeningCard(
        h["id"],
        h["root"],
        rows[0].event_name if rows else h["root"],
        h["date_start"],
        h["date_end"],
        int(h["time_precision"]),
        h.get("place_name"),
        h.get("geo_precision"),
        int(h["sources"]),
        outlets,
        reports,
        tuple(detail.get("disagreements") or ()),
    )


def _sentence(evidence: str, summary: str) -> str:
    found = json.loads(evidence or "[]")
    return str(found[0]["text"]) if found else summary


# ---------------------------------------------------------------- the export's rows


def stream_happening_rows(
    engine: Engine, date_from: Any = None, date_to: Any = None, batch: int = 2000
) -> Iterable[dict[str, Any]]:
    """Happenings overlapping [date_from, date_to] in id order, each with its place and its
    reports (``events``: id, summary, event_name, actors, source, url, title, evidence),
    fetched ``batch`` at a time: the rows of ``export --level happening`` and of the cards."""
    q = sa.select(
        happenings,
        places.c.name.label("location_name"),
        places.c.lat.label("latitude"),
        places.c.lon.label("longitude"),
        places.c.country_code.label("location_country"),
        places.c.kind.label("location_kind"),
    ).outerjoin(places, places.c.id == happenings.c.location_id)
    if date_from is not None:
        q = q.where(happenings.c.date_end >= date_from)
    if date_to is not None:
        q = q.where(happenings.c.date_start <= date_to)
    with engine.connect() as conn:
        order = (
            happenings.c.id.collate("C") if conn.dialect.name == "postgresql" else happenings.c.id
        )
        rows = conn.execution_options(stream_results=True, yield_per=batch).execute(
            q.order_by(order)
        )
        for part in rows.partitions(batch):
            heads = [dict(r._mapping) for r in part]
            members = _report_rows(conn, [h["id"] for h in heads])
            for h in heads:
                h["events"] = members.get(h["id"], [])
                yield h


def _report_rows(conn: Connection, happening_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    q = (
        sa.select(
            event_happenings.c.happening_id,
            event_happenings.c.score,
            event_happenings.c.reason,
            events.c.id,
            events.c.summary,
            events.c.event_name,
            events.c.event_code,
            events.c.actors,
            events.c.evidence,
            events.c.date_start,
            events.c.date_end,
            events.c.time_precision,
            events.c.flags,
            articles.c.source,
            articles.c.url,
            articles.c.title,
        )
        .join(events, events.c.id == event_happenings.c.event_id)
        .join(articles, articles.c.id == events.c.article_id)
        .where(event_happenings.c.happening_id.in_(happening_ids))
        .order_by(event_happenings.c.happening_id, events.c.id)
    )
    for r in conn.execute(q):
        out.setdefault(r.happening_id, []).append(dict(r._mapping))
    return out
