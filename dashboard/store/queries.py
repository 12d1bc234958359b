"""The store filters and aggregates: what the map, the cards and the timeline show, in SQL.

Each function takes a ``Store`` and an ``EventQuery`` (date range plus the same filters as
``views.Filters``) and returns only what is drawn: counts per place, one page of cards, counts
per day, week or month, the filters' options and the date extent. Nothing loads every
event into Python; the app's pages read only these. Results equal what ``views.py``
computes in pandas for the same filter, or what the tests compute from the frames
(``tests/unit/test_queries.py`` checks it on both backends), with one documented
difference in text search on PostgreSQL.

Text search goes through the backend's full-text index (migration 0004):

- SQLite: FTS5 with the trigram tokenizer, so a text of three or more characters matches
  anywhere, case-insensitively, as the pandas filter does; shorter texts scan with
  ``instr(lower(…))``.
- PostgreSQL: the GIN index on ``to_tsvector('simple', search_text)`` narrows to events
  with a word that starts like the text's first word; ``strpos(lower(…))`` then checks the
  whole text. So on PostgreSQL a search matches from the start of a word: "Tok" finds
  Tokyo, "kyo" does not.

>>> from dashboard.store.db import Store
>>> q = EventQuery(types=("14",), text="protest")
>>> place_counts(Store(":memory:"), q).empty
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.db import Store
from dashboard.store.db import _event_query as event_query
from dashboard.store.schema import articles, event_places, events, mentions, places
from dashboard.store.writes import UNREAL_FLAGS

Resolution = Literal["day", "week", "month"]
RESOLUTIONS: tuple[Resolution, ...] = ("day", "week", "month")
PAGE_SIZE = 20  # cards per page: what fits beside the map without scrolling far
_TRIGRAM = 3  # FTS5's trigram tokenizer cannot match fewer characters
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """A date range (either end open; events overlapping it) and the filters; empty means
    "no restriction", as in ``views.Filters``."""

    start: date | None = None
    end: date | None = None
    types: tuple[str, ...] = ()  # CAMEO root codes (events.event_code)
    countries: tuple[str, ...] = ()  # ISO2 of the event location's country
    actors: tuple[str, ...] = ()  # any of these names among the event's actors
    geo_precision: tuple[int, ...] = ()
    text: str = ""  # case-insensitive, in the summary, the evidence sentences or the title
    hide_unreal: bool = False  # leave out negated and hypothetical events (the map's default)


@dataclass(frozen=True, slots=True)
class Card:
    """One event as a card shows it; ``role`` is how it is linked to the card's place."""

    id: str
    article_id: str
    summary: str
    date_start: date
    date_end: date
    time_precision: int
    date_text: str | None
    event_code: str
    event_name: str
    actors: tuple[str, ...]
    flags: tuple[str, ...]
    evidence: tuple[tuple[str, int, int], ...]  # (sentence, start, end) in the article
    location_id: str | None
    location_name: str | None
    geo_precision: int | None
    role: str  # "location" | "mentioned" ("" in a list not tied to a place)
    title: str
    source: str
    url: str
    date_reason: str = ""
    reference_date: date | None = None  # ACLED's single date for the range
    actor_countries: tuple[str | None, ...] = ()  # aligned with ``actors``
    location_reason: str = ""
    location_text: str | None = None  # the words in the text that became the location
    alt_dates: tuple[dict[str, Any], ...] = ()  # other dates reported: start, end, text, precision
    place_spans: tuple[tuple[int, int], ...] = ()  # article offsets of the places it names


@dataclass(frozen=True, slots=True)
class CardPage:
    """Cards ``offset`` to ``offset + len(cards)`` of ``total`` at one place."""

    place_id: str
    total: int
    offset: int
    cards: tuple[Card, ...]


_LIKELY: sa.ColumnElement[float] = sa.literal_column(
    "0.95"
)  # SQLite takes only a constant here, not a parameter


def conditions(
    q: EventQuery, dialect: str, by_end: bool | None = None, text_after_dates: bool = False
) -> list[sa.ColumnElement[bool]]:
    """The WHERE terms of ``q`` on ``events``, for ``dialect`` ("sqlite" | "postgresql").

    ``by_end`` (SQLite, both ends given): which date index narrows more, ``date_end``
    (True: a range near the newest events, the usual view) or ``date_start``; the other
    term is marked as true for nearly every row, so the planner reads the right index.
    SQLite keeps no statistics here and otherwise picks either (0.43 s against 0.04 s for
    the newest month of 100k events).

    ``text_after_dates`` (a short range): the text term is tested on the events the
    date index reads, not used to find them (see ``_where``)."""
    out: list[sa.ColumnElement[bool]] = []
    if q.start is not None:
        after = events.c.date_end >= q.start
        hinted = dialect == "sqlite" and q.end is not None and by_end is False
        out.append(sa.func.likelihood(after, _LIKELY) if hinted else after)
    if q.end is not None:
        before = events.c.date_start <= q.end
        hinted = dialect == "sqlite" and q.start is not None and by_end is True
        out.append(sa.func.likelihood(before, _LIKELY) if hinted else before)
    if q.types:
        out.append(events.c.event_code.in_(q.types))
    if q.countries:
        located = sa.select(places.c.id).where(places.c.country_code.in_(q.countries))
        out.append(events.c.location_id.in_(located))
    if q.geo_precision:
        out.append(events.c.geo_precision.in_(q.geo_precision))
    if q.actors:
        out.append(_has_actor(q.actors, dialect))
    needle = _unquoted(q.text)
    if needle:
        out.append(_matches(needle, dialect, indexed=not text_after_dates))
    if q.hide_unreal:
        # the column the writer sets from the flags (0006): reading the flags text itself
        # scanned every event row
        out.append(events.c.unreal == sa.false())
    return out


