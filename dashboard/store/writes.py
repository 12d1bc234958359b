"""Rows in and out of one writing transaction: idempotent inserts for both backends.

Places and articles are shared by concurrent writers, so they go in with ``INSERT … ON
CONFLICT DO NOTHING`` (SQLAlchemy's sqlite and postgresql dialect inserts): two processes
that meet the same place both succeed and one row is kept.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from dashboard.events.dates import reference_date
from dashboard.happenings.sources import outlet_name
from dashboard.model import Article, DateRange, Event, Mention, Place
from dashboard.store.happenings import unlink
from dashboard.store.schema import (
    article_copies,
    articles,
    corrections,
    event_places,
    events,
    mentions,
    places,
)

CHUNK = 500  # ids per IN (...) list: well under SQLite's and psycopg's parameter limits


def insert_ignoring_conflicts(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> int:
    """Insert rows, skipping any whose primary key is already there; returns how many went in."""
    if not rows:
        return 0
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    # RETURNING, not rowcount: psycopg reports -1 for these through SQLAlchemy 2.1
    key = next(iter(table.primary_key.columns))
    stmt = dialect.insert(table).on_conflict_do_nothing().returning(key)
    # one statement for the list: SQLAlchemy's "insertmanyvalues" batches the rows into
    # multi-row VALUES and still returns the key of every row that went in
    return len(conn.execute(stmt, rows).all())


def apply_date_corrections(conn: Connection, event_ids: list[str]) -> None:
    """A user's date for an event outlives re-ingestion: event ids are stable content hashes."""
    if not event_ids:
        return
    found: list[Any] = []
    for at in range(0, len(event_ids), CHUNK):  # a batch's events: one query per CHUNK ids
        chunk = event_ids[at : at + CHUNK]
        q = sa.select(corrections).where(corrections.c.kind == "date", corrections.c.key.in_(chunk))
        found += conn.execute(q).all()
    for c in found:
        cols = (events.c.detail, events.c.date_start, events.c.date_end, events.c.date_reason)
        row = conn.execute(sa.select(*cols, events.c.flags).where(events.c.id == c.key)).first()
        if row is None:
            continue
        if row.date_reason.startswith(_BY_USER):
            reason = row.date_reason  # a second correction: what the text gave is the first's
        else:
            gave = row.date_start.isoformat()
            if row.date_end != row.date_start:
                gave += f"–{row.date_end.isoformat()}"
            reason = f"{_BY_USER} (the text gave {gave})"
        # the user settled which date holds: the text's disagreement is no warning any more
        # (its other readings stay in ``alt_dates``)
        flags = [f for f in json.loads(row.flags) if f != "date_conflict"]
        detail = json.loads(row.detail)
        detail.update(
            date_start=c.date_start.isoformat(),
            date_end=c.date_end.isoformat(),
            time_precision=c.time_precision,
            date_reason=reason,
            flags=[f for f in detail.get("flags", []) if f != "date_conflict"],
        )
        rng = DateRange(c.date_start, c.date_end, c.time_precision, detail.get("date_text"), reason)
        conn.execute(
            events.update()
            .where(events.c.id == c.key)
            .values(
                date_start=c.date_start,
                date_end=c.date_end,
                time_precision=c.time_precision,
                date_reason=reason,
                flags=json.dumps(flags),
                reference_date=reference_date(rng),
                detail=json.dumps(detail, ensure_ascii=False),
            )
        )


# ``corrections.kind`` of one event's own place (the column holds 8 characters); "place"
# corrects every mention of a name, this one event only
EVENT_PLACE = "evplace"


def apply_event_corrections(conn: Connection, event_ids: list[str]) -> None:
    """A user's date and place for an event outlive re-reading: event ids are stable."""
    apply_date_corrections(conn, event_ids)
    apply_place_corrections(conn, event_ids)


def apply_place_corrections(conn: Connection, event_ids: list[str]) -> None:
    """Move each of ``event_ids`` that a user placed by hand to that place: its location,
    its ``event_places`` link and the ``location`` of its JSON record, with a reason naming
    what the text gave. The place row is the correction's own when it is a user's point."""
    found: list[Any] = []
    for at in range(0, len(event_ids), CHUNK):
        chunk = event_ids[at : at + CHUNK]
        q = sa.select(corrections).where(
            corrections.c.kind == EVENT_PLACE, corrections.c.key.in_(chunk)
        )
        found += conn.execute(q).all()
    for c in found:
        row = conn.execute(
            sa.select(events.c.detail, events.c.location_reason).where(events.c.id == c.key)
        ).first()
        place = conn.execute(sa.select(places).where(places.c.id == c.place_id)).first()
        if place is None and c.lat is not None:
            point = Place(c.place_id, c.name, "landmark", c.lat, c.lon, None, 1)
            insert_places(conn, {point.id: point}, {})
            place = conn.execute(sa.select(places).where(places.c.id == c.place_id)).first()
        if row is None or place is None:
            continue
        detail = json.loads(row.detail)
        was = detail.get("location") or {}
        reason = (
            row.location_reason
            if row.location_reason.startswith(_BY_USER)
            else (f"{_BY_USER} (the text gave {was.get('name') or 'no place'})")
        )
        detail["location"] = {
            "start": None,
            "end": None,
            "text": None,
            "name": place.name,
            "lat": place.lat,
            "lon": place.lon,
            "kind": place.kind,
            "geo_precision": place.geo_precision,
            "country_code": place.country_code,
            "geonameid": place.geonameid,
            "score": 1.0,
            "reason": reason,
        }  # the text named no such place: no offsets into it
        conn.execute(
            events.update()
            .where(events.c.id == c.key)
            .values(
                location_id=place.id,
                geo_precision=place.geo_precision,
                location_reason=reason,
                detail=json.dumps(detail, ensure_ascii=False),
            )
        )
        link = event_places.c.event_id == c.key
        conn.execute(
            event_places.delete().where(
                link, sa.or_(event_places.c.role == "location", event_places.c.place_id == place.id)
            )
        )
        conn.execute(
            event_places.insert().values(event_id=c.key, place_id=place.id, role="location")
        )


