"""The SQL store: SQLite in WAL mode by default, any SQLAlchemy URL (PostgreSQL) for teams.

Every article is written in one transaction with its mentions and events, so a killed
ingest leaves either the whole article or none of it. Ids are content hashes: the same
article again is a duplicate and changes nothing; an edited article (same file or URL,
new text) replaces its own events in that same transaction. Any number of processes may
write at once: shared rows go in with ``ON CONFLICT DO NOTHING`` and a transaction that
meets another writer's lock, deadlock or race is retried (``engine.retry``).

The tables live in ``schema`` (re-exported here), the engine set-up in ``engine``, the
row writers in ``writes`` and the schema upgrades in ``migrate``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from dashboard.errors import StoreError
from dashboard.model import Article, Event, Mention, Place
from dashboard.store import migrate
from dashboard.store.engine import WRITE, is_transient, make_engine, masked, retry, to_url
from dashboard.store.happenings import happenings_of_articles
from dashboard.store.happenings import refresh as refresh_happenings
from dashboard.store.schema import (
    article_copies,
    articles,
    corrections,
    event_happenings,
    event_places,
    events,
    mentions,
    meta,
    places,
)
from dashboard.store.writes import (
    CHUNK,
    EVENT_PLACE,
    apply_date_corrections,
    apply_event_corrections,
    apply_place_corrections,
    article_row,
    copies_of,
    copy_row,
    delete_article,
    drop_copies_at,
    insert_copies,
    insert_events,
    insert_ignoring_conflicts,
    insert_new_places,
    insert_places,
    mention_row,
    places_of,
    stored_ids,
)

__all__ = [
    "SaveItem",
    "SaveResult",
    "Store",
    "articles",
    "corrections",
    "event_places",
    "events",
    "mentions",
    "meta",
    "places",
    "to_url",
]

STREAM_BATCH = 2000  # rows per fetch when streaming an export: ~2 MB of rows held at once
KEY_LIMIT = 1024  # articles.key is VARCHAR(1024); longer keys (feed links) are hashed
_KEY_LOCK = sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
# a batch's keys, locked one after another in the order given (sorted: no deadlock between
# two batch writers; one with ``_KEY_LOCK`` is retried as any deadlock is)
_KEYS_LOCK = sa.text(
    "SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) "
    "FROM unnest(CAST(:keys AS text[])) AS t(k)"
)


_Touched = tuple[list[str], list[str]]  # (new event ids, happenings that lost events)


class _RacedError(Exception):
    """Another writer stored this very article between our check and our insert."""


class _FallBackError(Exception):
    """The batch cannot be written in one go; its articles go one savepoint each."""


@dataclass(frozen=True, slots=True)
class SaveItem:
    """One analysed article for ``Store.save_many``; ``key`` as in ``Store.save``."""

    article: Article
    found: list[Mention]
    events: list[Event]
    key: str | None = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: str
    status: str  # added | duplicate | replaced
    events: int


class Store:
    """``Store("data/geonews.db")``, ``Store(":memory:")`` or ``Store("postgresql://…")``."""

    def __init__(self, target: str) -> None:
        raw = to_url(target)
        self.url = masked(raw)  # for messages: never the password
        self.engine = make_engine(raw)
        self.writer = self.engine.execution_options(**{WRITE: True})
        try:
            self.backup = retry(lambda: migrate.upgrade(self.engine))
        except StoreError as exc:
            raise StoreError(f"cannot open store {self.url}: {exc}") from exc
        except DBAPIError as exc:
            raise StoreError(f"cannot open store {self.url}: {exc.orig}") from exc

    # ------------------------------------------------------------ writing

    def save(
        self,
        article: Article,
        found: list[Mention],
        evs: list[Event],
        geometries: dict[str, dict] | None = None,
        key: str | None = None,
        force: bool = False,
        analysis: str | None = None,
    ) -> SaveResult:
        """Write one article with its mentions and events, atomically. ``key`` names what
        counts as the same article (default: ``store_key``); ``force`` rewrites an unchanged
        article (after a correction or a re-analysis); ``analysis`` is the fingerprint of
        the reader that produced ``found`` and ``evs`` (``store.fingerprint``)."""
        key = store_key(article) if key is None else _short(key)

        def attempt() -> SaveResult:
            try:
                return self._save(article, found, evs, geometries or {}, key, force, analysis)
            except _RacedError:
                return SaveResult(article.id, "duplicate", 0)

        return retry(attempt)

    def save_many(
        self,
        items: Sequence[SaveItem],
        geometries: dict[str, dict] | None = None,
        analysis: str | None = None,
    ) -> list[SaveResult | StoreError]:
        """Write many articles in one transaction, each in its own savepoint: an article the
        store refuses rolls back alone and comes back as its ``StoreError``; the others go in.
        A transient error (a lock, a deadlock) retries the whole batch, as ``save`` does."""

        def attempt() -> list[SaveResult | StoreError]:
            touched: _Touched = ([], [])
            with self.writer.begin() as conn:
                fast = self._save_batch(conn, items, geometries or {}, analysis, touched)
                out: list[SaveResult | StoreError] = []
                if fast is not None:
                    out += fast
                else:  # article by article: one the store refuses is rejected alone
                    for it in items:
                        out.append(self._save_point(conn, it, geometries or {}, analysis, touched))
                # one regroup for the batch: neighbouring articles share their neighbours
                refresh_happenings(conn, touched[0], touched[1])
            return out

        return retry(attempt)

    def _save_batch(
        self,
        conn: Connection,
        items: Sequence[SaveItem],
        geometries: dict[str, dict],
        analysis: str | None,
        touched: _Touched,
    ) -> list[SaveResult] | None:
        """The whole batch in one savepoint with a few statements per table (an article per
        savepoint costs about a dozen statements each). ``None`` when the batch must be
        written article by article: a key twice in it, an article that another in it
        deletes, a racing writer, or a row the store refuses (the per-article savepoints
        then find which article it was, and write the others). Same rows, same results as
        ``_save_point`` on each item in order."""
        if len(items) < 2:
            return None
        keys = [store_key(it.article) if it.key is None else _short(it.key) for it in items]
        if len(set(keys)) < len(keys):
            return None
        try:
            with conn.begin_nested():
                done = self._write_batch(conn, items, keys, geometries, analysis)
        except _FallBackError:
            return None
        except DBAPIError as exc:
            if is_transient(exc):
                raise  # the whole batch again
            return None
        results, new_events, gone = done
        touched[0].extend(new_events)
        touched[1].extend(gone)
        return results

    def _write_batch(
        self,
        conn: Connection,
        items: Sequence[SaveItem],
        keys: list[str],
        geometries: dict[str, dict],
        analysis: str | None,
    ) -> tuple[list[SaveResult], list[str], list[str]]:
        if conn.dialect.name == "postgresql":
            conn.execute(_KEYS_LOCK, {"keys": sorted(keys)})  # as ``_save_in``, in one order
        ids = [it.article.id for it in items]
        present, by_key = stored_ids(conn, ids, keys)
        results: list[SaveResult] = []
        writes: list[tuple[SaveItem, str]] = []
        old: list[str] = []
        seen: set[str] = set()
        for it, key in zip(items, keys, strict=True):
            aid = it.article.id
            if aid in present or aid in seen:  # stored, or earlier in this batch
                results.append(SaveResult(aid, "duplicate", 0))
                continue
            seen.add(aid)
            mine = by_key.get(key, [])
            old += mine
            writes.append((it, key))
            results.append(SaveResult(aid, "replaced" if mine else "added", len(it.events)))
        if present & set(old):
            raise _FallBackError  # a later article is one an earlier one replaces: in order
        gone = happenings_of_articles(conn, old)
        for old_id in old:
            delete_article(conn, old_id)
        found = [m for it, _ in writes for m in it.found]
        evs = [ev for it, _ in writes for ev in it.events]
        insert_new_places(conn, places_of(found, evs), geometries)
        now = datetime.now(UTC).replace(tzinfo=None)
        rows = [article_row(it.article, key, now, analysis) for it, key in writes]
        if insert_ignoring_conflicts(conn, articles, rows) != len(rows):
            raise _FallBackError  # another writer stored one of them meanwhile
        mention_rows = [mention_row(it.article.id, m) for it, _ in writes for m in it.found]
        if mention_rows:
            conn.execute(mentions.insert(), mention_rows)
        insert_events(conn, evs)
        event_ids = [ev.id for ev in evs]
        apply_event_corrections(conn, event_ids)
        # as ``_save_in``: stale copies at these keys go, duplicates from another outlet are
        # kept as copies (of a stored article, or of one written above in this batch)
        copied = drop_copies_at(
            conn, [(k, it.article.id) for it, k in zip(items, keys, strict=True)]
        )
        copied += insert_copies(conn, _copy_rows(conn, items, keys, results, now))
        gone += happenings_of_articles(conn, sorted(set(copied) - set(old)))
        return results, event_ids, gone

    def _save_point(
        self,
        conn: Connection,
        it: SaveItem,
        geometries: dict[str, dict],
        analysis: str | None,
        touched: _Touched,
    ) -> SaveResult | StoreError:
        key = store_key(it.article) if it.key is None else _short(it.key)
        try:
            with conn.begin_nested():
                return self._save_in(
                    conn, it.article, it.found, it.events, geometries, key, False, analysis, touched
                )
        except _RacedError:
            return SaveResult(it.article.id, "duplicate", 0)
        except DBAPIError as exc:
            if is_transient(exc):
                raise  # the whole batch again
            return StoreError(f"store write failed: {str(exc.orig).strip().splitlines()[0]}")

    def _save(
        self,
        article: Article,
        found: list[Mention],
        evs: list[Event],
        geometries: dict[str, dict],
        key: str,
        force: bool,
        analysis: str | None,
    ) -> SaveResult:
        with self.writer.begin() as conn:
            return self._save_in(conn, article, found, evs, geometries, key, force, analysis)

    def _save_in(
        self,
        conn: Connection,
        article: Article,
        found: list[Mention],
        evs: list[Event],
        geometries: dict[str, dict],
        key: str,
        force: bool,
        analysis: str | None,
        touched: _Touched | None = None,
    ) -> SaveResult:
        # inside the caller's transaction or savepoint; with ``touched`` the caller regroups
        # the happenings (``save_many``, once per batch), else they are regrouped here
        if conn.dialect.name == "postgresql":
            # writers of one key take turns (SQLite's BEGIN IMMEDIATE already does), so
            # two edits of one article cannot both survive under READ COMMITTED
            conn.execute(_KEY_LOCK, {"key": key})
        stored = sa.select(articles.c.id, articles.c.key, articles.c.source, articles.c.url)
        exists = conn.execute(stored.where(articles.c.id == article.id)).first()
        now = datetime.now(UTC).replace(tzinfo=None)
        # a copy at this key that names another text is stale; this article met under
        # another key and outlet is a wire copy of the stored one (kept, still a duplicate)
        copied = drop_copies_at(conn, [(key, article.id)])
        if exists and not force:
            copy = copy_row(article, key, exists, now)
            copied += insert_copies(conn, [copy] if copy else [])
            _regroup_copies(conn, copied, touched)
            return SaveResult(article.id, "duplicate", 0)
        old = [r.id for r in conn.execute(sa.select(articles.c.id).where(articles.c.key == key))]
        kept = copies_of(conn, article.id) if exists else []  # a re-analysis keeps its copies
        if exists and article.id not in old:
            old.append(article.id)
        gone = happenings_of_articles(conn, old)  # regrouped below without the old events
        for old_id in old:
            delete_article(conn, old_id)
        insert_places(conn, places_of(found, evs), geometries)
        row = article_row(article, key, now, analysis)
        if not insert_ignoring_conflicts(conn, articles, [row]):
            raise _RacedError(article.id)  # rolls back our deletes: the other writer's stands
        insert_copies(conn, kept)
        gone += happenings_of_articles(conn, sorted(set(copied) - set(old)))
        if found:
            conn.execute(mentions.insert(), [mention_row(article.id, m) for m in found])
        insert_events(conn, evs)
        apply_event_corrections(conn, [ev.id for ev in evs])
        if touched is None:
            refresh_happenings(conn, [ev.id for ev in evs], gone)
        else:
            touched[0].extend(ev.id for ev in evs)
            touched[1].extend(gone)
        return SaveResult(article.id, "replaced" if old else "added", len(evs))

    # ------------------------------------------------------------ corrections

    def add_correction(self, kind: str, key: str, **values: Any) -> None:
        def attempt() -> None:
            with self.writer.begin() as conn:
                conn.execute(
                    corrections.delete().where(corrections.c.kind == kind, corrections.c.key == key)
                )
                conn.execute(
                    corrections.insert().values(
                        kind=kind,
                        key=key,
                        created_at=datetime.now(UTC).replace(tzinfo=None),
                        **values,
                    )
                )
                if kind == "date":
                    apply_date_corrections(conn, [key])
                    refresh_happenings(conn, [key])  # its dates moved: so may its happening

        retry(attempt)

    def correct_event_place(self, event_id: str, place: Place, geometry: dict | None) -> None:
        """Move one event to ``place`` (a gazetteer place, with its GeoJSON ``geometry``
        when it is an area, or a user's point), now and after every re-read; its happening
        is regrouped. Raises ``StoreError`` when no event has that id."""

        def attempt() -> None:
            with self.writer.begin() as conn:
                if (
                    conn.execute(sa.select(events.c.id).where(events.c.id == event_id)).first()
                    is None
                ):
                    raise StoreError(f"no event {event_id!r} in the store")
                insert_places(conn, {place.id: place}, {place.id: geometry} if geometry else {})
                where = (corrections.c.kind == EVENT_PLACE, corrections.c.key == event_id)
                conn.execute(corrections.delete().where(*where))
                conn.execute(
                    corrections.insert().values(
                        kind=EVENT_PLACE,
                        key=event_id,
                        place_id=place.id,
                        name=place.name,
                        lat=place.lat,
                        lon=place.lon,
                        created_at=datetime.now(UTC).replace(tzinfo=None),
                    )
                )
                apply_place_corrections(conn, [event_id])
                refresh_happenings(conn, [event_id])  # its place moved: so may its happening

        retry(attempt)

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
        q = (
            sa.select(mentions, places.c.name)
            .outerjoin(places, places.c.id == mentions.c.place_id)
            .where(sa.or_(mentions.c.place_id.is_(None), mentions.c.score < threshold))
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # ------------------------------------------------------------ reading

    def data_version(self) -> tuple[int, str, int, int]:
        """Changes on every ingest, replacement, re-analysis and correction: a cache key.

        (articles, newest ingest or correction time, corrections, newest correction id); a
        re-analysis or a correction rewrites articles, so the ingest time moves with them. The ingest time
        is also a wire copy's (``article_copies``): a copy adds an outlet to a happening
        without writing an article.
        """
        with self.engine.connect() as conn:
            n, last = conn.execute(
                sa.select(sa.func.count(), sa.func.max(articles.c.ingested_at))
            ).one()
            copied = conn.execute(sa.select(sa.func.max(article_copies.c.ingested_at))).scalar()
            if copied is not None and (last is None or copied > last):
                last = copied
            c, cid, made = conn.execute(
                sa.select(
                    sa.func.count(),
                    sa.func.max(corrections.c.id),
                    sa.func.max(corrections.c.created_at),
                )
            ).one()
            # a join deletes the split it undoes (and a split the join): the count stays and
            # SQLite hands the freed id to the new row, so only its time tells them apart
            if made is not None and (last is None or made > last):
                last = made
            return int(n), str(last), int(c), int(cid or 0)

    def version(self) -> tuple[int, str]:
        """Changes whenever an article is added or replaced: a cheap cache key for readers."""
        with self.engine.connect() as conn:
            n, last = conn.execute(
                sa.select(sa.func.count(), sa.func.max(articles.c.ingested_at))
            ).one()
            return int(n), str(last)

    def stale_articles(self, fingerprint: str) -> list[str]:
        """Ids of articles whose events another reader made (or an unknown one), by id."""
        q = sa.select(articles.c.id).where(_stale(fingerprint)).order_by(articles.c.id)
        with self.engine.connect() as conn:
            return [r.id for r in conn.execute(q)]

    def freshness(self, fingerprint: str) -> tuple[int, int]:
        """(articles read by another reader, all articles): one cheap query."""
        stale = sa.func.sum(sa.case((_stale(fingerprint), 1), else_=0))
        with self.engine.connect() as conn:
            n, total = conn.execute(sa.select(stale, sa.func.count()).select_from(articles)).one()
        return int(n or 0), int(total)

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
        q = sa.select(
            articles.c.id,
            articles.c.key,
            articles.c.title,
            articles.c.source,
            articles.c.url,
            articles.c.published,
            articles.c.flags,
            n.label("events"),
        ).order_by(articles.c.published.is_(None), articles.c.published.desc())
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

    def uploaded_as(self, name: str) -> list[dict[str, Any]]:
        """Stored articles uploaded under file ``name`` (id, key, title), oldest first."""
        prefix = f"upload:{name}".replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = (
            sa.select(articles.c.id, articles.c.key, articles.c.title)
            .where(
                sa.or_(
                    articles.c.key.like(prefix + ":%", escape="\\"),
                    articles.c.key.like(prefix + "#%", escape="\\"),
                )
            )
            .order_by(articles.c.ingested_at)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            return dict(row._mapping) if row else None


def _copy_rows(
    conn: Connection,
    items: Sequence[SaveItem],
    keys: list[str],
    results: list[SaveResult],
    now: datetime,
) -> list[dict[str, Any]]:
    """The copy rows of a batch's duplicates (``writes.copy_row``), read against the stored
    articles (one query per ``CHUNK`` ids, none when the batch has no duplicate)."""
    dup = [
        (it, k) for it, k, r in zip(items, keys, results, strict=True) if r.status == "duplicate"
    ]
    ids = sorted({it.article.id for it, _ in dup})
    stored: dict[str, Any] = {}
    for at in range(0, len(ids), CHUNK):
        q = sa.select(articles.c.id, articles.c.key, articles.c.source, articles.c.url)
        stored.update(
            (r.id, r) for r in conn.execute(q.where(articles.c.id.in_(ids[at : at + CHUNK])))
        )
    rows = [
        copy_row(it.article, k, stored[it.article.id], now)
        for it, k in dup
        if it.article.id in stored
    ]
    return [r for r in rows if r is not None]


def _regroup_copies(conn: Connection, article_ids: list[str], touched: _Touched | None) -> None:
    """Regroup the happenings of articles whose copies changed (their outlets and sources)."""
    gone = happenings_of_articles(conn, sorted(set(article_ids)))
    if touched is None:
        refresh_happenings(conn, [], gone)
    else:
        touched[1].extend(gone)


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


def _stale(fingerprint: str) -> sa.ColumnElement[bool]:
    return sa.or_(articles.c.analysis.is_(None), articles.c.analysis != fingerprint)


def store_key(article: Article) -> str:
    """What makes a later article "the same article" (and so replaces it): its URL or, from
    the command line, its file (resolved path). An upload or a paste without a URL is
    known by its name *and* content (``upload:report.txt:a1b2…``), so different content
    under one name, and untitled pastes, are new articles unless the user says replace."""
    if article.path.startswith(("upload:", "paste:")):
        return _short(article.url or f"{article.path}:{article.id}")
    if article.path:
        return _short(str(Path(article.path).resolve()))
    return _short(article.url or article.id)


def _short(key: str) -> str:
    if len(key) <= KEY_LIMIT:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
