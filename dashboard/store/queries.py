"""The store filters and aggregates: what the map, the cards and the timeline show, in SQL.

Each function takes a ``Store`` and an ``EventQuery`` (date range plus the same filters as
``views.Filters``) and returns only what is drawn: counts per place, one page of cards, counts
per day, week or month. Nothing loads every event into Python. Results equal what
``views.py`` computes in pandas for the same filter (``tests/unit/test_queries.py`` checks
it on both backends), with one documented difference in text search on PostgreSQL.

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
from dataclasses import dataclass
from datetime import date
from typing import Literal

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.db import Store
from dashboard.store.schema import articles, event_places, events, places

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
    text: str = ""  # case-insensitive, in the summary or the evidence sentences


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
    role: str  # "location" | "mentioned"
    title: str
    source: str
    url: str


@dataclass(frozen=True, slots=True)
class CardPage:
    """Cards ``offset`` to ``offset + len(cards)`` of ``total`` at one place."""

    place_id: str
    total: int
    offset: int
    cards: tuple[Card, ...]


def conditions(q: EventQuery, dialect: str) -> list[sa.ColumnElement[bool]]:
    """The WHERE terms of ``q`` on ``events``, for ``dialect`` ("sqlite" | "postgresql")."""
    out: list[sa.ColumnElement[bool]] = []
    if q.start is not None:
        out.append(events.c.date_end >= q.start)
    if q.end is not None:
        out.append(events.c.date_start <= q.end)
    if q.types:
        out.append(events.c.event_code.in_(q.types))
    if q.countries:
        located = sa.select(places.c.id).where(places.c.country_code.in_(q.countries))
        out.append(events.c.location_id.in_(located))
    if q.geo_precision:
        out.append(events.c.geo_precision.in_(q.geo_precision))
    if q.actors:
        out.append(_has_actor(q.actors, dialect))
    needle = q.text.strip()
    if needle:
        out.append(_matches(needle, dialect))
    return out


def _has_actor(names: tuple[str, ...], dialect: str) -> sa.ColumnElement[bool]:
    # actors is a JSON array of names; no index helps "any of", but the other terms narrow first
    if dialect == "postgresql":
        wanted = sa.literal(list(names), sa.ARRAY(sa.Text))
        return sa.cast(events.c.actors, sa.dialects.postgresql.JSONB).op("?|")(wanted)
    each = sa.func.json_each(events.c.actors).table_valued("value")
    return sa.exists(sa.select(1).select_from(each).where(each.c.value.in_(names)))


def _matches(needle: str, dialect: str) -> sa.ColumnElement[bool]:
    folded = needle.casefold()
    if dialect == "postgresql":
        exact = sa.func.strpos(sa.func.lower(events.c.search_text), sa.func.lower(needle)) > 0
        words = _WORD.findall(folded)
        if not words:
            return exact
        tsv = sa.text(
            "to_tsvector('simple'::regconfig, events.search_text) @@ "
            "to_tsquery('simple'::regconfig, :tsq)"
        ).bindparams(tsq=f"{words[0]}:*")
        return sa.and_(tsv, exact)
    if len(needle) < _TRIGRAM:
        return sa.func.instr(sa.func.lower(events.c.search_text), folded) > 0
    phrase = '"' + needle.replace('"', '""') + '"'
    hits = sa.text("SELECT rowid FROM events_fts WHERE events_fts MATCH :phrase").bindparams(
        phrase=phrase
    )
    return sa.literal_column("events.rowid").in_(hits.columns(sa.column("rowid")))


def _filtered(q: EventQuery, dialect: str) -> sa.Select:
    return sa.select(events.c.id, events.c.event_code).where(*conditions(q, dialect))


def _frame(conn: Connection, stmt: sa.Executable) -> pd.DataFrame:
    return pd.read_sql(stmt, conn, dtype_backend="pyarrow")


def event_count(store: Store, q: EventQuery) -> int:
    """How many events match ``q``."""
    with store.engine.connect() as conn:
        sub = _filtered(q, conn.dialect.name).subquery()
        return int(conn.execute(sa.select(sa.func.count()).select_from(sub)).scalar_one())


def event_ids(store: Store, q: EventQuery, limit: int | None = None) -> list[str]:
    """Ids of the matching events by start date, then id (``Store.event_rows``' order)."""
    with store.engine.connect() as conn:
        stmt = _filtered(q, conn.dialect.name).order_by(events.c.date_start, events.c.id)
        return [r.id for r in conn.execute(stmt.limit(limit))]


def event_frame(store: Store, q: EventQuery, limit: int | None = None) -> pd.DataFrame:
    """The matching events' flat columns (no JSON), Arrow dtypes, by start date then id."""
    cols = [events.c.id, events.c.summary, events.c.date_start, events.c.date_end,
            events.c.time_precision, events.c.event_code, events.c.event_name,
            events.c.location_id, events.c.geo_precision]  # fmt: skip
    with store.engine.connect() as conn:
        stmt = sa.select(*cols).where(*conditions(q, conn.dialect.name))
        return _frame(conn, stmt.order_by(events.c.date_start, events.c.id).limit(limit))


def place_counts(store: Store, q: EventQuery) -> pd.DataFrame:
    """ "Where events happened": one row per event location of a matching event, by place id
    (``views.place_summary``): the place's columns, ``n_events`` (events located there; a
    place merely mentioned is not counted) and ``top_code`` (the most frequent type there; ties to the lowest code)."""
    with store.engine.connect() as conn:
        # one pass over the links: counts per (place, type); a link is unique per (event,
        # place), so the counts of a place's types add up to its events
        per_code = (
            sa.select(
                event_places.c.place_id,
                events.c.event_code,
                sa.func.count().label("n"),
            )
            .join(events, events.c.id == event_places.c.event_id)
            .where(event_places.c.role == "location", *conditions(q, conn.dialect.name))
            .group_by(event_places.c.place_id, events.c.event_code)
            .cte("per_code")
        )
        rank = sa.func.row_number().over(
            partition_by=per_code.c.place_id, order_by=(per_code.c.n.desc(), per_code.c.event_code)
        )
        totals = (
            sa.select(
                per_code.c.place_id,
                per_code.c.event_code,
                rank.label("rn"),
                sa.func.sum(per_code.c.n).over(partition_by=per_code.c.place_id).label("n_events"),
            )
        ).subquery()
        stmt = (
            sa.select(places, totals.c.n_events, totals.c.event_code.label("top_code"))
            .join(totals, sa.and_(totals.c.place_id == places.c.id, totals.c.rn == 1))
            .order_by(places.c.id)
        )
        return _frame(conn, stmt)


def cards(store: Store, q: EventQuery, place_id: str, offset: int = 0,
          limit: int = PAGE_SIZE) -> CardPage:  # fmt: skip
    """One page of the matching events linked to ``place_id``: those located there first,
    then newest first (``views.events_at``' order)."""
    with store.engine.connect() as conn:
        ev = _filtered(q, conn.dialect.name).with_only_columns(events.c.id).subquery()
        linked = (
            sa.select(event_places.c.event_id, event_places.c.role)
            .join(ev, ev.c.id == event_places.c.event_id)
            .where(event_places.c.place_id == place_id)
            .subquery()
        )
        total = conn.execute(sa.select(sa.func.count()).select_from(linked)).scalar_one()
        stmt = (
            sa.select(
                events,
                linked.c.role,
                articles.c.title,
                articles.c.source,
                articles.c.url,
                places.c.name.label("location_name"),
            )
            .join(linked, linked.c.event_id == events.c.id)
            .join(articles, articles.c.id == events.c.article_id)
            .outerjoin(places, places.c.id == events.c.location_id)
            # newest first, as the map's cards are (views.newest_first); ties by id
            .order_by(
                (linked.c.role != "location"),
                events.c.date_start.desc(),
                events.c.date_end.desc(),
                events.c.id,
            )
            .offset(offset)
            .limit(limit)
        )
        page = tuple(_card(r._mapping) for r in conn.execute(stmt))
    return CardPage(place_id, int(total), offset, page)


def _card(r: sa.RowMapping) -> Card:
    evidence = tuple((e["text"], int(e["start"]), int(e["end"])) for e in json.loads(r["evidence"]))
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
    )


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
            .where(*conditions(q, conn.dialect.name))
            .group_by(bucket, events.c.event_code)
            .order_by(bucket, events.c.event_code)
        )
        frame = _frame(conn, stmt)
    # both backends give a date: SQLite as ISO text, PostgreSQL as a date
    frame["bucket"] = pd.to_datetime(frame["bucket"].astype(str)).astype("date32[pyarrow]")
    return frame


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
