"""The map's counts per place and per cell, and the place rows.

``place_counts`` (events located at each place, with the top type), ``cell_counts`` (the
same grouped into square cells of the view's ``Box``), ``mention_counts`` and
``quiet_articles`` (places named without events), and one place's row or a name search.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.db import Store
from dashboard.store.filters import EventQuery, _frame, _where, located, rows
from dashboard.store.schema import articles, events, mentions, places


def place_counts(store: Store, q: EventQuery) -> pd.DataFrame:
    """ "Where events happened": one row per event location of a matching event, by place id
    (``views.place_summary``): the place's columns, ``n_events`` (events located there; a
    place merely mentioned is not counted) and ``top_code`` (the most frequent type there; ties to the highest code, so a place
    with one appeal and one arrest is drawn as conflict: CAMEO's codes rise with conflict,
    and a tie read as cooperation hid it)."""
    with store.engine.connect() as conn:
        found = rows(conn, q)
        if found is not None and len(found):
            return _counted_places(conn, found)
        # counts per (place, type) in one pass; the event's location is ``location_id``, the
        # place its "location" link names (``writes.link_rows`` makes one from the other),
        # read from a covering index (0008) rather than a link row fetched per event
        ev = located(conn, q, events.c.location_id, events.c.event_code)
        if conn.dialect.name == "sqlite":
            return _frame(conn, _top_in_one_pass(ev))
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


def _top_in_one_pass(ev: sa.FromClause) -> sa.Select:
    """SQLite: ``place_counts``' rows from the located events ``ev`` in one grouped pass over
    the counts per (place, type), where the total, the top count and the highest type with
    it took three (two of them joined back): the top type is the greatest of the texts
    "count, zero-padded to ten digits" + type, which orders by count and then by type as
    ``max(event_code)`` does (SQLite's binary collation), its type the text after the ten
    digits. The whole of 100k events, CPU: 0.053 -> 0.043 s for the query, of which the
    grouping by type is 0.020 s."""
    per_code = sa.select(
        ev.c.location_id.label("place_id"), ev.c.event_code, sa.func.count().label("n")
    ).group_by(ev.c.location_id, ev.c.event_code)
    pc = per_code.subquery("per_code")
    ranked = sa.func.max(sa.func.printf("%010d", pc.c.n).concat(pc.c.event_code))
    tot = (
        sa.select(
            pc.c.place_id,
            sa.func.sum(pc.c.n).label("n_events"),
            sa.func.substr(ranked, 11).label("top_code"),
        ).group_by(pc.c.place_id)
    ).subquery("tot")
    return (
        sa.select(places, tot.c.n_events, tot.c.top_code)
        .join(tot, tot.c.place_id == places.c.id)
        .order_by(places.c.id)
    )


def _counted_places(conn: Connection, found: pd.DataFrame) -> pd.DataFrame:
    """``place_counts`` of the events ``found`` (``filters.rows``: the row set's own read),
    grouped here, the places' rows then read with the counts joined in SQL, so the frame
    is the one the store's grouping gives, column for column. The grouping in SQL looked
    up each event of the set by rowid again (a year of "strike" at 1M events: 25k events,
    0.12 s of CPU against 0.02 s)."""
    at = found[found["location_id"].notna()]
    per = at.groupby(["location_id", "event_code"], sort=False).size().rename("n").reset_index()
    tot = per.groupby("location_id", sort=False)["n"].agg(["sum", "max"])
    top_n = tot["max"].reindex(per["location_id"]).to_numpy()
    top = per[per["n"].to_numpy() == top_n].groupby("location_id", sort=False)["event_code"].max()
    # through NumPy: an Arrow column's ``tolist`` steps through its values one by one
    triples = zip(
        tot.index.to_numpy(dtype=object).tolist(),
        tot["sum"].to_numpy(dtype="int64").tolist(),
        top.reindex(tot.index).to_numpy(dtype=object).tolist(),
        strict=True,
    )
    payload = json.dumps(list(triples), separators=(",", ":"))
    each = sa.func.json_each(sa.bindparam("counted", payload)).table_valued("value")
    c = (
        sa.select(
            sa.func.json_extract(each.c.value, "$[0]").label("place_id"),
            sa.func.json_extract(each.c.value, "$[1]").label("n_events"),
            sa.func.json_extract(each.c.value, "$[2]").label("top_code"),
        )
        .select_from(each)
        .cte("counted")
    )
    stmt = (
        sa.select(places, c.c.n_events, c.c.top_code)
        .join(c, c.c.place_id == places.c.id)
        .order_by(places.c.id)
    )
    return _frame(conn, stmt)


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