# Events the text says did not happen, or might: kept, but off the map unless asked for.
HIDDEN_FLAGS = UNREAL_FLAGS


def _flagged(flag: str) -> sa.ColumnElement[bool]:
    # flags is a JSON array of plain words ('["negated", "planned"]'): the quoted word is
    # enough, and cheaper than parsing JSON per row
    return events.c.flags.contains(f'"{flag}"', autoescape=True)


def _has_actor(names: tuple[str, ...], dialect: str) -> sa.ColumnElement[bool]:
    # actors is a JSON array of names; no index helps "any of", but the other terms narrow first
    if dialect == "postgresql":
        wanted = sa.literal(list(names), sa.ARRAY(sa.Text))
        return sa.cast(events.c.actors, sa.dialects.postgresql.JSONB).op("?|")(wanted)
    each = sa.func.json_each(events.c.actors).table_valued("value")
    return sa.exists(sa.select(1).select_from(each).where(each.c.value.in_(names)))


_QUOTES = {'"': '"', "“": "”", "'": "'"}


def _unquoted(text: str) -> str:
    """The search text without quote marks around the whole of it: the search is a phrase
    match already, and ``"ceasefire"`` typed with its quotes had matched nothing.

    >>> _unquoted(' "Aid convoy" '), _unquoted("“truce”"), _unquoted('"a" or "b"')
    ('Aid convoy', 'truce', '"a" or "b"')
    """
    needle = text.strip()
    if len(needle) > 2 and _QUOTES.get(needle[0]) == needle[-1] and needle[0] not in needle[1:-1]:
        return needle[1:-1].strip()
    return needle


def _matches(needle: str, dialect: str, indexed: bool = True) -> sa.ColumnElement[bool]:
    # the article's title too: a headline often names what the sentences only describe; the
    # articles are far fewer than the events, so their titles are scanned. ``indexed=False``
    # (SQLite): the events' columns are written with a unary plus, which SQLite reads as
    # "use no index for this term", so the matches are a list each event is looked up in
    folded = needle.casefold()
    if dialect == "postgresql":
        in_title = sa.func.strpos(sa.func.lower(articles.c.title), sa.func.lower(needle)) > 0
        titles = sa.select(articles.c.id).where(in_title)
        words = _WORD.findall(folded)
        if not words:
            exact = sa.func.strpos(sa.func.lower(events.c.search_text), sa.func.lower(needle)) > 0
            return sa.or_(exact, events.c.article_id.in_(titles))
        if not indexed:
            # a short range (``_where``): its events, read by date, are tested here one by
            # one; the UNION below read every event the word matches first (66,253 heap rows
            # for "arrest" in 1M events, 0.55 s per question, against 4,045 in 30 days)
            on_event = sa.text(
                "to_tsvector('simple'::regconfig, events.search_text) @@ "
                "to_tsquery('simple'::regconfig, :tsq)"
            ).bindparams(tsq=f"{words[0]}:*")
            exact = sa.func.strpos(sa.func.lower(events.c.search_text), sa.func.lower(needle)) > 0
            return sa.or_(sa.and_(on_event, exact), events.c.article_id.in_(titles))
        tsv = sa.text(
            "to_tsvector('simple'::regconfig, hit.search_text) @@ "
            "to_tsquery('simple'::regconfig, :tsq)"
        ).bindparams(tsq=f"{words[0]}:*")
        # a UNION of two indexed reads (the GIN index, then events by article): an OR of the
        # two in one WHERE cannot use either index, and PostgreSQL scanned every event (17 s
        # at 1M events against SQLite's 1 s: bench/results/scale_queries_1m_09ff0ba.json)
        hit = events.alias("hit")
        in_text = sa.func.strpos(sa.func.lower(hit.c.search_text), sa.func.lower(needle)) > 0
        by_text = sa.select(hit.c.id).where(tsv, in_text)
        by_title = sa.select(hit.c.id).where(hit.c.article_id.in_(titles))
        return events.c.id.in_(sa.union(by_text, by_title))
    in_title = sa.func.instr(sa.func.lower(articles.c.title), folded) > 0
    article: sa.ColumnElement[Any] = (
        events.c.article_id if indexed else sa.literal_column("+events.article_id")
    )
    titled = article.in_(sa.select(articles.c.id).where(in_title))
    if len(needle) < _TRIGRAM:
        return sa.or_(sa.func.instr(sa.func.lower(events.c.search_text), folded) > 0, titled)
    phrase = '"' + needle.replace('"', '""') + '"'
    hits = sa.text("SELECT rowid FROM events_fts WHERE events_fts MATCH :phrase").bindparams(
        phrase=phrase
    )
    rowid: sa.ColumnElement[Any] = sa.literal_column("events.rowid" if indexed else "+events.rowid")
    return sa.or_(rowid.in_(hits.columns(sa.column("rowid"))), titled)


