"""The counts per place (``queries.place_counts``, the map's markers) equal a straightforward
count over every event, on both backends, whichever way the store reads them: by date for
a short range, in place order (``ix_events_place_dates``, 0023) for a long one, from the
place index for every date; and on SQLite a long range is read in place order, without a
sort of its events."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from dashboard.store import filters
from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.schema import events
from tests.unit.test_happening_counts import DAY0, ROOTS, generate, states


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("pc") / "pc.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 60, seed=23)
    return s


def straightforward(store: Store, q: sq.EventQuery) -> dict[str, tuple[int, str]]:
    """Per place: (events located there matching ``q``, the most frequent type there, ties
    to the highest code), counted here from the events ``conditions`` selects, no index
    hint, no plan of the store's."""
    with store.engine.connect() as conn:
        stmt = sa.select(events.c.location_id, events.c.event_code).where(
            events.c.location_id.is_not(None), *sq.conditions(q, conn.dialect.name)
        )
        per: dict[str, Counter[str]] = {}
        for pid, code in conn.execute(stmt):
            per.setdefault(pid, Counter())[code] += 1
    out = {}
    for pid, codes in per.items():
        top = max(codes.values())
        out[pid] = (sum(codes.values()), max(c for c, n in codes.items() if n == top))
    return out


def long_ranges() -> list[sq.EventQuery]:
    """Ranges over most of the generated span (400 days from ``DAY0``), with each filter
    the place index holds: the states read in place order on SQLite."""
    end = DAY0 + timedelta(days=410)
    return [
        sq.EventQuery(start=DAY0, end=end - timedelta(days=100)),
        sq.EventQuery(start=DAY0 + timedelta(days=120), end=end),
        sq.EventQuery(start=DAY0 + timedelta(days=50)),
        sq.EventQuery(end=DAY0 + timedelta(days=300), hide_unreal=True),
        sq.EventQuery(start=DAY0 + timedelta(days=30), end=end, types=(ROOTS[0], ROOTS[2])),
        sq.EventQuery(start=DAY0 + timedelta(days=90), end=end, geo_precision=(3,)),
        sq.EventQuery(start=date(2023, 2, 1), end=date(2023, 12, 31), hide_unreal=True),
    ]


CASES = long_ranges() + states(20, seed=9)


@pytest.mark.parametrize("q", CASES, ids=repr)
def test_the_counts_per_place_equal_a_count_over_every_event(
    store: Store, q: sq.EventQuery
) -> None:
    want = straightforward(store, q)
    frame = sq.place_counts(store, q)
    got = dict(
        zip(
            frame["id"],
            zip(frame["n_events"].astype(int), frame["top_code"], strict=True),
            strict=True,
        )
    )
    assert got == want
    marked = hq.place_counts(store, q)
    assert list(marked["id"]) == list(frame["id"])


def test_the_generated_store_has_ties_and_several_types_per_place(store: Store) -> None:
    """Not vacuous: places of several types, and a place where two types tie at the top."""
    per = {}
    with store.engine.connect() as conn:
        stmt = sa.select(events.c.location_id, events.c.event_code).where(
            events.c.location_id.is_not(None)
        )
        for pid, code in conn.execute(stmt):
            per.setdefault(pid, Counter())[code] += 1
    assert sum(len(c) > 1 for c in per.values()) >= 3
    q = sq.EventQuery(start=DAY0 + timedelta(days=200), end=DAY0 + timedelta(days=230))
    tied = [c for c in straightforward(store, q).values() if c[0] > 1 and c[1] != min(ROOTS)]
    assert tied


def test_a_long_range_is_grouped_in_place_order_without_a_sort(tmp_path) -> None:
    """SQLite: a range over most of the span reads ``ix_events_place_dates`` in (place,
    type) order and sorts nothing before the grouping by type; a short range still reads
    its events by date."""
    s = Store(str(tmp_path / "plan.db"))
    generate(s, 30, seed=3)
    with s.engine.connect() as conn:
        lo, hi = filters._span(conn)
        first, last = filters._day(lo), filters._day(hi)
        long = sq.EventQuery(start=first + timedelta(days=20), end=last)
        short = sq.EventQuery(start=last - timedelta(days=5), end=last)
        assert filters._in_place_order(conn, long, lo, hi)
        assert not filters._in_place_order(conn, short, lo, hi)
        for q, index in ((long, "ix_events_place_dates"), (short, "ix_events_end_cover")):
            ev = filters.located(conn, q, events.c.location_id, events.c.event_code)
            grouped = sa.select(ev.c.location_id, ev.c.event_code, sa.func.count()).group_by(
                ev.c.location_id, ev.c.event_code
            )
            sql = str(grouped.compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert index in plan, plan
            assert ("TEMP B-TREE FOR GROUP BY" in plan) == (q is short), plan
