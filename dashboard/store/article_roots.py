"""The roots an article's events were read at, for the ``alone`` rows of
``happenings.merged_as``: a condemnation of a strike is merged as the strike only when its
article does not tell the strike itself (``data/lexicon/merged_as.csv``, row 11 -> 19)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from dashboard.store.schema import events

CHUNK = 500  # ids per IN (...) list, as ``happening_reports.CHUNK``
_IDS: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
_ROOTS = sa.select(events.c.article_id, events.c.event_code).where(events.c.article_id.in_(_IDS))


def article_roots(conn: Connection, article_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each of ``article_ids`` -> the roots (``events.event_code``) of all its events, read
    from the store, not only those being regrouped: an article's own act counts though it
    sits in another block."""
    ids = sorted(set(article_ids))
    found: dict[str, set[str]] = {}
    for start in range(0, len(ids), CHUNK):
        for article_id, root in conn.execute(_ROOTS, {"ids": ids[start : start + CHUNK]}):
            found.setdefault(article_id, set()).add(root)
    return {a: frozenset(r) for a, r in found.items()}