def _where(conn: Connection, q: EventQuery) -> list[sa.ColumnElement[bool]]:
    """``conditions`` for this connection, with the date index hint on SQLite: the end of
    the data nearer the range decides (the first start and last end come from the indexes).
    A range over every event's dates is no restriction (``_unbounded``)."""
    dialect = conn.dialect.name
    if q.start is None and q.end is None:
        return conditions(q, dialect)
    lo, hi = _span(conn)
    if lo is None:
        return conditions(q, dialect)
    q = _unbounded(q, lo, hi)
    if q.start is None or q.end is None:
        return conditions(q, dialect)
    if dialect != "sqlite":  # PostgreSQL keeps statistics: only the text's order is its own
        return conditions(
            q, dialect, None, bool(q.text.strip()) and _covered(lo, hi, q) < TEXT_AFTER_DATES
        )
    # rows with date_end >= start grow with (last end - start); with date_start <= end, with (end - first start)
    by_end = (_day(hi) - q.start) <= (q.end - _day(lo))
    # a text in a short range: SQLite reads every event the text matches, then tests its
    # dates (the text's two indexes are an OR it prefers); reading the range by date and
    # testing each event against the text's matches is faster there. "strike" in the newest
    # 30 days of 1M events: 0.37 -> 0.12 s; over a year the text first stays faster (0.32
    # against 0.87 s)
    text_after = bool(q.text.strip()) and _covered(lo, hi, q) < TEXT_AFTER_DATES
    return conditions(q, dialect, by_end, text_after)


NARROW = 0.2  # a date range over less of the data's span than this is read by date first
TEXT_AFTER_DATES = 0.05  # ... and with a text, the text is tested after the dates


def _unbounded(q: EventQuery, lo: Any, hi: Any) -> EventQuery:
    """``q`` without its dates when they hold every event's (``lo``, ``hi``: ``_span``): no
    event ends before a start at or before the first start, none starts after an end at or
    after the last end. The "All" range is the data's extent: its date terms would be true
    of every event, yet made the counts read the whole store by date (place_counts of 1M
    events 3.8 s, against 0.9 s from the place index)."""
    if lo is None:
        return q
    starts = q.start is None or q.start <= _day(lo)
    ends = q.end is None or q.end >= _day(hi)
    return replace(q, start=None, end=None) if starts and ends else q


def _span(conn: Connection) -> tuple[Any, Any]:
    """The first start and the last end in the store, each from its index: two scalar
    subqueries, since SQLite reads min() or max() from an index only when it is alone."""
    first = sa.select(sa.func.min(events.c.date_start)).scalar_subquery()
    last = sa.select(sa.func.max(events.c.date_end)).scalar_subquery()
    lo, hi = conn.execute(sa.select(first, last)).one()
    return lo, hi


def _share(conn: Connection, q: EventQuery) -> float:
    """The share of the data's span (first start to last end) that [q.start, q.end] covers."""
    return _covered(*_span(conn), q)


def _covered(lo: Any, hi: Any, q: EventQuery) -> float:
    """``_share`` of the span from ``lo`` (first start) to ``hi`` (last end)."""
    if lo is None:
        return 1.0
    first, last = _day(lo), _day(hi)
    start, end = max(q.start or first, first), min(q.end or last, last)
    return max(0, (end - start).days + 1) / ((last - first).days + 1)


def matching(conn: Connection, q: EventQuery) -> sa.Select:
    """Ids of the events matching ``q``, read as this module reads them (``_where``'s index
    hints on SQLite): for other tables' queries to filter by."""
    return sa.select(events.c.id).where(*_where(conn, q))


def _filtered(conn: Connection, q: EventQuery) -> sa.Select:
    return sa.select(events.c.id, events.c.event_code).where(*_where(conn, q))


def _frame(conn: Connection, stmt: sa.Executable) -> pd.DataFrame:
    return pd.read_sql(stmt, conn, dtype_backend="pyarrow")


def _dates(frame: pd.DataFrame, *cols: str) -> pd.DataFrame:
    """``cols`` as Arrow dates: SQLite gives ISO text, PostgreSQL dates. Arrow holds any
    year from 1 to 9999, where pandas timestamps stop at 1677 and 2262."""
    for col in cols:
        if frame[col].dtype != "date32[pyarrow]":
            frame[col] = frame[col].astype("string[pyarrow]").astype("date32[pyarrow]")
    return frame


def event_count(store: Store, q: EventQuery) -> int:
    """How many events match ``q``."""
    with store.engine.connect() as conn:
        sub = _filtered(conn, q).subquery()
        return int(conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one())


