"""The SQL store: SQLite in WAL mode by default, any SQLAlchemy URL (PostgreSQL) for teams.

Every article is written in one transaction with its mentions and events, so a killed
ingest leaves either the whole article or none of it. Ids are content hashes: the same
article again is a duplicate and changes nothing; an edited article (same file or URL,
new text) replaces its own events in that same transaction.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from dashboard.errors import StoreError
from dashboard.events.dates import reference_date
from dashboard.model import Article, DateRange, Event, Mention, Place

T = TypeVar("T")
meta = sa.MetaData()

articles = sa.Table(
    "articles", meta,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("key", sa.String(1024), nullable=False, index=True),  # file path or URL: what "edited" means
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=False, default=""),
    sa.Column("flags", sa.Text, nullable=False, default="[]"),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
)  # fmt: skip
places = sa.Table(
    "places", meta,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
    sa.Column("country_code", sa.String(8)),
    sa.Column("geo_precision", sa.Integer, nullable=False),
    sa.Column("geonameid", sa.Integer),
    sa.Column("geometry", sa.Text),  # GeoJSON geometry for areas, NULL for points
)  # fmt: skip
mentions = sa.Table(
    "mentions", meta,
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("place_id", sa.String(64), sa.ForeignKey("places.id")),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("candidates", sa.Text, nullable=False, default="[]"),
)  # fmt: skip
events = sa.Table(
    "events", meta,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("date_start", sa.Date, nullable=False, index=True),
    sa.Column("date_end", sa.Date, nullable=False, index=True),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("date_text", sa.Text),
    sa.Column("date_reason", sa.Text, nullable=False),
    sa.Column("event_code", sa.String(4), nullable=False),
    sa.Column("event_name", sa.Text, nullable=False),
    sa.Column("actors", sa.Text, nullable=False),
    sa.Column("actor_countries", sa.Text, nullable=False, default="[]"),
    sa.Column("reference_date", sa.Date, nullable=False),  # ACLED's single date for the range
    sa.Column("location_id", sa.String(64), sa.ForeignKey("places.id")),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("location_reason", sa.Text, nullable=False),
    sa.Column("location_text", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("flags", sa.Text, nullable=False),
    sa.Column("alt_dates", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),  # the full JSON record of the events contract
)  # fmt: skip
event_places = sa.Table(
    "event_places", meta,
    sa.Column("event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("place_id", sa.String(64), sa.ForeignKey("places.id"), primary_key=True, index=True),
    sa.Column("role", sa.String(12), nullable=False),  # "location" or "mentioned"
)  # fmt: skip


corrections = sa.Table(
    "corrections", meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False),  # "place" or "date"
    sa.Column("key", sa.Text, nullable=False, index=True),  # folded place name, or an event id
    sa.Column("place_id", sa.String(64)),  # a gazetteer place, or a user point below
    sa.Column("name", sa.Text), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
    sa.Column("date_start", sa.Date), sa.Column("date_end", sa.Date), sa.Column("time_precision", sa.Integer),
    sa.Column("created_at", sa.DateTime, nullable=False),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: str
    status: str  # added | duplicate | replaced
    events: int


def to_url(target: str) -> str:
    """A path becomes an SQLite URL; anything with ``://`` is taken as an SQLAlchemy URL."""
    if "://" in target:
        return target
    if target == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(target).expanduser().resolve()}"


