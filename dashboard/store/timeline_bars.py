"""The timeline's bars: events and happenings per day, week or month, counted in SQL.

A view of more events than a reader can tell apart as marks is drawn as one bar per bucket
(``ui/timeline.py``). The store counts them at the resolution drawn: the events per start
day, week (from its Monday) or month (from its first) and event code
(``queries.timeline``, the same SQL on both backends but for the bucket's date function),
and the happenings as ``happening_queries.happening_count`` counts them, per bucket: the
bucket's events less, per merged happening, its matching reports in the bucket beyond the
first (``merged_reports``, a small table kept on write). A happening whose reports start in
two buckets counts in both, as one reported at two places counts at both on the map.

An event in view that began before the range (a month's or a year's range, or a report of
an older story) counts in the range's first bucket: counted at its start, it would sit left
of the chart, which clips it, and a view of such events would show no bar at all (the first
view of ``bench/scale.py``'s stores: 392 events that all began before its 30 days).

>>> from dashboard.store.db import Store
>>> bars(Store(":memory:"), queries.EventQuery(), "week")
()
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa

from dashboard.events.cameo import quad_class
from dashboard.store import happening_queries as hq
from dashboard.store import queries
from dashboard.store.db import Store
from dashboard.store.filters import _day
from dashboard.store.schema import merged_reports

CLASSES = 5  # ``cameo.quad_class``: 0 disaster or accident, 1-4 the CAMEO quad classes


@dataclass(frozen=True, slots=True)
class Bar:
    """One bucket of the timeline: its first and last day, its matching events, those
    events per event class (``per_class[k]``: ``cameo.quad_class`` k), the happenings
    they report, and how many of the events began in an earlier bucket (the range's first
    bucket only)."""

    start: date
    end: date
    events: int
    happenings: int
    per_class: tuple[int, ...]
    earlier: int = 0


def bars(store: Store, q: queries.EventQuery, resolution: queries.Resolution) -> tuple[Bar, ...]:
    """The buckets of ``resolution`` holding an event that matches ``q``, oldest first.
    Raises ``ValueError`` for another resolution (as ``queries.timeline``)."""
    per_code = queries.timeline(store, q, resolution)
    if per_code.empty:
        return ()
    first = None if q.start is None else first_day(q.start, resolution)
    per_class: dict[date, list[int]] = {}
    earlier = 0
    classes = {c: quad_class(c) for c in per_code["event_code"].unique()}
    for day, code, n in zip(
        per_code["bucket"], per_code["event_code"], per_code["events"], strict=True
    ):
        bucket = _day(day)
        if first is not None and bucket < first:
            bucket, earlier = first, earlier + int(n)
        per_class.setdefault(bucket, [0] * CLASSES)[classes[code]] += int(n)
    repeats = _repeats(store, q, resolution)
    return tuple(
        Bar(
            day,
            _last_day(day, resolution),
            sum(n),
            sum(n) - repeats.get(day, 0),
            tuple(n),
            earlier if day == first else 0,
        )
        for day, n in sorted(per_class.items())
    )


def _repeats(
    store: Store, q: queries.EventQuery, resolution: queries.Resolution
) -> dict[date, int]:
    """Per bucket, the matching reports of merged happenings beyond each one's first there
    (a report that began before the range in the range's first bucket, as ``bars``)."""
    start: sa.ColumnElement = merged_reports.c.date_start
    if q.start is not None:
        start = sa.case((start < q.start, sa.literal(q.start, sa.Date)), else_=start)
    with store.engine.connect() as conn:
        bucket = queries._bucket(resolution, conn.dialect.name, start)
        keyed = bucket.label("bucket")
        per = hq._repeats(conn, q, keyed, merged_reports.c.happening_id).subquery("per")
        stmt = sa.select(per.c.bucket, sa.func.sum(per.c.n - 1)).group_by(per.c.bucket)
        return {_day(b): int(n) for b, n in conn.execute(stmt)}


def first_day(day: date, resolution: queries.Resolution) -> date:
    """The first day of the bucket holding ``day``: itself, its week's Monday, its month's
    first (as ``queries.timeline`` buckets in SQL)."""
    if resolution == "day":
        return day
    if resolution == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _last_day(first: date, resolution: queries.Resolution) -> date:
    """The bucket's last day; ``date.max`` bounds the last bucket Python can hold."""
    if resolution == "day":
        return first
    if resolution == "week":
        return first + timedelta(days=6) if first <= date.max - timedelta(days=6) else date.max
    if first.month == 12:
        return first.replace(day=31)
    return first.replace(month=first.month + 1) - timedelta(days=1)