def event_counts(store: Store, q: EventQuery) -> tuple[int, int]:
    """(events matching ``q`` whatever their flags, how many of them are negated or
    hypothetical): the view's count and the hidden count in one pass."""
    q = replace(q, hide_unreal=False)
    hidden = events.c.unreal == sa.true()
    with store.engine.connect() as conn:
        n, unreal = conn.execute(
            sa.select(sa.func.count(), sa.func.sum(sa.case((hidden, 1), else_=0))).where(
                *_where(conn, q)
            )
        ).one()
    return int(n), int(unreal or 0)


def event_ids(store: Store, q: EventQuery, limit: int | None = None) -> list[str]:
    """Ids of the matching events by start date, then id (``Store.event_rows``' order)."""
    with store.engine.connect() as conn:
        stmt = _filtered(conn, q).order_by(events.c.date_start, events.c.id)
        return [r.id for r in conn.execute(stmt.limit(limit))]


def event_frame(store: Store, q: EventQuery, limit: int | None = None) -> pd.DataFrame:
    """The matching events' flat columns (no JSON), Arrow dtypes, by start date then id."""
    cols = [
        events.c.id,
        events.c.summary,
        events.c.date_start,
        events.c.date_end,
        events.c.time_precision,
        events.c.event_code,
        events.c.event_name,
        events.c.location_id,
        events.c.geo_precision,
    ]
    with store.engine.connect() as conn:
        stmt = sa.select(*cols).where(*_where(conn, q))
        by: sa.ColumnElement[Any] = events.c.date_start
        if conn.dialect.name == "sqlite" and (q.start is not None or q.end is not None):
            # the range's events come from a date index, then are sorted: SQLite otherwise
            # walks the date_start index in order to skip the sort, reading every event
            # that starts before the range (the page asks for at most 2,000 events; the
            # 550 of "strike" in the newest 30 days of 1M events took 3-5 s, now 0.1 s)
            by = sa.literal_column("+events.date_start")
        frame = _frame(conn, stmt.order_by(by, events.c.id).limit(limit))
    return _dates(frame, "date_start", "date_end")


def place_counts(store: Store, q: EventQuery) -> pd.DataFrame:
    """ "Where events happened": one row per event location of a matching event, by place id
    (``views.place_summary``): the place's columns, ``n_events`` (events located there; a
    place merely mentioned is not counted) and ``top_code`` (the most frequent type there; ties to the highest code, so a place
    with one appeal and one arrest is drawn as conflict: CAMEO's codes rise with conflict,
    and a tie read as cooperation hid it)."""
    with store.engine.connect() as conn:
        # counts per (place, type) in one pass; the event's location is ``location_id``, the
        # place its "location" link names (``writes.link_rows`` makes one from the other),
        # read from a covering index (0008) rather than a link row fetched per event
        ev = located(conn, q, events.c.location_id, events.c.event_code)
        per_code = (
            (
                sa.select(
                    ev.c.location_id.label("place_id"), ev.c.event_code, sa.func.count().label("n")
                ).group_by(ev.c.location_id, ev.c.event_code)
            )
            .cte("per_code")
            .prefix_with("MATERIALIZED")
        )
        # the place's total and its top count, then the highest type with that count: two
        # grouped passes over the small per-type table, where window functions sorted it
        # twice (1.8 s -> 1.0 s of CPU for the whole of 1M events)
        tot = (
            sa.select(
                per_code.c.place_id,
                sa.func.sum(per_code.c.n).label("n_events"),
                sa.func.max(per_code.c.n).label("top_n"),
            ).group_by(per_code.c.place_id)
        ).cte("tot")
        top = (
            sa.select(per_code.c.place_id, sa.func.max(per_code.c.event_code).label("top_code"))
            .join(tot, sa.and_(tot.c.place_id == per_code.c.place_id, tot.c.top_n == per_code.c.n))
            .group_by(per_code.c.place_id)
        ).cte("top")
        stmt = (
            sa.select(places, tot.c.n_events, top.c.top_code)
            .join(tot, tot.c.place_id == places.c.id)
            .join(top, top.c.place_id == places.c.id)
            .order_by(places.c.id)
        )
        return _frame(conn, stmt)


def located(conn: Connection, q: EventQuery, *cols: sa.ColumnElement) -> sa.FromClause:
    """``cols`` of the located events matching ``q``, to group by place. Without a date range
    or a text the grouping reads the events table itself (SQLite flattens this subquery),
    so the whole store is read from ``ix_events_place_cover`` already in place order.
    Otherwise the matching events come first, through the date index (``ix_events_end_cover``
    holds every column the counts read) or the text index: a month of 100k events in
    0.04 s where scanning every event first took 1.0 s; MATERIALIZED keeps SQLite from
    folding them back into the grouping, which pulls the scan onto the place index."""
    if q.start is not None or q.end is not None:
        q = _unbounded(q, *_span(conn))
    stmt = sa.select(*cols).where(events.c.location_id.is_not(None), *_where(conn, q))
    if q.start is None and q.end is None and not q.text.strip():
        return stmt.subquery("located")
    return stmt.cte("located").prefix_with("MATERIALIZED")


Box = tuple[float, float, float, float]  # south, west, north, east, degrees (Leaflet's bounds)


