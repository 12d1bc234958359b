"""The WHERE terms of an ``EventQuery`` (date range, types, countries, actors, precision, text).

``conditions`` builds them for a dialect; ``_where`` adds SQLite's date-index hint and drops
a range over every event's dates (``_unbounded``); ``matching`` and ``located`` give the
matching events to other queries. Text search goes through the backend's full-text index
(see ``queries``). Also the frame readers the query modules share (``_frame``, ``_dates``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.schema import articles, events, places
from dashboard.store.writes import UNREAL_FLAGS

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
    within: RowSet | None = None  # SQLite: the matching events, found once (``rowset``)


@dataclass(frozen=True, slots=True)
class RowSet:
    """The rowids of the events matching ``basis`` whatever their flags (``rowset``), kept
    as a JSON array: SQLite reads it with ``json_each``. A query carrying it tests each
    event read by date against this one set instead of finding the text's (or the actors')
    matches again: every question of a filter state did, about 0.1 s of CPU each for a
    year of 1M events with "strike". Equal by ``basis`` and ``key`` (the caller's data
    version) alone: the ids follow from them."""

    basis: EventQuery
    key: Any
    ids: str = field(compare=False, hash=False, repr=False)
    size: int = field(default=0, compare=False, hash=False)
    unreal: int = field(default=0, compare=False, hash=False)  # of them negated or hypothetical
    # the events' columns the view's counts group by, read in the same pass (``rows``)
    frame: pd.DataFrame | None = field(default=None, compare=False, hash=False, repr=False)

    def fits(self, q: EventQuery) -> bool:
        """Whether the set holds every event ``q`` matches apart from its dates and flags:
        the same filters (its range may only narrow: the playback window, ``_single_ids``)."""
        b = self.basis
        return (b.types, b.countries, b.actors, b.geo_precision, b.text) == (
            q.types,
            q.countries,
            q.actors,
            q.geo_precision,
            q.text,
        )


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
    if q.within is not None and dialect == "sqlite" and q.within.fits(q):
        # the filters' matches, found once for this filter state: tested per event read by
        # date (the unary plus), or read by rowid when there are no dates
        ids = sa.text("SELECT value FROM json_each(:within_ids)").bindparams(
            within_ids=q.within.ids
        )
        dated = q.start is not None or q.end is not None
        rowid: sa.ColumnElement[Any] = sa.literal_column(
            "+events.rowid" if dated else "events.rowid"
        )
        out.append(rowid.in_(ids.columns(sa.column("value"))))
        if q.hide_unreal:
            out.append(events.c.unreal == sa.false())
        return out
    if q.types:
        out.append(events.c.event_code.in_(q.types))
    if q.countries:
        out.append(in_countries(q.countries, dialect))
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


def in_countries(codes: tuple[str, ...], dialect: str) -> sa.ColumnElement[bool]:
    """Events in the countries ``codes``: located at a place in one of them, or at a place of
    no country (a sea, a strait, a region across borders) with an actor of one of them. ACLED
    codes an event at sea to the country whose actors or waters it concerns: a boarding in
    the South China Sea with the Philippines among its actors had vanished under ``PH``."""
    return sa.or_(events.c.location_id.in_(located_in(codes)), at_sea_with(codes, dialect))


def located_in(codes: tuple[str, ...]) -> sa.Select:
    """The ids of the places in the countries ``codes``."""
    return sa.select(places.c.id).where(places.c.country_code.in_(codes))


def at_sea_with(codes: tuple[str, ...], dialect: str) -> sa.ColumnElement[bool]:
    """Events at a place of no country with an actor of one of ``codes`` (``in_countries``)."""
    countryless = sa.select(places.c.id).where(places.c.country_code.is_(None))
    return sa.and_(
        events.c.location_id.in_(countryless),
        _has_actor(codes, dialect, events.c.actor_countries),
    )


def _has_actor(
    names: tuple[str, ...], dialect: str, column: sa.ColumnElement[Any] = events.c.actors
) -> sa.ColumnElement[bool]:
    # a JSON array of names (or of the actors' country codes); no index helps "any of", but
    # the other terms narrow first
    if dialect == "postgresql":
        wanted = sa.literal(list(names), sa.ARRAY(sa.Text))
        return sa.cast(column, sa.dialects.postgresql.JSONB).op("?|")(wanted)
    each = sa.func.json_each(column).table_valued("value")
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
    # the article's title too: a headline often names what the sentences only describe; on
    # SQLite from the titles' trigram index (0020), on PostgreSQL scanned. ``indexed=False``
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
    article: sa.ColumnElement[Any] = (
        events.c.article_id if indexed else sa.literal_column("+events.article_id")
    )
    if len(needle) < _TRIGRAM:
        in_title = sa.func.instr(sa.func.lower(articles.c.title), folded) > 0
        titled = article.in_(sa.select(articles.c.id).where(in_title))
        return sa.or_(sa.func.instr(sa.func.lower(events.c.search_text), folded) > 0, titled)
    phrase = '"' + needle.replace('"', '""') + '"'
    hits = sa.text("SELECT rowid FROM events_fts WHERE events_fts MATCH :phrase").bindparams(
        phrase=phrase
    )
    # the titles' own trigram index (0020): scanning every title cost each question of a
    # search 0.13 s at 1M events (100k articles), before the events' matches were read
    title_hits = sa.text(
        "SELECT rowid FROM articles_title_fts WHERE articles_title_fts MATCH :title_phrase"
    ).bindparams(title_phrase=phrase)
    in_titles = sa.literal_column("articles.rowid").in_(title_hits.columns(sa.column("rowid")))
    titles = sa.select(articles.c.id).where(in_titles)
    if not indexed:
        # the events read by date are tested against one set of rowids: the text's matches
        # and the events of the matching titles (found through the article index). Testing
        # the event's article instead read each event's row, outside the date index that
        # covers every column the counts need (a year of 1M events with "strike", the count:
        # 0.22 -> 0.11 s of CPU)
        both = sa.text(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH :phrase UNION ALL "
            "SELECT titled.rowid FROM events AS titled WHERE titled.article_id IN "
            "(SELECT articles.id FROM articles WHERE articles.rowid IN (SELECT rowid FROM "
            "articles_title_fts WHERE articles_title_fts MATCH :title_phrase))"
        ).bindparams(phrase=phrase, title_phrase=phrase)
        return sa.literal_column("+events.rowid").in_(both.columns(sa.column("rowid")))
    titled = article.in_(titles)
    rowid: sa.ColumnElement[Any] = sa.literal_column("events.rowid")
    return sa.or_(rowid.in_(hits.columns(sa.column("rowid"))), titled)


def _where(conn: Connection, q: EventQuery, by_set: bool = True) -> list[sa.ColumnElement[bool]]:
    """``conditions`` for this connection, with the date index hint on SQLite: the end of
    the data nearer the range decides (the first start and last end come from the indexes).
    A range over every event's dates is no restriction (``_unbounded``). ``by_set``: a row
    set found with ``q``'s own dates is read by rowid (``_dated_set``); False where another
    index leads (the cards at one place: read by rowid, the year's 25k matches were each
    looked up for the few that mention Yokosuka, 0.015 -> 0.125 s)."""
    dialect = conn.dialect.name
    if q.start is None and q.end is None:
        return conditions(q, dialect)
    if by_set and _dated_set(q, dialect):
        # the set was found with these very dates: it holds their events only, so they are
        # read by rowid rather than by date and each tested against the set (a year of
        # "strike" at 1M events, 25k of 187k events in range: the count 0.10 -> 0.05 s)
        return conditions(replace(q, start=None, end=None), dialect)
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
    # 30 days of 1M events: 0.37 -> 0.12 s; since the text is one set of rowids (no row
    # read per event: ``_matches``), up to ``SQLITE_TEXT_AFTER_DATES`` of the span
    text_after = bool(q.text.strip()) and _covered(lo, hi, q) < SQLITE_TEXT_AFTER_DATES
    return conditions(q, dialect, by_end, text_after)


def _dated_set(q: EventQuery, dialect: str) -> bool:
    """Whether ``q`` carries a row set found with ``q``'s own dates (not another range's:
    the playback window, the windows of ``happening_queries._single_ids``)."""
    w = q.within
    return (
        dialect == "sqlite"
        and w is not None
        and w.fits(q)
        and (w.basis.start, w.basis.end) == (q.start, q.end)
    )


NARROW = 0.2  # a date range over less of the data's span than this is read by date first
TEXT_AFTER_DATES = 0.05  # ... and with a text, the text is tested after the dates
# SQLite tests the text after the dates over more of the span (up to 40%): the date index
# covers every column the counts read, and the text is one set of rowids tested per event
# (``_matches``). With "strike" (133k of 1M events), the count's CPU: a year 0.20 -> 0.10 s,
# two years 0.22 -> 0.16 s; three years 0.22 against 0.27 s, so the text first from there
SQLITE_TEXT_AFTER_DATES = 0.4


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


MAX_ROWSET = 60_000  # a larger set costs about what finding the matches again does


def rowset(conn: Connection, q: EventQuery, key: Any) -> RowSet | None:
    """The events matching ``q`` whatever their flags, as a ``RowSet`` for queries of the
    same filters to carry (``within``); None where it would not help: on PostgreSQL, without
    a text or actors (the other filters are read from the covering indexes), or above
    ``MAX_ROWSET`` events. ``key``: the data version the set holds for."""
    if conn.dialect.name != "sqlite" or not (q.text.strip() or q.actors):
        return None
    basis = replace(q, hide_unreal=False, within=None)
    rowid: sa.ColumnElement[Any] = sa.literal_column("events.rowid")
    flagged = sa.case((events.c.unreal == sa.true(), 1), else_=0).label("flagged")
    # the columns the view's counts group by come in the same pass (the date index holds
    # them all), so those counts read no event again (``rows``): each question of a filter
    # state had looked up every event of the set by rowid (a year of "strike" at 1M
    # events, 25k events: 0.05-0.1 s of CPU a question, six questions). The start day is
    # the stored ISO text, as the timeline groups it
    day = sa.literal_column("events.date_start", sa.Text).label("day")
    # the end day too (the date indexes hold it): a page of the view's cards is then picked
    # from these rows (``card_queries.cards``), in the cards' order, latest start then end
    day_end = sa.literal_column("events.date_end", sa.Text).label("day_end")
    stmt = (
        sa.select(
            rowid.label("rid"),
            flagged,
            events.c.location_id,
            events.c.event_code,
            day,
            day_end,
            events.c.id,
        )
        .select_from(events)
        .where(*_where(conn, basis))
        .limit(MAX_ROWSET + 1)
    )
    frame = _frame(conn, stmt)
    if len(frame) > MAX_ROWSET:
        return None
    ids = json.dumps(frame["rid"].to_numpy(dtype="int64").tolist(), separators=(",", ":"))
    unreal = int(frame["flagged"].to_numpy(dtype="int64").sum())
    return RowSet(basis, key, ids, len(frame), unreal, frame)


def rows(conn: Connection, q: EventQuery) -> pd.DataFrame | None:
    """The events matching ``q`` (flags as ``q.hide_unreal`` says) when ``q`` carries a
    row set found with its own dates and filters (``_dated_set``), from the set's own read:
    ``rid``, ``flagged`` (1 when negated or hypothetical), ``location_id``, ``event_code``,
    ``day`` and ``day_end`` (the start and end as stored) and ``id``. None otherwise: the caller asks the store."""
    w = q.within
    if w is None or w.frame is None or not _dated_set(q, conn.dialect.name):
        return None
    return w.frame[w.frame["flagged"] == 0] if q.hide_unreal else w.frame


def counted(conn: Connection, q: EventQuery) -> tuple[int, int] | None:
    """(events matching ``q`` whatever their flags, of which negated or hypothetical) when
    ``q`` carries a row set found with its own dates and filters (``_dated_set``): the set's
    own counts, with no read. A year of "strike" at 1M events: 0.065 s of CPU per count
    (its 25k events looked up by rowid again) on the path to the map's heading."""
    if q.within is None or not _dated_set(q, conn.dialect.name):
        return None
    return q.within.size, q.within.unreal


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


