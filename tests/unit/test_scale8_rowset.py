"""A row set found with a query's own dates holds only their events: the queries carrying it
read its events by rowid, with no date term; a set of another range keeps the dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.filters import _where
from tests.unit.test_queries import PLACE_IDS, store  # noqa: F401  (the fixture, both backends)

DATED = sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 9, 30), text="ceasefire")


def _sql(store: Store, q: sq.EventQuery) -> str:  # noqa: F811
    with store.engine.connect() as conn:
        return " ".join(str(t.compile(conn)) for t in _where(conn, q))


def test_a_set_found_with_the_query_s_own_dates_is_read_by_rowid(
    store: Store,  # noqa: F811
) -> None:
    found = sq.rowset_of(store, DATED, "v1")
    if found is None:
        pytest.skip("PostgreSQL finds the matches per question")
    carried = replace(DATED, within=found)
    sql = _sql(store, carried)
    assert "json_each" in sql
    assert "date_start" not in sql
    assert "date_end" not in sql
    assert "+events.rowid" not in sql  # the set leads: read by rowid
    assert sq.event_ids(store, carried) == sq.event_ids(store, DATED)
    # the playback window, inside the range: its dates are tested on the set's events
    window = replace(carried, start=date(2023, 7, 1), end=date(2023, 7, 31))
    assert "date_end" in _sql(store, window)
    assert sq.event_ids(store, window) == sq.event_ids(store, replace(window, within=None))
    # the cards at a place are read from the place's index, the set tested after: the same
    for place in PLACE_IDS:
        for part in ("here", "mentioning", "all"):
            assert sq.cards(store, carried, place, 0, 7, part) == sq.cards(
                store, DATED, place, 0, 7, part
            )