def cell_counts(
    store: Store,
    q: EventQuery,
    size: float,
    box: Box | None = None,
    mentioned: bool = False,
    quiet: bool = True,
) -> pd.DataFrame:
    """The places a map layer draws for ``q``, grouped into square cells of ``size`` degrees
    of latitude and longitude: what the map shows where it has too many places to draw.

    ``mentioned=False`` groups the places of ``place_counts`` (``n_events``: events located
    there); ``mentioned=True`` those of ``mention_counts`` (articles naming them, with
    ``quiet`` as there). A place counts in the cell of its point (an area at its centre);
    places without coordinates are left out. ``box`` keeps the places inside it (Leaflet's
    bounds: longitudes may run past ±180, a box 360° wide or more keeps every longitude).

    Columns, one row per cell with places, by ``cx`` then ``cy``: ``cx`` and ``cy`` (the
    cell's column and row: ``floor((lon + 180) / size)``, ``floor((lat + 90) / size)``),
    ``n_places``, ``n_events`` (summed over its places), ``lat``/``lon`` (the mean of its
    places' points, where its circle is drawn) and ``south``/``west``/``north``/``east`` (the
    extent of its places' points). Raises ``ValueError`` unless ``size`` is positive.
    """
    if not size > 0:
        raise ValueError(f"cell size must be positive degrees, got {size!r}")
    with store.engine.connect() as conn:
        per_place = (
            _mention_per_place(conn, q, quiet) if mentioned else _located_per_place(conn, q)
        ).subquery("per_place")
        cx = _cell_index(places.c.lon, 180, size, conn.dialect.name).label("cx")
        cy = _cell_index(places.c.lat, 90, size, conn.dialect.name).label("cy")
        stmt = (
            sa.select(
                cx,
                cy,
                sa.func.count().label("n_places"),
                sa.func.sum(per_place.c.n).label("n_events"),
                sa.func.avg(places.c.lat).label("lat"),
                sa.func.avg(places.c.lon).label("lon"),
                sa.func.min(places.c.lat).label("south"),
                sa.func.min(places.c.lon).label("west"),
                sa.func.max(places.c.lat).label("north"),
                sa.func.max(places.c.lon).label("east"),
            )
            .join(places, places.c.id == per_place.c.place_id)
            .where(places.c.lat.is_not(None), places.c.lon.is_not(None), *_in_box(box))
            .group_by(sa.literal_column("cx"), sa.literal_column("cy"))
            .order_by(sa.literal_column("cx"), sa.literal_column("cy"))
        )
        frame = pd.read_sql(stmt, conn)
    for col in ("cx", "cy", "n_places", "n_events"):
        frame[col] = frame[col].astype("int64")
    return frame


def _cell_index(
    coord: sa.ColumnElement[float], shift: int, size: float, dialect: str
) -> sa.ColumnElement:
    # constants written into the SQL, not bound: PostgreSQL would not see one expression in
    # SELECT and GROUP BY with separate parameters. The shifted value is never negative
    # (lon + 180, lat + 90): SQLite's CAST truncates, which is floor there; PostgreSQL's
    # CAST rounds, so floor() first
    ratio = (coord + sa.literal_column(str(shift))) / sa.literal_column(repr(float(size)))
    if dialect == "postgresql":
        return sa.cast(sa.func.floor(ratio), sa.Integer)
    return sa.cast(ratio, sa.Integer)


def _in_box(box: Box | None) -> list[sa.ColumnElement[bool]]:
    """WHERE terms keeping the places inside ``box`` (see ``cell_counts``)."""
    if box is None:
        return []
    south, west, north, east = box
    out = [places.c.lat >= south, places.c.lat <= north]
    if east - west >= 360:
        return out
    west = (west + 180) % 360 - 180  # the same box on the map's own copy of the world
    east = west + (box[3] - box[1])
    if east <= 180:
        return [*out, places.c.lon >= west, places.c.lon <= east]
    return [*out, sa.or_(places.c.lon >= west, places.c.lon <= east - 360)]


def _located_per_place(conn: Connection, q: EventQuery) -> sa.Select:
    """(place_id, n): events matching ``q`` located at each place, as ``place_counts``."""
    ev = located(conn, q, events.c.location_id)
    return sa.select(ev.c.location_id.label("place_id"), sa.func.count().label("n")).group_by(
        ev.c.location_id
    )


def _mention_per_place(conn: Connection, q: EventQuery, quiet: bool) -> sa.Select:
    """(place_id, n): articles in view naming each place, as ``mention_counts``."""
    arts = _articles_in_view(conn, q, quiet).subquery()
    return (
        sa.select(mentions.c.place_id, sa.func.count(sa.distinct(mentions.c.article_id)).label("n"))
        .where(mentions.c.place_id.is_not(None), mentions.c.article_id.in_(sa.select(arts.c.id)))
        .group_by(mentions.c.place_id)
    )


Part = Literal["all", "here", "mentioning"]


