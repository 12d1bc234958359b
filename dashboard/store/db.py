"""The SQL store: SQLite in WAL mode by default, any SQLAlchemy URL (PostgreSQL) for teams.

Every article is written in one transaction with its mentions and events, so a killed
ingest leaves either the whole article or none of it. Ids are content hashes: the same
article again is a duplicate and changes nothing; an edited article (same file or URL,
new text) replaces its own events in that same transaction. Any number of processes may
write at once: shared rows go in with ``ON CONFLICT DO NOTHING`` and a transaction that
meets another writer's lock, deadlock or race is retried (``engine.retry``).

The tables live in ``schema`` (re-exported here), the engine set-up in ``engine``, the
row writers in ``writes`` and the schema upgrades in ``migrate``. ``Store`` keeps its set-up
and the corrections here and takes its other methods from ``saving.Saving`` (writing
articles), ``reads.Reading`` (row reads) and ``streams.Streaming`` (an export's reads).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from dashboard.errors import StoreError
from dashboard.model import Place
from dashboard.store import migrate
from dashboard.store.engine import WRITE, make_engine, masked, retry, to_url
from dashboard.store.happenings import refresh as refresh_happenings
from dashboard.store.reads import Reading
from dashboard.store.saving import SaveItem, SaveResult, Saving
from dashboard.store.schema import (
    articles,
    corrections,
    event_places,
    events,
    mentions,
    meta,
    places,
)
from dashboard.store.streams import Streaming
from dashboard.store.writes import (
    EVENT_PLACE,
    apply_date_corrections,
    apply_place_corrections,
    insert_places,
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


class Store(Saving, Reading, Streaming):
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