class Store:
    """``Store("data/geonews.db")``, ``Store(":memory:")`` or ``Store("postgresql://…")``."""

    def __init__(self, target: str) -> None:
        self.url = to_url(target)
        self.engine = _engine(self.url)
        for attempt in range(5):
            try:
                meta.create_all(self.engine)
                break
            except OperationalError as exc:
                # two processes opening a new store race to create it: the loser retries and
                # then finds the tables there
                racing = "already exists" in str(exc.orig) or "locked" in str(exc.orig)
                if not racing or attempt == 4:
                    raise StoreError(f"cannot open store {target!r}: {exc.orig}") from exc
                time.sleep(0.1 * (attempt + 1))

    # ------------------------------------------------------------ writing

    def save(self, article: Article, found: list[Mention], evs: list[Event],
             geometries: dict[str, dict] | None = None, key: str | None = None,
             force: bool = False) -> SaveResult:  # fmt: skip
        """Write one article with its mentions and events, atomically. ``key`` names what
        counts as the same article (default: its file, else its URL); ``force`` rewrites an
        unchanged article (after a correction)."""
        return _retry(lambda: self._save(article, found, evs, geometries or {}, key, force))

    def _save(self, article: Article, found: list[Mention], evs: list[Event],
              geometries: dict[str, dict], key: str | None, force: bool = False) -> SaveResult:  # fmt: skip
        if key is None:
            # a file is "the same article" by its path; pasted or fed text by its URL
            key = str(Path(article.path).resolve()) if article.path else (article.url or article.id)
        with self.engine.begin() as conn:
            exists = conn.execute(
                sa.select(articles.c.id).where(articles.c.id == article.id)
            ).first()
            if exists and not force:
                return SaveResult(article.id, "duplicate", 0)
            old = [
                r.id for r in conn.execute(sa.select(articles.c.id).where(articles.c.key == key))
            ]
            if exists and article.id not in old:
                old.append(article.id)
            for old_id in old:
                _delete_article(conn, old_id)
            _insert_places(conn, _places_of(found, evs), geometries)
            conn.execute(articles.insert().values(
                id=article.id, key=key, title=article.title, text=article.text,
                published=article.published, source=article.source, url=article.url,
                flags=json.dumps(list(article.flags)), ingested_at=datetime.now(UTC).replace(tzinfo=None),
            ))  # fmt: skip
            if found:
                conn.execute(mentions.insert(), [_mention_row(article.id, m) for m in found])
            for ev in evs:
                _insert_event(conn, ev)
            _apply_date_corrections(conn, [ev.id for ev in evs])
        return SaveResult(article.id, "replaced" if old else "added", len(evs))

    # ------------------------------------------------------------ corrections

    def add_correction(self, kind: str, key: str, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                corrections.delete().where(corrections.c.kind == kind, corrections.c.key == key)
            )
            conn.execute(
                corrections.insert().values(
                    kind=kind, key=key, created_at=datetime.now(UTC).replace(tzinfo=None), **values
                )
            )
            if kind == "date":
                _apply_date_corrections(conn, [key])

    def correction_rows(self, kind: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = sa.select(corrections).where(corrections.c.kind == kind).order_by(corrections.c.id)
            return [dict(r._mapping) for r in conn.execute(q)]

    def articles_mentioning(self, folded: str) -> list[str]:
        """Ids of articles with a mention whose text folds to ``folded``."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(mentions.c.article_id, mentions.c.text)).all()
        from dashboard.places.names import fold

        return sorted({a for a, t in rows if fold(t) == folded})

    def review_rows(self, threshold: float = 0.75) -> list[dict[str, Any]]:
        """Mentions worth a second look: unresolved, or won by a small margin."""
        q = sa.select(mentions, places.c.name).outerjoin(places, places.c.id == mentions.c.place_id).where(
            sa.or_(mentions.c.place_id.is_(None), mentions.c.score < threshold))  # fmt: skip
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # ------------------------------------------------------------ reading

    def version(self) -> tuple[int, str]:
        """Changes whenever an article is added or replaced: a cheap cache key for readers."""
        with self.engine.connect() as conn:
            n, last = conn.execute(
                sa.select(sa.func.count(), sa.func.max(articles.c.ingested_at))
            ).one()
            return int(n), str(last)

    def data_version(self) -> tuple[int, str, int, str, int]:
        """A cache key that changes with every ingest, replacement, correction and re-analysis:
        (articles, newest ingested_at, corrections, newest correction, events). Date
        corrections rewrite events in place without touching ``ingested_at``, so ``version()``
        alone missed them."""
        with self.engine.connect() as conn:
            n, last = conn.execute(
                sa.select(sa.func.count(), sa.func.max(articles.c.ingested_at))
            ).one()
            nc, lastc = conn.execute(
                sa.select(sa.func.count(), sa.func.max(corrections.c.created_at))
            ).one()
            ne = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
            return int(n), str(last), int(nc), str(lastc), int(ne)

    def mention_place_rows(self) -> list[dict[str, Any]]:
        """(article_id, place_id) of every resolved mention, once per pair: the "places
        mentioned" map layer, which includes articles without coded events."""
        q = (
            sa.select(mentions.c.article_id, mentions.c.place_id)
            .where(mentions.c.place_id.is_not(None))
            .distinct()
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def article_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())

    def event_rows(
        self, date_from: date | None = None, date_to: date | None = None
    ) -> list[dict[str, Any]]:
        """Events overlapping [date_from, date_to], joined with their article's title and source."""
        q = (
            sa.select(
                events,
                articles.c.title,
                articles.c.source,
                articles.c.url,
                articles.c.published,
                places.c.name.label("location_name"),
                places.c.lat.label("latitude"),
                places.c.lon.label("longitude"),
                places.c.country_code.label("location_country"),
                places.c.kind.label("location_kind"),
            )
            .join(articles, articles.c.id == events.c.article_id)
            .outerjoin(places, places.c.id == events.c.location_id)
            .order_by(events.c.date_start, events.c.id)
        )
        if date_from is not None:
            q = q.where(events.c.date_end >= date_from)
        if date_to is not None:
            q = q.where(events.c.date_start <= date_to)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def event_place_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(event_places))]

    def place_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.select(places))]

    def article_rows(self) -> list[dict[str, Any]]:
        """Every article with its number of events, newest first, undated last."""
        n = (
            sa.select(sa.func.count(events.c.id))
            .where(events.c.article_id == articles.c.id)
            .scalar_subquery()
        )
        q = sa.select(articles.c.id, articles.c.key, articles.c.title, articles.c.source, articles.c.url,
                      articles.c.published, articles.c.flags, n.label("events")).order_by(
            articles.c.published.is_(None), articles.c.published.desc())  # fmt: skip
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def mention_rows(self, article_id: str) -> list[dict[str, Any]]:
        """An article's place mentions with the name each resolved to, in text order."""
        q = (
            sa.select(mentions, places.c.name)
            .outerjoin(places, places.c.id == mentions.c.place_id)
            .where(mentions.c.article_id == article_id)
            .order_by(mentions.c.start)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            return dict(row._mapping) if row else None


# ---------------------------------------------------------------- internals


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if url != "sqlite://":
            cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


def _retry(fn: Callable[[], T], attempts: int = 5) -> T:
    """SQLite's busy timeout covers most contention; retry the rest with backoff."""
    for attempt in range(attempts):
        try:
            return fn()
        except OperationalError as exc:
            if "locked" not in str(exc.orig).lower() or attempt == attempts - 1:
                raise StoreError(f"store write failed: {exc.orig}") from exc
            time.sleep(0.2 * 2**attempt)
    raise AssertionError("unreachable")


def _apply_date_corrections(conn: Connection, event_ids: list[str]) -> None:
    """A user's date for an event outlives re-ingestion: event ids are stable content hashes."""
    if not event_ids:
        return
    q = sa.select(corrections).where(corrections.c.kind == "date", corrections.c.key.in_(event_ids))
    for c in conn.execute(q).all():
        row = conn.execute(sa.select(events.c.detail, events.c.date_start, events.c.date_end)
                           .where(events.c.id == c.key)).first()  # fmt: skip
        if row is None:
            continue
        reason = f"corrected by a user (the text gave {row.date_start}–{row.date_end})"
        detail = json.loads(row.detail)
        detail.update(date_start=c.date_start.isoformat(), date_end=c.date_end.isoformat(),
                      time_precision=c.time_precision, date_reason=reason)  # fmt: skip
        rng = DateRange(c.date_start, c.date_end, c.time_precision, detail.get("date_text"), reason)
        conn.execute(events.update().where(events.c.id == c.key).values(
            date_start=c.date_start, date_end=c.date_end, time_precision=c.time_precision,
            date_reason=reason, reference_date=reference_date(rng), detail=json.dumps(detail, ensure_ascii=False),
        ))  # fmt: skip


def _delete_article(conn: Connection, article_id: str) -> None:
    ids = [
        r.id for r in conn.execute(sa.select(events.c.id).where(events.c.article_id == article_id))
    ]
    if ids:
        conn.execute(event_places.delete().where(event_places.c.event_id.in_(ids)))
    conn.execute(events.delete().where(events.c.article_id == article_id))
    conn.execute(mentions.delete().where(mentions.c.article_id == article_id))
    conn.execute(articles.delete().where(articles.c.id == article_id))


def _places_of(found: list[Mention], evs: list[Event]) -> dict[str, Place]:
    out = {m.place.id: m.place for m in found if m.place}
    for ev in evs:
        for m in (ev.location, *ev.places):
            if m is not None and m.place is not None:
                out.setdefault(m.place.id, m.place)
    return out


def _insert_places(conn: Connection, new: dict[str, Place], geometries: dict[str, dict]) -> None:
    if not new:
        return
    have = {r.id for r in conn.execute(sa.select(places.c.id).where(places.c.id.in_(list(new))))}
    rows = [
        {"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon,
         "country_code": p.country_code, "geo_precision": p.geo_precision, "geonameid": p.geonameid,
         "geometry": json.dumps(geometries[p.id]) if p.is_area and p.id in geometries else None}
        for p in new.values() if p.id not in have
    ]  # fmt: skip
    if rows:
        conn.execute(places.insert(), rows)


def _mention_row(article_id: str, m: Mention) -> dict[str, Any]:
    return {"article_id": article_id, "start": m.start, "end": m.end, "text": m.text,
            "place_id": m.place.id if m.place else None, "score": m.score, "reason": m.reason,
            "candidates": json.dumps(list(m.candidates))}  # fmt: skip


def _insert_event(conn: Connection, ev: Event) -> None:
    from dashboard.contract import event_record

    loc = ev.location.place if ev.location else None
    conn.execute(events.insert().values(
        id=ev.id, article_id=ev.article_id, summary=ev.summary, date_start=ev.when.start,
        date_end=ev.when.end, time_precision=ev.when.precision, date_text=ev.when.text,
        date_reason=ev.when.reason, event_code=ev.event_type.code, event_name=ev.event_type.name,
        actors=json.dumps(list(ev.actors)),
        actor_countries=json.dumps(list(ev.actor_countries)),
        reference_date=reference_date(ev.when), location_id=loc.id if loc else None,
        geo_precision=loc.geo_precision if loc else None, location_reason=ev.location_reason,
        location_text=ev.location.text if ev.location else None,
        evidence=json.dumps([{"text": e.text, "start": e.start, "end": e.end} for e in ev.evidence]),
        flags=json.dumps(list(ev.flags)),
        alt_dates=json.dumps([{"start": d.start.isoformat(), "end": d.end.isoformat(), "text": d.text,
                               "precision": d.precision} for d in ev.alt_dates]),
        detail=json.dumps(event_record(ev), ensure_ascii=False),
    ))  # fmt: skip
    roles = {ev.location.place.id: "location"} if loc and ev.location and ev.location.place else {}
    for m in ev.places:
        if m.place:
            roles.setdefault(m.place.id, "mentioned")
    if roles:
        conn.execute(
            event_places.insert(),
            [{"event_id": ev.id, "place_id": p, "role": r} for p, r in roles.items()],
        )