def located(conn: Connection, q: EventQuery, *cols: sa.ColumnElement) -> sa.FromClause:
    """``cols`` of the located events matching ``q``, to group by place. Without a date range
    or a text the grouping reads the events table itself (SQLite flattens this subquery),
    so the whole store is read from ``ix_events_place_cover`` already in place order.
    Otherwise the matching events come first, through the date index (``ix_events_end_cover``
    holds every column the counts read) or the text index: a month of 100k events in
    0.04 s where scanning every event first took 1.0 s; MATERIALIZED keeps SQLite from
    folding them back into the grouping, which pulls the scan onto the place index."""
    if q.start is not None or q.end is not None:
        lo, hi = _span(conn)
        q = _unbounded(q, lo, hi)
        if _in_place_order(conn, q, lo, hi):
            # no MATERIALIZED, and dates SQLite may not look up by (``_dates_unindexed``):
            # the grouping reads ``ix_events_place_dates`` (0023) in (place, type) order
            stmt = sa.select(*cols).where(
                events.c.location_id.is_not(None),
                *_dates_unindexed(q),
                *conditions(replace(q, start=None, end=None), conn.dialect.name),
            )
            return stmt.subquery("located")
    stmt = sa.select(*cols).where(events.c.location_id.is_not(None), *_where(conn, q))
    if q.start is None and q.end is None and not q.text.strip():
        return stmt.subquery("located")
    return stmt.cte("located").prefix_with("MATERIALIZED")


