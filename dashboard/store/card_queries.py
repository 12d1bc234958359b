"""The cards: one page of a place's events, one event, an article's events.

``Card`` is one event as a card shows it, ``CardPage`` a page of them at one place
(``PAGE_SIZE``); ``cards`` reads a page newest first, by date or by place as the range's
share of the data suits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import pandas as pd
import sqlalchemy as sa

from dashboard.store.db import Store
from dashboard.store.filters import _LIKELY, NARROW, EventQuery, _share, _where, rows
from dashboard.store.schema import articles, event_places, events, mentions, places

PAGE_SIZE = 20  # cards per page: what fits beside the map without scrolling far


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
    location_country: str | None = None  # ISO2 of the location, None at sea or unlocated


@dataclass(frozen=True, slots=True)
class CardPage:
    """Cards ``offset`` to ``offset + len(cards)`` of ``total`` at one place."""

    place_id: str
    total: int
    offset: int
    cards: tuple[Card, ...]


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
        found = rows(conn, q) if place_id is None else None
        if found is not None:
            # the view's own row set (SQLite) holds each event's start, end and id: the
            # page is picked from it, and only the page's rows are read
            return _page_of(conn, found, offset, limit, total)
        # at a place, the place's index leads, not the view's row set (``_where``)
        terms = _where(conn, q, by_set=place_id is None)
        role: sa.ColumnElement[str] = sa.literal("")
        if place_id is not None:
            here = sa.and_(events.c.location_id.is_not(None), events.c.location_id == place_id)
            role = sa.case((here, "location"), else_="mentioned")
            terms.append(_at_place(conn, q, place_id, here, part))
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


def _page_of(
    conn: sa.Connection, found: pd.DataFrame, offset: int, limit: int, total: int | None
) -> CardPage:
    """``cards`` of a view (no place) from its row set's rows ``found`` (``filters.rows``:
    the start and end as stored, ISO text, which sorts as the dates do): the page's ids in
    ``NEWEST_FIRST`` order, then only their rows. Ordering the set in SQL looked each of its
    events up by rowid again (a year of "strike" at 1M events, 25k events: 0.06 s of CPU
    per page, against 0.01 s here)."""
    keys = found[["day", "day_end", "id"]]
    ordered = keys.sort_values(["day", "day_end", "id"], ascending=[False, False, True])
    ids = ordered["id"].iloc[offset : offset + limit].astype(str).tolist()
    page: tuple[Card, ...] = ()
    if ids:
        stmt = _card_select(sa.literal("").label("role")).where(events.c.id.in_(ids))
        got = {r.id: _card(r._mapping) for r in conn.execute(stmt)}
        page = tuple(got[i] for i in ids if i in got)
    return CardPage("", len(found) if total is None else int(total), offset, page)


def _at_place(
    conn: sa.Connection, q: EventQuery, place_id: str, here: sa.ColumnElement[bool], part: Part
) -> sa.ColumnElement[bool]:
    """The events of ``part`` at ``place_id``: located there (``here``), only mentioning it,
    or either (``"all"``).

    An event's "location" link is its ``location_id`` (``writes.link_rows`` makes one from
    the other, a correction rewrites both), so "here" is read from the place's own index
    (``ix_events_place_start``): testing every event against the ids of all the place's
    links read the busiest place's 87k links per page (a click's cards at 1M events: 0.23 s
    -> 0.03 s). "Mentioning" reads only the "mentioned" links and the articles naming the
    place (0019's indexes), not every link of the place."""
    if part == "here":
        return here
    linked = _linked(conn, q, place_id)
    if part == "mentioning":
        return sa.and_(linked, sa.not_(here))
    return sa.or_(here, linked)


MANY_LINKS = 5000  # events naming a place past which a short range is read by date first


def _linked(conn: sa.Connection, q: EventQuery, place_id: str) -> sa.ColumnElement[bool]:
    """Events linked to ``place_id`` other than by their location: a "mentioned" link, or
    an article that names the place (each read from its index, 0019).

    On SQLite the ids of a place named by few events (``MANY_LINKS``; most places, and the
    busiest place of the bench's store by none) are read first and the page is read by
    them: as a subquery the planner read a text search's matches first (133k for "strike"
    at 1M events, 1.1-2.7 s for a year at the busiest place). A place named by many events
    in a short range is read by date, each event tested for the link."""
    named = sa.select(mentions.c.article_id).where(mentions.c.place_id == place_id)
    mentioned = sa.select(event_places.c.event_id).where(
        event_places.c.place_id == place_id, event_places.c.role == "mentioned"
    )
    linked: sa.ColumnElement[bool] = sa.or_(
        events.c.id.in_(mentioned), events.c.article_id.in_(named)
    )
    if conn.dialect.name != "sqlite":  # PostgreSQL's planner keeps statistics
        return linked
    ids = sa.union(mentioned, sa.select(events.c.id).where(events.c.article_id.in_(named)))
    few = conn.execute(ids.limit(MANY_LINKS + 1)).scalars().all()
    if len(few) <= MANY_LINKS:
        return events.c.id.in_(few)
    if _share(conn, q) < NARROW:
        linked = sa.func.likelihood(linked, _LIKELY)
    return linked


def _card_select(*extra: sa.ColumnElement) -> sa.Select:
    cols = (
        articles.c.title,
        articles.c.source,
        articles.c.url,
        places.c.name.label("location_name"),
        places.c.country_code.label("location_country"),
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
        location_country=r["location_country"],
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
