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

The layer is four modules: the WHERE terms in ``filters``, the cards in ``card_queries``,
the map's counts per place and cell in ``place_queries``, and here the counts, the
timeline, the filters' options, the extent and the export rows. This module's ``__all__``
is the layer's public API, so callers read it all as ``queries``.

>>> from dashboard.store.db import Store
>>> q = EventQuery(types=("14",), text="protest")
>>> place_counts(Store(":memory:"), q).empty
True
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.card_queries import (
    NEWEST_FIRST,
    PAGE_SIZE,
    Card,
    CardPage,
    Part,
    article_cards,
    cards,
    event_card,
    event_location,
)
from dashboard.store.db import Store
from dashboard.store.filters import (
    HIDDEN_FLAGS,
    NARROW,
    TEXT_AFTER_DATES,
    EventQuery,
    RowSet,
    _dates,
    _day,
    _filtered,
    _flagged,
    _frame,
    _where,
    conditions,
    counted,
    located,
    matching,
    rows,
    rowset,
)
from dashboard.store.place_queries import (
    Box,
    cell_counts,
    mention_counts,
    place,
    place_counts,
    place_total,
    places_named,
    quiet_articles,
)
from dashboard.store.schema import events, places
from dashboard.store.streams import _event_query as event_query

# the layer's public API: the names defined here and those of filters, card_queries and
# place_queries, which callers read as ``queries.NAME``
__all__ = [
    "DEFAULT_DAYS",
    "HIDDEN_FLAGS",
    "MAX_ACTORS",
    "NARROW",
    "NEWEST_FIRST",
    "PAGE_SIZE",
    "RESOLUTIONS",
    "TEXT_AFTER_DATES",
    "Box",
    "Card",
    "CardPage",
    "EventQuery",
    "Part",
    "Resolution",
    "RowSet",
    "article_cards",
    "cards",
    "cell_counts",
    "conditions",
    "default_range",
    "event_card",
    "event_count",
    "event_counts",
    "event_frame",
    "event_ids",
    "event_location",
    "export_rows",
    "extent",
    "facets",
    "located",
    "matching",
    "mention_counts",
    "place",
    "place_counts",
    "place_total",
    "places_named",
    "quiet_articles",
    "rowset_of",
    "timeline",
]

Resolution = Literal["day", "week", "month"]
RESOLUTIONS: tuple[Resolution, ...] = ("day", "week", "month")


def event_count(store: Store, q: EventQuery) -> int:
    """How many events match ``q``."""
    with store.engine.connect() as conn:
        known = counted(conn, q)
        if known is not None:
            return known[0] - known[1] if q.hide_unreal else known[0]
        sub = _filtered(conn, q).subquery()
        return int(conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one())


def event_counts(store: Store, q: EventQuery) -> tuple[int, int]:
    """(events matching ``q`` whatever their flags, how many of them are negated or
    hypothetical): the view's count and the hidden count in one pass."""
    q = replace(q, hide_unreal=False)
    hidden = events.c.unreal == sa.true()
    with store.engine.connect() as conn:
        known = counted(conn, q)  # the row set's own counts, when it was found for ``q``
        if known is not None:
            return known
        n, unreal = conn.execute(
            sa.select(sa.func.count(), sa.func.sum(sa.case((hidden, 1), else_=0))).where(
                *_where(conn, q)
            )
        ).one()
    return int(n), int(unreal or 0)


def rowset_of(store: Store, q: EventQuery, key: object) -> RowSet | None:
    """``filters.rowset``: the events matching ``q``'s filters found once, for the queries
    of this filter state to carry as ``within`` (None where that would not help)."""
    with store.engine.connect() as conn:
        return rowset(conn, q, key)


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
        found = rows(conn, q)
        if found is not None and len(found):
            return _timeline_of(found, resolution)
        by_day = conn.dialect.name == "sqlite" and resolution != "day"
        # SQLite: counts per start day (the stored ISO text), rolled up to weeks or months
        # below, rather than its date functions on every event (a year of 1M events, weeks:
        # 0.77 -> 0.58 s; the whole store 2.0 -> 1.6 s). The unary plus: grouped by the
        # indexed column itself, SQLite walked that index in order to skip the sort,
        # reading every event that starts before the range (7.6 s), as event_frame did
        day: sa.ColumnElement[Any] = sa.literal_column("+events.date_start")
        when = day if by_day else _bucket(resolution, conn.dialect.name)
        bucket = when.label("bucket")
        stmt = (
            sa.select(bucket, events.c.event_code, sa.func.count().label("events"))
            .where(*_where(conn, q))
            .group_by(bucket, events.c.event_code)
            .order_by(bucket, events.c.event_code)
        )
        frame = _dates(_frame(conn, stmt), "bucket")
    return _rolled_up(frame, resolution) if by_day else frame


_TEXT = pd.ArrowDtype(pa.string())  # as ``_frame`` reads text


def _timeline_of(found: pd.DataFrame, resolution: Resolution) -> pd.DataFrame:
    """``timeline`` of the events ``found`` (``filters.rows``: the row set's own read, with
    the start day as stored), counted here per day and rolled up as the store's are: the
    store's grouping looked up each event of the set by rowid again (a year of "strike" at
    1M events, 25k events: 0.1 s of CPU)."""
    per = found.groupby(["day", "event_code"], sort=True).size()
    frame = pd.DataFrame(
        {
            "bucket": pd.array(per.index.get_level_values(0).astype(str), _TEXT),
            "event_code": pd.array(per.index.get_level_values(1).astype(str), _TEXT),
            "events": pd.array(per.to_numpy(dtype="int64"), pd.ArrowDtype(pa.int64())),
        }
    )
    frame = _dates(frame, "bucket")
    return frame if resolution == "day" else _rolled_up(frame, resolution)


def _rolled_up(per_day: pd.DataFrame, resolution: Resolution) -> pd.DataFrame:
    """``timeline``'s counts per day summed per week (from its Monday) or month (from its
    first day); days as Arrow dates, so any year from 1 to 9999 (see ``_dates``)."""
    days = per_day["bucket"].to_numpy(dtype="datetime64[D]")
    if resolution == "week":  # 1970-01-01, day 0, was a Thursday: weekday 3 from Monday
        n = days.astype("int64")
        starts = (n - (n + 3) % 7).astype("datetime64[D]")
    else:
        starts = days.astype("datetime64[M]").astype("datetime64[D]")
    bucket = pd.arrays.ArrowExtensionArray(pa.array(starts, pa.date32()))
    frame = per_day.assign(bucket=bucket)
    return frame.groupby(["bucket", "event_code"], sort=True, as_index=False)["events"].sum()


def _bucket(
    resolution: Resolution, dialect: str, start: sa.ColumnElement = events.c.date_start
) -> sa.ColumnElement:
    """The first day of the bucket holding the date column ``start`` (the events' start day;
    ``timeline_bars`` buckets ``merged_reports``' copy of it the same way)."""
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