_BY_USER = "corrected by a user"


def delete_article(conn: Connection, article_id: str) -> None:
    ids = [
        r.id for r in conn.execute(sa.select(events.c.id).where(events.c.article_id == article_id))
    ]
    if ids:
        conn.execute(event_places.delete().where(event_places.c.event_id.in_(ids)))
        unlink(conn, ids)  # the happenings it was in are regrouped by the caller
    conn.execute(events.delete().where(events.c.article_id == article_id))
    conn.execute(mentions.delete().where(mentions.c.article_id == article_id))
    # its copies carried this text: a replaced text is no longer theirs (SQLite cascades
    # only with the pragma on, so they go by name as the events do)
    conn.execute(article_copies.delete().where(article_copies.c.article_id == article_id))
    conn.execute(articles.delete().where(articles.c.id == article_id))


# ---------------------------------------------------------------- wire copies (0007)


def copy_row(article: Article, key: str, stored: Any, now: datetime) -> dict[str, Any] | None:
    """The ``article_copies`` row of ``article`` met under ``key`` when ``stored`` (its
    ``articles`` row: key, source, url) already holds its very text: ``None`` when it is
    the same file or URL again, or the same outlet (an outlet's second link to one story
    is not a second outlet; a copy with no source nor URL names no outlet at all)."""
    outlet = outlet_name(article.source, article.url)
    if stored.key == key or not outlet or outlet == outlet_name(stored.source, stored.url):
        return None
    return dict(
        article_id=article.id, key=key, source=article.source, url=article.url, ingested_at=now
    )


def insert_copies(conn: Connection, rows: list[dict[str, Any]]) -> list[str]:
    """Insert copy rows, a (article, key) already there skipped; returns the ids of the
    articles that gained one (their happenings are to be regrouped)."""
    if not rows:
        return []
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(article_copies).on_conflict_do_nothing()
    try:
        # in a savepoint: the stored article may be replaced by another writer meanwhile
        # (PostgreSQL, READ COMMITTED), and a copy of a text that is gone is no copy
        with conn.begin_nested():
            ids = conn.execute(stmt.returning(article_copies.c.article_id), rows).scalars()
            return sorted(set(ids))
    except sa.exc.IntegrityError:
        return []


def drop_copies_at(conn: Connection, written: list[tuple[str, str]]) -> list[str]:
    """``written``: (key, article id) of articles just written or met. A copy row at one of
    these keys that names another article is stale (that file or URL now carries another
    text): it is deleted. Returns the ids of the articles that lost one."""
    wanted = dict(written)
    stale: list[tuple[str, str]] = []
    keys = sorted(wanted)
    for at in range(0, len(keys), CHUNK):
        q = sa.select(article_copies.c.article_id, article_copies.c.key).where(
            article_copies.c.key.in_(keys[at : at + CHUNK])
        )
        stale += [(a, k) for a, k in conn.execute(q) if wanted[k] != a]
    for aid, key in stale:
        conn.execute(
            article_copies.delete().where(
                article_copies.c.article_id == aid, article_copies.c.key == key
            )
        )
    return sorted({a for a, _ in stale})