# A date range over at least this share of the data's span is grouped in place order
# (``_in_place_order``). At 100k events (SQLite, CPU): reading the range by date and
# sorting its events by place and type costs about 1 µs per event in range, a scan of the
# whole place index about 0.14 µs per entry (a year, 20k events: 0.020 -> 0.014 s; three
# years: 0.067 -> 0.027 s); the two cost the same at about 0.14 of the span
PLACE_ORDER = 0.15


def _in_place_order(conn: Connection, q: EventQuery, lo: Any, hi: Any) -> bool:
    """Whether the located events of ``q`` (dated, SQLite) are best grouped by reading the
    place index in order (``ix_events_place_dates``, 0023): a range over ``PLACE_ORDER`` of
    the span or more, and only filters that index holds (types, precision, the flags): a
    text, actors or countries (whose seas need the actors) read each event's row, which a
    scan of every event cannot afford."""
    return (
        conn.dialect.name == "sqlite"
        and (q.start is not None or q.end is not None)
        and q.within is None
        and not (q.text.strip() or q.actors or q.countries)
        and _covered(lo, hi, q) >= PLACE_ORDER
    )


def _dates_unindexed(q: EventQuery) -> list[sa.ColumnElement[bool]]:
    """``q``'s date terms (events overlapping [start, end]) written with SQLite's unary plus,
    "use no index for this term": tested on each entry of the index that leads instead."""
    out: list[sa.ColumnElement[bool]] = []
    if q.start is not None:
        out.append(sa.literal_column("+events.date_end", sa.Date) >= q.start)
    if q.end is not None:
        out.append(sa.literal_column("+events.date_start", sa.Date) <= q.end)
    return out


def _day(value: Any) -> date:
    # an aggregate over a date column comes back as a date, or as ISO text from SQLite
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