def cards(
    store: Store,
    q: EventQuery,
    place_id: str | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    part: Part = "all",
    total: int | None = None,
) -> CardPage:
    """One page of the matching events linked to ``place_id``, newest first (latest start,
    then the longer range, then id): with ``part="all"`` those that happened there first,
    then those that only mention it (``views.events_at``' order); ``"here"`` or
    ``"mentioning"`` one of the two. "Mentions it" covers the event's own mentioned places
    and its article's mentions. Without ``place_id``: every matching event, newest first,
    of ``total`` when the caller has counted them already (``event_count``), else counted."""
    with store.engine.connect() as conn:
        terms = _where(conn, q)
        role: sa.ColumnElement[str] = sa.literal("")
        if place_id is not None:
            here = sa.and_(events.c.location_id.is_not(None), events.c.location_id == place_id)
            role = sa.case((here, "location"), else_="mentioned")
            linked: sa.ColumnElement[bool] = events.c.id.in_(
                _linked(place_id, "location" if part == "here" else None)
            )
            if conn.dialect.name == "sqlite" and _share(conn, q) < NARROW:
                # a short range: read its events by date and test each for the link, rather
                # than read every event of a busy place (a tenth of the store) and test the date
                linked = sa.func.likelihood(linked, _LIKELY)
            terms.append(linked)
            if part == "mentioning":
                terms.append(sa.not_(here))
        if total is None or place_id is not None:
            total = conn.execute(
                sa.select(sa.func.count()).select_from(events).where(*terms)
            ).scalar_one()
        # the page's ids first, from the dates' covering index where the filters allow, then
        # only their rows: sorting whole rows joined to their article and place read every
        # event in view that way (the first page of a year of 1M events: 1.1-3.2 s)
        order = (role != "location", *NEWEST_FIRST)
        ids = (
            sa.select(events.c.id).where(*terms).order_by(*order).offset(offset).limit(limit)
        ).correlate(None)
        stmt = _card_select(role.label("role")).where(events.c.id.in_(ids)).order_by(*order)
        page = tuple(_card(r._mapping) for r in conn.execute(stmt))
    return CardPage(place_id or "", int(total), offset, page)


# cards in one order everywhere: latest start first, a longer range first on the same day
NEWEST_FIRST = (events.c.date_start.desc(), events.c.date_end.desc(), events.c.id)


def _linked(place_id: str, role: str | None) -> sa.Select | sa.CompoundSelect:
    """Ids of events linked to a place (with ``role``, or any), and with ``role=None`` also
    the events of articles that mention it."""
    linked = sa.select(event_places.c.event_id).where(event_places.c.place_id == place_id)
    if role is not None:
        return linked.where(event_places.c.role == role)
    naming = sa.select(mentions.c.article_id).where(mentions.c.place_id == place_id)
    return sa.union(linked, sa.select(events.c.id).where(events.c.article_id.in_(naming)))


def _card_select(*extra: sa.ColumnElement) -> sa.Select:
    cols = (
        articles.c.title,
        articles.c.source,
        articles.c.url,
        places.c.name.label("location_name"),
    )
    return (
        sa.select(events, *cols, *extra)
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(places, places.c.id == events.c.location_id)
    )


def event_card(store: Store, event_id: str) -> Card | None:
    """One event as a card (any flags), or None when it is not in the store."""
    with store.engine.connect() as conn:
        stmt = _card_select(sa.literal("").label("role")).where(events.c.id == event_id)
        row = conn.execute(stmt).first()
    return _card(row._mapping) if row else None


def article_cards(store: Store, article_id: str) -> tuple[Card, ...]:
    """The events of one article (any flags), by start date then id."""
    with store.engine.connect() as conn:
        stmt = (
            _card_select(sa.literal("").label("role"))
            .where(events.c.article_id == article_id)
            .order_by(events.c.date_start, events.c.id)
        )
        return tuple(_card(r._mapping) for r in conn.execute(stmt))


def event_location(store: Store, q: EventQuery, event_id: str) -> str | None:
    """The location of ``event_id`` if it matches ``q`` and is located; None otherwise."""
    with store.engine.connect() as conn:
        stmt = sa.select(events.c.location_id).where(events.c.id == event_id, *_where(conn, q))
        return conn.execute(stmt).scalar()


