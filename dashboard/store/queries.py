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
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.db import Store
from dashboard.store.db import _event_query as event_query
from dashboard.store.schema import articles, event_places, events, mentions, places

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
    if q.hide_unreal:
        out.extend(~_flagged(flag) for flag in HIDDEN_FLAGS)
    return out


# Events the text says did not happen, or might: kept, but off the map unless asked for.
HIDDEN_FLAGS = ("negated", "hypothetical")


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


def _matches(needle: str, dialect: str) -> sa.ColumnElement[bool]:
    # the article's title too: a headline often names what the sentences only describe; the
    # articles are far fewer than the events, so their titles are scanned
    folded = needle.casefold()
    if dialect == "postgresql":
        in_title = sa.func.strpos(sa.func.lower(articles.c.title), sa.func.lower(needle)) > 0
        titled = events.c.article_id.in_(sa.select(articles.c.id).where(in_title))
        exact = sa.func.strpos(sa.func.lower(events.c.search_text), sa.func.lower(needle)) > 0
        words = _WORD.findall(folded)
        if not words:
            return sa.or_(exact, titled)
        tsv = sa.text(
            "to_tsvector('simple'::regconfig, events.search_text) @@ "
            "to_tsquery('simple'::regconfig, :tsq)"
        ).bindparams(tsq=f"{words[0]}:*")
        return sa.or_(sa.and_(tsv, exact), titled)
    in_title = sa.func.instr(sa.func.lower(articles.c.title), folded) > 0
    titled = events.c.article_id.in_(sa.select(articles.c.id).where(in_title))
    if len(needle) < _TRIGRAM:
        return sa.or_(sa.func.instr(sa.func.lower(events.c.search_text), folded) > 0, titled)
    phrase = '"' + needle.replace('"', '""') + '"'
    hits = sa.text("SELECT rowid FROM events_fts WHERE events_fts MATCH :phrase").bindparams(
        phrase=phrase
    )
    return sa.or_(sa.literal_column("events.rowid").in_(hits.columns(sa.column("rowid"))), titled)


def _filtered(q: EventQuery, dialect: str) -> sa.Select:
    return sa.select(events.c.id, events.c.event_code).where(*conditions(q, dialect))


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
        frame = _frame(conn, stmt.order_by(events.c.date_start, events.c.id).limit(limit))
    return _dates(frame, "date_start", "date_end")


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


Part = Literal["all", "here", "mentioning"]


def cards(store: Store, q: EventQuery, place_id: str | None = None, offset: int = 0,
          limit: int = PAGE_SIZE, part: Part = "all") -> CardPage:  # fmt: skip
    """One page of the matching events linked to ``place_id``, newest first (latest start,
    then the longer range, then id): with ``part="all"`` those that happened there first,
    then those that only mention it (``views.events_at``' order); ``"here"`` or
    ``"mentioning"`` one of the two. "Mentions it" covers the event's own mentioned places
    and its article's mentions. Without ``place_id``: every matching event, newest first."""
    with store.engine.connect() as conn:
        terms = conditions(q, conn.dialect.name)
        role: sa.ColumnElement[str] = sa.literal("")
        if place_id is not None:
            here = sa.and_(events.c.location_id.is_not(None), events.c.location_id == place_id)
            role = sa.case((here, "location"), else_="mentioned")
            if part == "here":
                terms.append(events.c.id.in_(_linked(place_id, "location")))
            else:
                terms.append(events.c.id.in_(_linked(place_id, None)))
                if part == "mentioning":
                    terms.append(sa.not_(here))
        total = conn.execute(
            sa.select(sa.func.count()).select_from(events).where(*terms)
        ).scalar_one()
        stmt = (
            _card_select(role.label("role"))
            .where(*terms)
            .order_by(role != "location", *NEWEST_FIRST)
            .offset(offset)
            .limit(limit)
        )
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
        stmt = sa.select(events.c.location_id).where(
            events.c.id == event_id, *conditions(q, conn.dialect.name)
        )
        return conn.execute(stmt).scalar()


def place(store: Store, place_id: str) -> dict[str, Any] | None:
    """One place's row (id, name, kind, lat, lon, country_code, geo_precision, geonameid,
    geometry), or None."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(places).where(places.c.id == place_id)).first()
    return dict(row._mapping) if row else None


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
        arts = _articles_in_view(q, conn.dialect.name, quiet).subquery()
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


def _articles_in_view(q: EventQuery, dialect: str, quiet: bool) -> sa.Select | sa.CompoundSelect:
    behind = sa.select(events.c.article_id.label("id")).where(*conditions(q, dialect))
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
        countries = conn.execute(
            sa.select(places.c.country_code, n)
            .join(events, events.c.location_id == places.c.id)
            .where(places.c.country_code.is_not(None))
            .group_by(places.c.country_code)
            .order_by(n.desc(), places.c.country_code)
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
        lo, hi = conn.execute(
            sa.select(sa.func.min(events.c.date_start), sa.func.max(events.c.date_end)).where(
                *conditions(q, conn.dialect.name)
            )
        ).one()
    return None if lo is None else (_day(lo), _day(hi))


DEFAULT_DAYS = 30


def default_range(store: Store, q: EventQuery, today: date,
                  days: int = DEFAULT_DAYS) -> tuple[date, date] | None:  # fmt: skip
    """The first view's range: the last ``days`` days of the
    matching events, ending at the newest one that is not planned and has begun by
    ``today`` (its end clipped to today). With only planned or future events, the newest
    one anchors it. None without events."""
    with store.engine.connect() as conn:
        terms = conditions(q, conn.dialect.name)
        clipped = sa.case((events.c.date_end > today, sa.literal(today, sa.Date)),
                          else_=events.c.date_end)  # fmt: skip
        past = sa.select(sa.func.max(sa.type_coerce(clipped, sa.Date))).where(
            *terms, ~_flagged("planned"), events.c.date_start <= today
        )
        end = conn.execute(past).scalar()
        if end is None:
            end = conn.execute(sa.select(sa.func.max(events.c.date_end)).where(*terms)).scalar()
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
        stmt = event_query(None, None).where(*conditions(q, conn.dialect.name)).order_by(order)
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
            .where(*conditions(q, conn.dialect.name))
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
