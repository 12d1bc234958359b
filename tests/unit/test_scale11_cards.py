"""A page of a view's cards (no place) when the view carries the row set found with its own
dates and filters (SQLite): picked from the set's own rows, in the cards' order (latest
start, then latest end, then id), and only the page's events read, never the set's again.
Every page equals the store's own ordering, on both backends."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from dashboard.store import queries as sq
from dashboard.store.db import Store
from tests.unit.test_queries import store  # noqa: F401  (the fixture, both backends)

DATED = sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 12, 31), text="strike")
VIEWS = [
    DATED,
    replace(DATED, hide_unreal=True),
    replace(DATED, text="", actors=("Police", "Red Cross")),
    replace(DATED, types=("01", "03", "14"), hide_unreal=True),
]
PAGES = [(0, 2), (1, 2), (2, 3), (0, 60), (500, 5)]  # (offset, limit)


def _statements(store: Store) -> list[str]:  # noqa: F811
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    return seen


@pytest.mark.parametrize("q", VIEWS, ids=repr)
def test_a_views_cards_come_from_its_own_set_in_the_cards_order(
    store: Store,  # noqa: F811
    q: sq.EventQuery,
) -> None:
    found = sq.rowset_of(store, q, "v1")
    carried = q if found is None else replace(q, within=found)
    n = sq.event_count(store, q)
    assert n > 2  # several cards: their order is tested
    for offset, limit in PAGES:
        want = sq.cards(store, q, None, offset, limit)
        for total in (None, n):
            got = sq.cards(store, carried, None, offset, limit, total=total)
            assert got == want, (offset, limit, total)
    if found is None:
        return  # PostgreSQL finds the matches per question: nothing is carried
    want_ids = [c.id for c in sq.cards(store, q, None, 0, 3).cards]
    asked = _statements(store)
    page = sq.cards(store, carried, None, 0, 3, total=n)
    assert [c.id for c in page.cards] == want_ids
    # one read, of the page's events by id: the set's events are not looked up again
    reads = [s for s in asked if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 1, reads
    assert not [s for s in reads if re.search(r"json_each|\browid\b", s)], reads