def place(store: Store, place_id: str) -> dict[str, Any] | None:
    """One place's row (id, name, kind, lat, lon, country_code, geo_precision, geonameid,
    geometry), or None."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(places).where(places.c.id == place_id)).first()
    return dict(row._mapping) if row else None


def place_total(store: Store) -> int:
    """How many places the store holds (located, mentioned or corrected to)."""
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(places)).scalar_one())


def places_named(store: Store, text: str, limit: int = 500) -> pd.DataFrame:
    """Places of the store whose name contains ``text`` (case-insensitive): columns ``id``,
    ``name``, ``kind``, ``prefix`` (the name starts with it); those named from the start
    first, then by name, at most ``limit``. Blank text: none. The "Go to place" search
    of a view with too many places to list (the page keeps those of its view)."""
    needle = text.strip().casefold()
    cols = ["id", "name", "kind", "prefix"]
    if not needle:
        return pd.DataFrame(columns=cols)
    with store.engine.connect() as conn:
        name = sa.func.lower(places.c.name)
        if conn.dialect.name == "postgresql":
            at = sa.func.strpos(name, sa.func.lower(sa.literal(needle)))
        else:
            at = sa.func.instr(name, needle)
        prefix = sa.case((at == 1, 1), else_=0).label("prefix")
        stmt = (
            sa.select(places.c.id, places.c.name, places.c.kind, prefix)
            .where(at > 0)
            .order_by(prefix.desc(), places.c.name, places.c.id)
            .limit(limit)
        )
        frame = pd.read_sql(stmt, conn)
    frame["prefix"] = frame["prefix"].astype(bool)
    return frame[cols]


def _card(r: sa.RowMapping) -> Card:
    evidence = tuple((e["text"], int(e["start"]), int(e["end"])) for e in json.loads(r["evidence"]))
    detail = json.loads(r["detail"]) if r["detail"] else {}
    spans = tuple((int(p["start"]), int(p["end"])) for p in detail.get("places") or ())
    return Card(
        id=r["id"],
        article_id=r["article_id"],
        summary=r["summary"],
        date_start=r["date_start"],
        date_end=r["date_end"],
        time_precision=int(r["time_precision"]),
        date_text=r["date_text"],
        event_code=r["event_code"],
        event_name=r["event_name"],
        actors=tuple(json.loads(r["actors"])),
        flags=tuple(json.loads(r["flags"])),
        evidence=evidence,
        location_id=r["location_id"],
        location_name=r["location_name"],
        geo_precision=r["geo_precision"],
        role=r["role"],
        title=r["title"],
        source=r["source"] or "",
        url=r["url"] or "",
        date_reason=r["date_reason"],
        reference_date=r["reference_date"],
        actor_countries=tuple(json.loads(r["actor_countries"] or "[]")),
        location_reason=r["location_reason"],
        location_text=r["location_text"],
        alt_dates=tuple(json.loads(r["alt_dates"] or "[]")),
        place_spans=spans,
    )


def mention_counts(store: Store, q: EventQuery, quiet: bool = True) -> tuple[pd.DataFrame, int]:
    """ "Places mentioned": one row per resolved place named in the articles in view, with
    ``n_events`` the number of those articles naming it and ``top_code`` None;
    and how many articles are in view. The articles in view are
    those behind the matching events and, with ``quiet``, articles without any event
    published in [q.start, q.end]."""
    with store.engine.connect() as conn:
        arts = _articles_in_view(conn, q, quiet).subquery()
        n_articles = conn.execute(sa.select(sa.func.count()).select_from(arts)).scalar_one()
        per_place = (
            sa.select(
                mentions.c.place_id,
                sa.func.count(sa.distinct(mentions.c.article_id)).label("n_events"),
            )
            .where(
                mentions.c.place_id.is_not(None), mentions.c.article_id.in_(sa.select(arts.c.id))
            )
            .group_by(mentions.c.place_id)
            .subquery()
        )
        stmt = (
            sa.select(places, per_place.c.n_events, sa.null().label("top_code"))
            .join(per_place, per_place.c.place_id == places.c.id)
            .order_by(places.c.id)
        )
        frame = _frame(conn, stmt)
    frame["top_code"] = None
    return frame, int(n_articles)


def _articles_in_view(
    conn: Connection, q: EventQuery, quiet: bool
) -> sa.Select | sa.CompoundSelect:
    behind = sa.select(events.c.article_id.label("id")).where(*_where(conn, q))
    if not quiet:
        return behind.distinct()
    return sa.union(behind, _quiet_articles(q).with_only_columns(articles.c.id))


def _quiet_articles(q: EventQuery) -> sa.Select:
    """Articles without any coded event, published in [q.start, q.end]."""
    none = ~sa.exists(sa.select(1).where(events.c.article_id == articles.c.id))
    stmt = sa.select(articles.c.id, articles.c.title, articles.c.published).where(
        articles.c.published.is_not(None), none
    )
    if q.start is not None:
        stmt = stmt.where(articles.c.published >= q.start)
    if q.end is not None:
        stmt = stmt.where(articles.c.published <= q.end)
    return stmt


def quiet_articles(store: Store, q: EventQuery, place_id: str) -> pd.DataFrame:
    """Articles without coded events published in [q.start, q.end] that name ``place_id``
    id, title, published; newest first."""
    naming = sa.select(mentions.c.article_id).where(mentions.c.place_id == place_id)
    stmt = (
        _quiet_articles(q)
        .where(articles.c.id.in_(naming))
        .order_by(articles.c.published.desc(), articles.c.id)
    )
    with store.engine.connect() as conn:
        return _frame(conn, stmt)


MAX_ACTORS = 300  # the actor filter's options: the most frequent; a longer list is unusable


def facets(store: Store) -> dict[str, list]:
    """The values each filter can take: ``types`` (event codes,
    sorted), ``countries`` (ISO2 of event locations, most events first) and ``actors``
    (the ``MAX_ACTORS`` most frequent names, most events first); ties by value."""
    with store.engine.connect() as conn:
        types = conn.execute(
            sa.select(events.c.event_code).distinct().order_by(events.c.event_code)
        )
        n = sa.func.count().label("n")
        # events per place first, from the place index, then per country: joining every
        # event to its place read the places table once per event (1M events: 0.55 -> 0.15 s)
        per = (
            sa.select(events.c.location_id, n)
            .where(events.c.location_id.is_not(None))
            .group_by(events.c.location_id)
            .cte("per_place")
            .prefix_with("MATERIALIZED")
        )
        in_country = sa.func.sum(per.c.n).label("n")
        countries = conn.execute(
            sa.select(places.c.country_code, in_country)
            .join(per, per.c.location_id == places.c.id)
            .where(places.c.country_code.is_not(None))
            .group_by(places.c.country_code)
            .order_by(in_country.desc(), places.c.country_code)
        )
        out = {"types": [r[0] for r in types], "countries": [r[0] for r in countries]}
        if conn.dialect.name == "postgresql":
            name = sa.func.jsonb_array_elements_text(
                sa.cast(events.c.actors, sa.dialects.postgresql.JSONB)
            ).table_valued("value")
        else:
            name = sa.func.json_each(events.c.actors).table_valued("value")
        actors = conn.execute(
            sa.select(name.c.value, n)
            .select_from(events)
            .join(name, sa.true())
            .group_by(name.c.value)
            .order_by(n.desc(), name.c.value)
            .limit(MAX_ACTORS)
        )
        out["actors"] = [r[0] for r in actors]
    return out


def extent(store: Store, q: EventQuery) -> tuple[date, date] | None:
    """First start and last end of the matching events (with ``q.hide_unreal``,
    a hidden negated event does not stretch the "All" range); None
    without events."""
    with store.engine.connect() as conn:
        terms = _where(conn, q)
        lo = _first(conn, events.c.date_start, terms)
        hi = _first(conn, events.c.date_end.desc(), terms)
    return None if lo is None else (_day(lo), _day(hi))


def _first(conn: Connection, order: sa.ColumnElement, terms: list[sa.ColumnElement[bool]]) -> Any:
    """The first value in ``order`` among the rows matching ``terms``: the date index is
    walked until one matches (the flag filters make min()/max() scan every row)."""
    column = order.element if isinstance(order, sa.UnaryExpression) else order
    return conn.execute(sa.select(column).where(*terms).order_by(order).limit(1)).scalar()


DEFAULT_DAYS = 30


def default_range(
    store: Store, q: EventQuery, today: date, days: int = DEFAULT_DAYS
) -> tuple[date, date] | None:
    """The first view's range: the last ``days`` days of the
    matching events, ending at the newest one that is not planned and has begun by
    ``today`` (its end clipped to today). With only planned or future events, the newest
    one anchors it. None without events."""
    with store.engine.connect() as conn:
        terms = _where(conn, q)
        # min(date_end, today) grows with date_end: the newest end, clipped, is the maximum
        happened = [*terms, ~_flagged("planned"), events.c.date_start <= today]
        end = _first(conn, events.c.date_end.desc(), happened)
        if end is not None:
            end = min(_day(end), today)
        else:
            end = _first(conn, events.c.date_end.desc(), terms)
    if end is None:
        return None
    end = _day(end)
    return end - timedelta(days=days - 1), end


def _day(value: Any) -> date:
    # an aggregate over a date column comes back as a date, or as ISO text from SQLite
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def export_rows(store: Store, q: EventQuery, batch: int = 2000) -> Iterator[dict[str, Any]]:
    """The matching events as ``Store.stream_event_rows`` gives them (event-id order, code
    points on both backends), fetched ``batch`` rows at a time: the downloads of the view,
    in constant memory."""
    with store.engine.connect() as conn:
        order = events.c.id.collate("C") if conn.dialect.name == "postgresql" else events.c.id
        stmt = event_query(None, None).where(*_where(conn, q)).order_by(order)
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        for r in result:
            yield dict(r._mapping)


def timeline(store: Store, q: EventQuery, resolution: Resolution = "week") -> pd.DataFrame:
    """Matching events counted per bucket of their start date and per type: columns
    ``bucket`` (the day, the Monday of the week, or the first of the month), ``event_code``
    and ``events``, by bucket then code. Raises ``ValueError`` for another resolution."""
    if resolution not in RESOLUTIONS:
        raise ValueError(f"resolution must be one of {RESOLUTIONS}, got {resolution!r}")
    with store.engine.connect() as conn:
        bucket = _bucket(resolution, conn.dialect.name).label("bucket")
        stmt = (
            sa.select(bucket, events.c.event_code, sa.func.count().label("events"))
            .where(*_where(conn, q))
            .group_by(bucket, events.c.event_code)
            .order_by(bucket, events.c.event_code)
        )
        frame = _frame(conn, stmt)
    return _dates(frame, "bucket")


def _bucket(resolution: Resolution, dialect: str) -> sa.ColumnElement:
    start = events.c.date_start
    if dialect == "postgresql":
        if resolution == "day":
            return start
        return sa.cast(sa.func.date_trunc(resolution, start), sa.Date)
    if resolution == "day":
        return sa.func.date(start)
    if resolution == "month":
        return sa.func.strftime("%Y-%m-01", start)
    # Monday of the week: %w counts from Sunday = 0, so step back (w + 6) % 7 days
    back = (sa.cast(sa.func.strftime("%w", start), sa.Integer) + 6) % 7
    return sa.func.date(start, sa.literal("-") + sa.cast(back, sa.Text) + " days")