def copies_of(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    """An article's copy rows (kept across its re-analysis, which rewrites the article)."""
    q = sa.select(article_copies).where(article_copies.c.article_id == article_id)
    return [dict(r._mapping) for r in conn.execute(q)]


def places_of(found: list[Mention], evs: list[Event]) -> dict[str, Place]:
    out = {m.place.id: m.place for m in found if m.place}
    for ev in evs:
        for m in (ev.location, *ev.places):
            if m is not None and m.place is not None:
                out.setdefault(m.place.id, m.place)
    return out


def insert_places(conn: Connection, new: dict[str, Place], geometries: dict[str, dict]) -> None:
    # sorted, so two writers lock shared place rows in one order and cannot deadlock
    rows = [
        {
            "id": p.id,
            "name": p.name,
            "kind": p.kind,
            "lat": p.lat,
            "lon": p.lon,
            "country_code": p.country_code,
            "geo_precision": p.geo_precision,
            "geonameid": p.geonameid,
            "geometry": json.dumps(geometries[p.id]) if p.is_area and p.id in geometries else None,
        }
        for _, p in sorted(new.items())
    ]
    insert_ignoring_conflicts(conn, places, rows)


def insert_new_places(conn: Connection, new: dict[str, Place], geometries: dict[str, dict]) -> None:
    """``insert_places`` for a batch: the places already stored are looked up first (one
    query), so only new ones are built and sent; an area's geometry is a JSON text of up to
    some hundred KB, which was encoded again for every article naming the area."""
    stored: set[str] = set()
    ids = sorted(new)
    for at in range(0, len(ids), CHUNK):
        q = sa.select(places.c.id).where(places.c.id.in_(ids[at : at + CHUNK]))
        stored.update(conn.execute(q).scalars())
    insert_places(conn, {k: p for k, p in new.items() if k not in stored}, geometries)


def stored_ids(
    conn: Connection, ids: list[str], keys: list[str]
) -> tuple[set[str], dict[str, list[str]]]:
    """(the ``ids`` already stored as articles, the stored article ids of each of ``keys``)."""
    present: set[str] = set()
    by_key: dict[str, list[str]] = {}
    for at in range(0, len(ids), CHUNK):
        q = sa.select(articles.c.id).where(articles.c.id.in_(ids[at : at + CHUNK]))
        present.update(conn.execute(q).scalars())
    for at in range(0, len(keys), CHUNK):
        q = sa.select(articles.c.id, articles.c.key).where(
            articles.c.key.in_(keys[at : at + CHUNK])
        )
        for aid, key in conn.execute(q):
            by_key.setdefault(key, []).append(aid)
    return present, by_key


def article_row(article: Article, key: str, now: datetime, analysis: str | None) -> dict[str, Any]:
    """The ``articles`` row of one article (``now``: its ingest time, naive UTC)."""
    return dict(
        id=article.id,
        key=key,
        title=article.title,
        text=article.text,
        published=article.published,
        source=article.source,
        url=article.url,
        flags=json.dumps(list(article.flags)),
        ingested_at=now,
        analysis=analysis,
    )


def mention_row(article_id: str, m: Mention) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "place_id": m.place.id if m.place else None,
        "score": m.score,
        "reason": m.reason,
        "candidates": json.dumps(list(m.candidates)),
    }


def search_text(summary: str, evidence: list[str]) -> str:
    """What the text filter searches: the summary, then the evidence sentences, by spaces
    (the haystack ``views.apply_filters`` builds; migration 0004 fills older rows alike)."""
    return " ".join([summary, " ".join(evidence)])


def insert_events(conn: Connection, evs: list[Event]) -> None:
    """One article's events and their place links, one multi-row statement per table (a
    statement per event was a third of ingest's store time)."""
    if not evs:
        return
    conn.execute(events.insert(), [event_row(ev) for ev in evs])
    links = [link for ev in evs for link in link_rows(ev)]
    if links:
        conn.execute(event_places.insert(), links)


# Events the text says did not happen, or might: ``events.unreal`` (0006), which the map's
# default view leaves out (``queries.EventQuery.hide_unreal``).
UNREAL_FLAGS = ("negated", "hypothetical")


def event_row(ev: Event) -> dict[str, Any]:
    """The ``events`` row of one event (also what ``bench/scale.py`` bulk-inserts)."""
    from dashboard.contract import event_record

    loc = ev.location.place if ev.location else None
    return dict(
        id=ev.id,
        article_id=ev.article_id,
        summary=ev.summary,
        date_start=ev.when.start,
        date_end=ev.when.end,
        time_precision=ev.when.precision,
        date_text=ev.when.text,
        date_reason=ev.when.reason,
        event_code=ev.event_type.code,
        event_name=ev.event_type.name,
        actors=json.dumps(list(ev.actors)),
        actor_countries=json.dumps(list(ev.actor_countries)),
        reference_date=reference_date(ev.when),
        location_id=loc.id if loc else None,
        geo_precision=loc.geo_precision if loc else None,
        location_reason=ev.location_reason,
        location_text=ev.location.text if ev.location else None,
        evidence=json.dumps(
            [{"text": e.text, "start": e.start, "end": e.end} for e in ev.evidence]
        ),
        flags=json.dumps(list(ev.flags)),
        unreal=any(f in UNREAL_FLAGS for f in ev.flags),
        alt_dates=json.dumps(
            [
                {
                    "start": d.start.isoformat(),
                    "end": d.end.isoformat(),
                    "text": d.text,
                    "precision": d.precision,
                }
                for d in ev.alt_dates
            ]
        ),
        detail=json.dumps(event_record(ev), ensure_ascii=False),
        search_text=search_text(ev.summary, [e.text for e in ev.evidence]),
    )


def link_rows(ev: Event) -> list[dict[str, Any]]:
    """The ``event_places`` rows of one event: its location, then the places it mentions."""
    loc = ev.location.place if ev.location else None
    roles = {loc.id: "location"} if loc else {}
    for m in ev.places:
        if m.place:
            roles.setdefault(m.place.id, "mentioned")
    return [{"event_id": ev.id, "place_id": p, "role": r} for p, r in roles.items()]
