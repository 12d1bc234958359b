"""Reading events for an export: whole rows, streamed rows and batches (the ``Streaming`` methods).

Rows come in event-id order by code point on both backends (``_id_order``), in batches of
``STREAM_BATCH`` from a server-side cursor, with only the columns a format reads; the
places' names and points are read once (``place_points``) rather than joined per row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.schema import articles, event_happenings, events, places

STREAM_BATCH = 2000  # rows per fetch when streaming an export: ~2 MB of rows held at once


class Streaming:
    """``Store``'s reads of events for an export (see the module)."""

    engine: sa.Engine  # set by Store.__init__

    def event_rows(
        self, date_from: date | None = None, date_to: date | None = None
    ) -> list[dict[str, Any]]:
        """Events overlapping [date_from, date_to], joined with their article's title and source."""
        q = _event_query(date_from, date_to).order_by(events.c.date_start, events.c.id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def stream_event_rows(
        self,
        date_from: date | None = None,
        date_to: date | None = None,
        batch: int = STREAM_BATCH,
        keys: Sequence[str] | None = None,
        raw_dates: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """``event_rows`` in event-id order (code-point order on both backends), fetched
        ``batch`` rows at a time through a server-side cursor: memory stays flat at any size.
        ``keys``: only these of each row's keys (``export_cells.ROW_KEYS``; every one by default).
        ``raw_dates``: dates as the driver gives them, ISO text on SQLite (what an export
        writes anyway: making ``date`` objects of them was a sixth of a GeoJSON export)."""
        q = _event_query(date_from, date_to)
        wanted = set(keys) if keys is not None else {c.key for c in q.selected_columns}
        q = q.with_only_columns(
            *(
                sa.type_coerce(c, sa.String).label(c.key)
                if raw_dates and isinstance(c.type, sa.Date)
                else c
                for c in q.selected_columns
                if c.key in wanted
            )
        )
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(
                q.order_by(_id_order(conn))
            )
            names = list(result.keys())
            for part in result.partitions():  # plain tuples: a row's mapping view cost more
                for r in part:
                    yield dict(zip(names, r, strict=True))

    def stream_event_batches(
        self,
        keys: Sequence[str],
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        after: str | None = None,
        upto: str | None = None,
        batch: int = STREAM_BATCH,
    ) -> Iterator[Sequence[Sequence[Any]]]:
        """The values of ``keys`` (in that order) of each event row, a batch of up to ``batch``
        rows at a time, in event-id order; only ids in (``after``, ``upto``] when given (the
        parts ``event_id_splits`` gives). Dates as the driver gives them (ISO text on SQLite).
        A row is a tuple, not a dict: building 100k dicts was a third of the store's read.
        Without any of ``PLACE_KEYS`` among ``keys`` the places are not joined at all."""
        q = _event_query(date_from, date_to, with_place=not set(PLACE_KEYS).isdisjoint(keys))
        by_key = {c.key: c for c in q.selected_columns}
        q = q.with_only_columns(
            *(
                sa.type_coerce(by_key[k], sa.String).label(k)
                if isinstance(by_key[k].type, sa.Date)
                else by_key[k]
                for k in keys
            )
        )
        with self.engine.connect() as conn:
            order = _id_order(conn)
            if after is not None:
                q = q.where(order > after)
            if upto is not None:
                q = q.where(order <= upto)
            if conn.dialect.name == "sqlite":
                # sqlite3's own cursor, read in batches: SQLAlchemy's rows (a Row and a buffer
                # per row, values unchanged: these columns have no result processing there)
                # cost ~1 us of a row's ~9 us of reading at 1M; a plain result, unlike a
                # streamed one, fetches nothing ahead, so its cursor starts at the first row
                cursor = conn.execute(q.order_by(order)).cursor
                try:
                    while rows := cursor.fetchmany(batch):
                        yield rows
                finally:
                    cursor.close()
                return
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(
                q.order_by(order)
            )
            yield from result.partitions()

    def place_points(self, limit: int) -> dict[str, tuple[Any, Any, Any]] | None:
        """Every place's (name, lat, lon) by its id, as ``_event_query`` joins them (an export
        reads its events without that join and finds the place here: the join was ~2.5 us
        of a row's ~9 us of reading at 1M); None for a store of more than ``limit`` places."""
        with self.engine.connect() as conn:
            n = conn.execute(sa.select(sa.func.count()).select_from(places)).scalar_one()
            if n > limit:
                return None
            q = sa.select(places.c.id, places.c.name, places.c.lat, places.c.lon)
            return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(q)}

    def place_point(self, place_id: str) -> tuple[Any, Any, Any]:
        """One place's (name, lat, lon), three None when there is no such place (what the
        outer join gives): for a place an ingest added after ``place_points`` was read."""
        q = sa.select(places.c.name, places.c.lat, places.c.lon).where(places.c.id == place_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).one_or_none()
        return (None, None, None) if row is None else (row[0], row[1], row[2])

    def event_id_splits(self, parts: int, min_rows: int = 1) -> list[str]:
        """Up to ``parts - 1`` event ids that cut every event, in id order, into ``parts``
        runs of about equal size (run k is (split k-1, split k]); [] for a store of fewer
        than ``min_rows`` events."""
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
            if total < max(min_rows, 1):
                return []
            order = _id_order(conn)
            at = sorted({total * k // parts - 1 for k in range(1, parts)} - {-1})
            q = sa.select(events.c.id).order_by(order).limit(1)
            return [conn.execute(q.offset(k)).scalar_one() for k in at if k < total - 1]


def _id_order(conn: Connection) -> sa.ColumnElement[str]:
    """Event ids in code-point order on both backends (PostgreSQL's own collation is not,
    unless the column's collation is C: then ``id`` itself, which its primary key's index
    reads in that order; ``COLLATE "C"`` there sorted every row first, to disk at 1M)."""
    if conn.dialect.name != "postgresql" or _byte_ordered_ids(conn):
        return events.c.id
    return events.c.id.collate("C")


# the collation of ``events.id`` and, when that is the database's default, the database's
# (its provider is libc's unless ``datlocprovider`` says ICU, a column of PostgreSQL 15+)
_ID_COLLATION = sa.text(
    "SELECT c.collname, d.datcollate, to_jsonb(d) ->> 'datlocprovider' "
    "FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation "
    "JOIN pg_database d ON d.datname = current_database() "
    "WHERE a.attrelid = CAST('events' AS regclass) AND a.attname = 'id'"
)


def _byte_ordered_ids(conn: Connection) -> bool:
    """Whether PostgreSQL orders ``events.id`` by code point (UTF-8 bytes) as it stands: the
    column's collation is C or POSIX, or the default one of a database whose libc locale is."""
    row = conn.execute(_ID_COLLATION).one_or_none()
    if row is None:
        return False
    name, db_collate, provider = row
    if name in ("C", "POSIX"):
        return True
    return name == "default" and db_collate in ("C", "POSIX") and provider in (None, "c")


# the columns of ``_event_query`` that its join of the location's place gives
PLACE_KEYS = ("location_name", "latitude", "longitude", "location_country", "location_kind")


def _event_query(
    date_from: date | None, date_to: date | None, *, with_place: bool = True
) -> sa.Select:
    """Events overlapping [date_from, date_to] with their article and location columns; with
    ``with_place=False`` without ``PLACE_KEYS`` (the same rows: places are joined on their
    primary key, so the outer join neither adds nor drops any)."""
    columns = (
        [
            places.c.name.label("location_name"),
            places.c.lat.label("latitude"),
            places.c.lon.label("longitude"),
            places.c.country_code.label("location_country"),
            places.c.kind.label("location_kind"),
        ]
        if with_place
        else []
    )
    q = sa.select(
        events,
        articles.c.title,
        articles.c.source,
        articles.c.url,
        articles.c.published,
        *columns,
        event_happenings.c.happening_id,
    ).join(articles, articles.c.id == events.c.article_id)
    if with_place:
        q = q.outerjoin(places, places.c.id == events.c.location_id)
    q = q.outerjoin(event_happenings, event_happenings.c.event_id == events.c.id)
    if date_from is not None:
        q = q.where(events.c.date_end >= date_from)
    if date_to is not None:
        q = q.where(events.c.date_start <= date_to)
    return q
