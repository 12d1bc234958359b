"""The regroup's ``Report``s kept across refreshes, keyed by everything one is built from.

Each batch the ingest saves regroups the new events with their neighbours, and
``happening_reports._load`` builds a ``Report`` for every one of them from its rows: the
events of the batch before come back as neighbours and are built again (14,341 built for
4,120 events over a 998-article ingest, session 86), each a dozen text readings of its
summary and sentences (ship names, struck sites, tolls, facts). A ``Report`` is a function
of its event row and the few looked-up values ``_report`` reads beside it (its place and the
places it may be moved to, the places its sentences name, its article's told roots, the places
its sentences answer), all frozen values: the key holds them all, so a kept ``Report`` is the
one ``_report`` would build, and a row or a place that changed makes a new key (issue 15,
ingest speed). The reports are kept per store (its engine): an ingest's batches share them,
and a store opened anew (an upgrade that regroups under newer rules) builds its own.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Connection, Engine

from dashboard.happenings.model import Report, Spot

# reports kept at most per store; cleared when full, as the reader's per-word caches are.
# An entry holds its row's text (~1.9 KB over the bundled articles) and its report: ~30 MB
# at most, and a 998-article ingest builds 4,733
_KEPT_MAX = 8192
# per engine, dropped with it: one store's reports are never another's
_KEPT: WeakKeyDictionary[Engine, dict[Hashable, Report]] = WeakKeyDictionary()

_NONE: frozenset[str] = frozenset()


def kept_report(
    conn: Connection,
    build: Callable[..., Report],
    r: Any,
    spots: dict[str, Spot],
    inferred: dict[str, str],
    named: frozenset[str],
    abroad: str | None,
    told: dict[str, frozenset[str]],
    other: dict[str, frozenset[str]],
) -> Report:
    """``build(r, spots, inferred, named, abroad, told, other)`` (``happening_reports._report``),
    or the same ``Report`` kept from an earlier call on ``conn``'s store with equal inputs:
    ``r`` an event row (a tuple of plain values), the other arguments as ``_report`` takes
    them."""
    moved = inferred.get(r.id)
    key = (
        r._fields,
        tuple(r),
        spots.get(r.location_id) if r.location_id else None,
        abroad,
        spots.get(abroad) if abroad is not None else None,
        moved,
        spots.get(moved) if moved is not None else None,
        named,
        told.get(r.article_id, _NONE),
        other.get(r.id, _NONE),
    )
    kept = _KEPT.setdefault(conn.engine, {})
    try:
        got = kept.get(key)
    except TypeError:  # a value of no hash (a backend's JSON column read as a dict): build
        return build(r, spots, inferred, named, abroad, told, other)
    if got is None:
        got = build(r, spots, inferred, named, abroad, told, other)
        if len(kept) >= _KEPT_MAX:
            kept.clear()
        kept[key] = got
    return got
