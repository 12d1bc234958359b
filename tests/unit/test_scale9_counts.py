"""A view carrying the row set found with its own dates and filters is counted from the set
(``filters.counted``): the counts on the path to the map's heading read no event again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from dashboard.store import queries as sq
from dashboard.store.db import Store
from tests.unit.test_queries import store  # noqa: F401  (the fixture, both backends)

DATED = sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 9, 30), text="ceasefire")


def _statements(store: Store) -> list[str]:  # noqa: F811
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    return seen


@pytest.mark.parametrize("q", [DATED, replace(DATED, start=None, end=None)], ids=repr)
def test_a_view_carrying_its_own_set_is_counted_from_it(
    store: Store,  # noqa: F811
    q: sq.EventQuery,
) -> None:
    found = sq.rowset_of(store, q, "v1")
    if found is None:
        pytest.skip("PostgreSQL finds the matches per question")
    want = sq.event_counts(store, q)
    shown = sq.event_count(store, replace(q, hide_unreal=True))
    assert want[0] > 0
    assert (found.size, found.unreal) == want
    carried = replace(q, within=found)
    asked = _statements(store)
    assert sq.event_counts(store, carried) == want
    assert sq.event_counts(store, replace(carried, hide_unreal=True)) == want
    assert sq.event_count(store, replace(carried, hide_unreal=True)) == shown
    assert sq.event_count(store, carried) == want[0]
    assert asked == []  # no statement: the set's own counts
    # a window inside it (playback) is another range: its events are counted by the store
    window = replace(q, start=date(2023, 7, 1), end=date(2023, 7, 31))
    assert sq.event_counts(store, replace(window, within=found)) == sq.event_counts(store, window)
    assert asked
