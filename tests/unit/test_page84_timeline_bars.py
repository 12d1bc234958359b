"""The timeline's bars (``store/timeline_bars.py``): events and happenings per day, week or
month counted in SQL equal what a walk over every matching event and its happening gives,
on both backends, over many filter states."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from dashboard.events.cameo import quad_class
from dashboard.store import queries as sq
from dashboard.store import timeline_bars as tb
from dashboard.store.db import Store
from dashboard.store.filters import _day
from dashboard.store.schema import event_happenings, events
from tests.unit.test_happening_counts import generate, states


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("tb") / "tb.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 60)
    return s


def first_day(d: date, resolution: str) -> date:
    if resolution == "day":
        return d
    if resolution == "week":
        return d - timedelta(days=d.weekday())
    return d.replace(day=1)


def walked(store: Store, q: sq.EventQuery, resolution: str) -> dict[date, tuple]:
    """Per bucket (events, distinct happenings, events per class), from every matching
    event and its happening, bucketed here in Python."""
    with store.engine.connect() as conn:
        joined = events.outerjoin(event_happenings, event_happenings.c.event_id == events.c.id)
        stmt = (
            sa.select(
                events.c.id,
                events.c.date_start,
                events.c.event_code,
                event_happenings.c.happening_id,
            )
            .select_from(joined)
            .where(*sq.conditions(q, conn.dialect.name))
        )
        found = conn.execute(stmt).all()
    n: dict[date, int] = defaultdict(int)
    seen: dict[date, set[str]] = defaultdict(set)
    per: dict[date, list[int]] = defaultdict(lambda: [0] * tb.CLASSES)
    for event_id, start, code, happening in found:
        # an event begun before the range counts in the range's first bucket
        b = first_day(max(_day(start), q.start or date.min), resolution)
        n[b] += 1
        seen[b].add(happening or f"own:{event_id}")  # not grouped: a happening of its own
        per[b][quad_class(code)] += 1
    return {b: (n[b], len(seen[b]), tuple(per[b])) for b in n}


@pytest.mark.parametrize("resolution", ["day", "week", "month"])
@pytest.mark.parametrize("q", states(12, seed=84), ids=repr)
def test_the_bars_equal_a_walk_over_every_event(
    store: Store, q: sq.EventQuery, resolution: str
) -> None:
    got = tb.bars(store, q, resolution)  # type: ignore[arg-type]
    assert [b.start for b in got] == sorted(b.start for b in got)
    assert {b.start: (b.events, b.happenings, b.per_class) for b in got} == walked(
        store, q, resolution
    )


def test_a_bar_spans_its_bucket(store: Store) -> None:
    for resolution in ("day", "week", "month"):
        for b in tb.bars(store, sq.EventQuery(), resolution):  # type: ignore[arg-type]
            assert first_day(b.end, resolution) == b.start
            assert first_day(b.end + timedelta(days=1), resolution) != b.start


def test_events_begun_before_the_range_count_in_its_first_bucket(store: Store) -> None:
    """A view whose events began before it (as the first view of ``bench/scale.py``'s
    stores, all of them) still has its bars inside it, the first saying how many began
    earlier."""
    with store.engine.connect() as conn:
        ranged = sa.select(sa.func.min(events.c.date_start)).where(
            events.c.date_end > events.c.date_start
        )
        start = _day(conn.execute(ranged).scalar_one()) + timedelta(days=1)
        q = sq.EventQuery(start=start, end=start + timedelta(days=30))
        where = [*sq.conditions(q, conn.dialect.name), events.c.date_start < start]
        begun = conn.execute(sa.select(sa.func.count()).where(*where)).scalar_one()
    for resolution, first in (("day", start), ("week", first_day(start, "week"))):
        got = tb.bars(store, q, resolution)  # type: ignore[arg-type]
        assert got[0].start == first
        assert not any(b.earlier for b in got[1:])
    day = tb.bars(store, q, "day")[0]
    assert day.events >= day.earlier == begun > 0


def test_the_bars_count_happenings_apart_from_events(store: Store) -> None:
    """Not vacuous: merged reports make some buckets' happenings fewer than their events."""
    got = tb.bars(store, sq.EventQuery(), "month")
    assert sum(b.happenings < b.events for b in got) >= 3
    assert sum(b.events for b in got) == sq.event_count(store, sq.EventQuery())


def test_another_resolution_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="resolution"):
        tb.bars(store, sq.EventQuery(), "hour")  # type: ignore[arg-type]


def test_the_last_buckets_python_can_hold() -> None:
    assert tb._last_day(date(9999, 12, 27), "week") == date.max
    assert tb._last_day(date(9999, 12, 1), "month") == date.max
    assert tb._last_day(date(2024, 2, 1), "month") == date(2024, 2, 29)
