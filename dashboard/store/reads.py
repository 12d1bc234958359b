"""The store's row reads for the app, the pipeline and the tests (the ``Reading`` methods).

The data version and freshness (which articles an older reader produced), counts, and the
rows of articles, mentions, places and event places.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from dashboard.store.schema import (
    article_copies,
    articles,
    corrections,
    event_places,
    events,
    mentions,
    places,
)


class Reading:
    """``Store``'s row reads (see the module)."""

    engine: sa.Engine  # set by Store.__init__

    # ------------------------------------------------------------ reading

    def data_version(self) -> tuple[int, str, int, int]:
        """Changes on every ingest, replacement, re-analysis and correction: a cache key.

        (articles, newest ingest or correction time, corrections, newest correction id); a
        re-analysis or a correction rewrites articles, so the ingest time moves with them. The ingest time
        is also a wire copy's (``article_copies``): a copy adds an outlet to a happening
        without writing an article.
        """

        # one statement of scalar subqueries, each maximum alone in its own, which SQLite
        # (like PostgreSQL) reads from the time's index (0021): beside a count in one
        # SELECT, max(ingested_at) read every article row, on every rerun of the app
        def one(*cols: sa.ColumnElement) -> sa.ScalarSelect:
            return sa.select(*cols).scalar_subquery()

        stmt = sa.select(
            _count(articles),
            one(sa.func.max(articles.c.ingested_at)),
            one(sa.func.max(article_copies.c.ingested_at)),
            _count(corrections),
            one(sa.func.max(corrections.c.id)),
            one(sa.func.max(corrections.c.created_at)),
        )
        with self.engine.connect() as conn:
            n, last, copied, c, cid, made = conn.execute(stmt).one()
        if copied is not None and (last is None or copied > last):
            last = copied
        # a join deletes the split it undoes (and a split the join): the count stays and
        # SQLite hands the freed id to the new row, so only its time tells them apart
        if made is not None and (last is None or made > last):
            last = made
        return int(n), str(last), int(c), int(cid or 0)

    def version(self) -> tuple[int, str]:
        """Changes whenever an article is added or replaced: a cheap cache key for readers."""
        newest = sa.select(sa.func.max(articles.c.ingested_at)).scalar_subquery()
        with self.engine.connect() as conn:  # each from an index, as ``data_version``
            n, last = conn.execute(sa.select(_count(articles), newest)).one()
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


def _stale(fingerprint: str) -> sa.ColumnElement[bool]:
    return sa.or_(articles.c.analysis.is_(None), articles.c.analysis != fingerprint)


def _count(table: sa.Table) -> sa.ScalarSelect:
    return sa.select(sa.func.count()).select_from(table).scalar_subquery()
