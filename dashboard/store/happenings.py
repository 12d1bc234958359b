"""The store's happenings: kept in step with the events, and corrected by users.

Every event has one row in ``event_happenings`` (a happening of its own at least) and every
happening one row in ``happenings``. ``refresh`` recomputes only what an article's write
touched: the events of its types and place cells within ``WINDOW`` of its dates, and the
whole happenings those belong to, in the writer's transaction. ``rebuild`` does all.

Users' corrections live in ``corrections`` like the place and date ones, keyed by event ids
(content hashes, stable across re-reading): ``split`` (``key`` = an event that stands alone)
and ``join`` (``key`` and ``name`` = one event of each of two happenings). Both are applied
on every recompute, so they survive re-ingestion and re-analysis.

The parts, by role: ``happening_reports`` reads events as the rule's reports,
``happening_neighbours`` finds what a refresh regroups, ``happening_rows`` writes a
happening's row; this module holds the entry points and the regrouping itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.happenings.grouping import Group, cluster
from dashboard.happenings.model import Report
from dashboard.store import merged
from dashboard.store.happening_neighbours import (
    JOIN,
    SPLIT,
    _corrections,
    _links_of,
    _members,
    _neighbourhood,
)
from dashboard.store.happening_reports import _IDS, _LOAD, _LOAD_BEFORE_0006, _chunks, _load
from dashboard.store.happening_rows import _happening_rows
from dashboard.store.schema import (
    article_copies,
    corrections,
    event_happenings,
    events,
    happenings,
    merged_reports,
)

if TYPE_CHECKING:
    from dashboard.store.db import Store
# the statements of the write path, built once: SQLAlchemy caches their compiled form, and
# building a statement per call cost more than running it (a profile of 30 saves)
_DELETE_LINKS = event_happenings.delete().where(event_happenings.c.event_id.in_(_IDS))
_DELETE_HAPPENINGS = happenings.delete().where(happenings.c.id.in_(_IDS))


def refresh(conn: Connection, event_ids: Sequence[str], gone: Iterable[str] = ()) -> int:
    """Recompute the happenings near ``event_ids`` (new or re-read events) and those in
    ``gone`` (happenings that lost events); returns how many happenings were rewritten."""
    gone = sorted(set(gone))
    seeds = set(event_ids) | set(_members(conn, gone))
    for chunk in _chunks(gone):  # rewritten below if any of their events remain
        conn.execute(_DELETE_HAPPENINGS, {"ids": chunk})
    if not seeds:
        return 0
    todo = _neighbourhood(conn, _load(conn, seeds))
    return _regroup(conn, todo, changed=seeds, dropped=frozenset(gone))


def rebuild(conn: Connection) -> int:
    """Regroup every event of the store (a migration, or ``bench/happenings_cost.py``)."""
    ids = [r.id for r in conn.execute(sa.select(events.c.id))]
    conn.execute(event_happenings.delete())
    conn.execute(happenings.delete())
    # migration 0005 groups a store made before 0007's ``article_copies``: none to read then
    copies = sa.inspect(conn).has_table(article_copies.name)
    # and before 0009's ``merged_reports``: that migration fills it itself
    counted = sa.inspect(conn).has_table(merged_reports.name)
    if counted:
        conn.execute(merged_reports.delete())
    flagged = any(c["name"] == "unreal" for c in sa.inspect(conn).get_columns(events.name))
    load = _LOAD if flagged else _LOAD_BEFORE_0006
    return _regroup(conn, _load(conn, ids, load), copies=copies, counted=counted)


def happenings_of_articles(conn: Connection, article_ids: Sequence[str]) -> list[str]:
    """The happenings the events of these articles are in (before they are deleted)."""
    q = (
        sa.select(event_happenings.c.happening_id)
        .join(events, events.c.id == event_happenings.c.event_id)
        .where(events.c.article_id.in_(list(article_ids)))
        .distinct()
    )
    return [r.happening_id for r in conn.execute(q)] if article_ids else []


def unlink(conn: Connection, event_ids: Sequence[str]) -> None:
    """Drop the links of events about to be deleted (SQLite does not cascade without the pragma)."""
    for chunk in _chunks(list(event_ids)):
        conn.execute(event_happenings.delete().where(event_happenings.c.event_id.in_(chunk)))
    merged.forget(conn, event_ids)


def correct(conn: Connection, kind: str, event_id: str, other: str | None = None) -> int:
    """Record a user's ``split`` of ``event_id`` out of its happening, or ``join`` of the
    happenings of ``event_id`` and ``other``; recompute both. A join undoes a split of
    either event, a split undoes the joins that name the event."""
    if kind not in (SPLIT, JOIN) or (kind == JOIN) != (other is not None):
        raise ValueError(f"a correction is split EVENT or join EVENT OTHER, got {kind!r}")
    ids = [event_id] + ([other] if other else [])
    if kind == JOIN:
        conn.execute(
            corrections.delete().where(corrections.c.kind == SPLIT, corrections.c.key.in_(ids))
        )
    else:
        conn.execute(
            corrections.delete().where(
                corrections.c.kind == JOIN,
                sa.or_(corrections.c.key == event_id, corrections.c.name == event_id),
            )
        )
    conn.execute(
        corrections.insert().values(kind=kind, key=event_id, name=other, created_at=_now())
    )
    old = [
        r.happening_id
        for r in conn.execute(
            sa.select(event_happenings.c.happening_id).where(event_happenings.c.event_id.in_(ids))
        )
    ]
    return refresh(conn, ids, old)


# ---------------------------------------------------------------- regrouping


def _regroup(
    conn: Connection,
    reports: list[Report],
    changed: set[str] | None = None,
    dropped: frozenset[str] = frozenset(),
    copies: bool = True,
    counted: bool = True,
) -> int:
    """Cluster ``reports`` (whole happenings) and rewrite the rows of the happenings that
    changed: a happening whose events are the same as before, none of them ``changed``
    (new or re-read), keeps its rows (``None``: every happening is rewritten)."""
    if not reports:
        return 0
    ids = [r.event_id for r in reports]
    alone, joined = _corrections(conn, set(ids))
    groups = cluster(reports, alone=alone, joined=joined)
    before = _links_of(conn, ids)
    if changed is not None:
        sizes: dict[str, int] = {}
        for h in before.values():
            sizes[h] = sizes.get(h, 0) + 1
        groups = [g for g in groups if not _same(g, before, sizes, changed, dropped)]
    moved = [e for g in groups for e in g.event_ids]
    old = sorted({before[e] for e in moved if e in before} | {g.id for g in groups})
    for chunk in _chunks(moved):
        conn.execute(_DELETE_LINKS, {"ids": chunk})
    for chunk in _chunks(old):
        conn.execute(_DELETE_HAPPENINGS, {"ids": chunk})
    by_id = {r.event_id: r for r in reports}
    links = [_link_row(by_id[e], g, n) for g in groups for n, e in enumerate(g.event_ids)]
    for chunk in _chunks(links):
        conn.execute(event_happenings.insert(), chunk)
    rows = _happening_rows(conn, groups, by_id, copies)
    for chunk in _chunks(rows):
        conn.execute(happenings.insert(), chunk)
    if counted:  # the map's counts (``store/merged.py``), in this transaction
        merged.rewrite(conn, old, [g.id for g in groups if len(g.event_ids) > 1])
    return len(groups)


def _same(
    g: Group,
    before: dict[str, str],
    sizes: dict[str, int],
    changed: set[str],
    dropped: frozenset[str],
) -> bool:
    """The group is a stored happening as it was: same id, same events, none rewritten."""
    if g.id in dropped or sizes.get(g.id) != len(g.event_ids):
        return False
    return all(before.get(e) == g.id and e not in changed for e in g.event_ids)


def _link_row(r: Report, g: Group, n: int) -> dict[str, Any]:
    return {
        "event_id": r.event_id,
        "happening_id": g.id,
        "root": r.root,
        "cell": r.cell,
        "date_start": r.start,
        "date_end": r.end,
        "score": g.scores[n],
        "reason": g.reasons[n],
    }


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None)


# ---------------------------------------------------------------- users' corrections


def split_event(store: Store, event_id: str) -> int:
    """A user takes ``event_id`` out of its happening, for good (``correct``)."""
    return _correct_in(store, SPLIT, event_id, None)


def join_events(store: Store, event_id: str, other: str) -> int:
    """A user puts the happenings of ``event_id`` and ``other`` together, for good."""
    return _correct_in(store, JOIN, event_id, other)


def _correct_in(store: Store, kind: str, event_id: str, other: str | None) -> int:
    from dashboard.store.engine import retry

    def attempt() -> int:
        with store.writer.begin() as conn:
            return correct(conn, kind, event_id, other)

    return retry(attempt)
