"""Writing analysed articles: ``Store.save`` and ``Store.save_many`` (the ``Saving`` methods).

One transaction per article (or per batch, falling back to a savepoint each), its key
locked on PostgreSQL so two writers of one article serialise; a duplicate changes nothing
and an edited article replaces its own events. ``SaveItem``/``SaveResult`` are the values
in and out; ``store_key`` is the article's key as stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from dashboard.errors import StoreError
from dashboard.model import Article, Event, Mention
from dashboard.store.engine import is_transient, own_conflict, retry
from dashboard.store.happenings import happenings_of_articles
from dashboard.store.happenings import refresh as refresh_happenings
from dashboard.store.schema import articles, mentions
from dashboard.store.writes import (
    CHUNK,
    apply_event_corrections,
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


class Saving:
    """``Store``'s writes of analysed articles (see the module)."""

    writer: sa.Engine  # set by Store.__init__

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
            if is_transient(exc) and not own_conflict(exc):
                raise  # the whole batch again
            return None  # article by article: the one at fault is found and kept out
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
            if is_transient(exc) and not own_conflict(exc):
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
