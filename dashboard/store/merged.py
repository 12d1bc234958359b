"""``merged_reports``: the aggregate the map's happening counts read, kept on write.

A happening is counted at a place when one of its reports matching the view is located
there (``happening_queries``). Counting distinct happenings over every matching event is a
join of a million rows at 1M events (2-4 s on SQLite). Most happenings have one report, and
a happening of one report counts as its event does, so the counts need only the reports of
happenings of two or more:

    happenings at a place = events there - sum over its happenings of (their reports there - 1)

with both terms under the same filter. This table holds those reports, one row per event,
with the columns the filters read (dates, type, location, precision, unreal), copied from
``events`` when their happening is written: 18% of the events of a 1M store grouped by
(type, place, day), and a few percent of a real one.

It is kept by ``store/happenings.py`` in the regrouping's own transaction: every happening
that regrouping deletes or rewrites loses its rows here, and every happening it writes with
two or more reports gets them again (``rewrite``); an event deleted with its article loses
its row (``forget``). Migration 0009 fills it from ``event_happenings``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.schema import event_happenings, events, merged_reports

CHUNK = 500  # ids per IN (...) list, as ``store/happenings.py``
_IDS: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
_COLUMNS = [
    "event_id",
    "happening_id",
    "location_id",
    "date_start",
    "date_end",
    "event_code",
    "geo_precision",
    "unreal",
]
_DELETE = merged_reports.delete().where(merged_reports.c.happening_id.in_(_IDS))
_FORGET = merged_reports.delete().where(merged_reports.c.event_id.in_(_IDS))


def source(happening_ids: sa.ColumnElement[bool] | None = None) -> sa.Select:
    """The rows of ``merged_reports`` from ``events`` and ``event_happenings`` (in
    ``_COLUMNS`` order): of the happenings ``happening_ids`` selects, or of every happening
    with two or more reports (the migration's backfill)."""
    link = event_happenings.c
    if happening_ids is None:
        happening_ids = link.happening_id.in_(
            sa.select(link.happening_id).group_by(link.happening_id).having(sa.func.count() > 1)
        )
    return (
        sa.select(
            events.c.id,
            link.happening_id,
            events.c.location_id,
            events.c.date_start,
            events.c.date_end,
            events.c.event_code,
            events.c.geo_precision,
            events.c.unreal,
        )
        .join(event_happenings, link.event_id == events.c.id)
        .where(happening_ids)
    )


def rewrite(conn: Connection, dropped: Iterable[str], merged: Iterable[str]) -> None:
    """After a regrouping: the happenings ``dropped`` (deleted or rewritten) lose their
    rows; those just written with two or more reports, ``merged``, get theirs from
    ``events`` (their links are written first)."""
    for chunk in _chunks(sorted(set(dropped))):
        conn.execute(_DELETE, {"ids": chunk})
    for chunk in _chunks(sorted(set(merged))):
        stmt = source(event_happenings.c.happening_id.in_(chunk))
        conn.execute(merged_reports.insert().from_select(_COLUMNS, stmt))


def forget(conn: Connection, event_ids: Sequence[str]) -> None:
    """Drop the rows of events about to be deleted (SQLite cascades only with the pragma)."""
    for chunk in _chunks(list(event_ids)):
        conn.execute(_FORGET, {"ids": chunk})


def fill(conn: Connection) -> None:
    """Every row again, from the stored happenings (migration 0009, ``happenings.rebuild``)."""
    conn.execute(merged_reports.delete())
    conn.execute(merged_reports.insert().from_select(_COLUMNS, source()))


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
