"""Issue 16 (speed68): a home report's day query (``happening_neighbours._home_days``) reads
the week's acts of force through ``ix_event_happenings_day`` (migration 0025), not every act
of force of the store, and finds the same events as a filter of every link row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from dashboard.happenings.model import Report, Spot
from dashboard.happenings.rules import family_roots
from dashboard.store import happening_neighbours as nb
from dashboard.store import migrate
from dashboard.store.db import Store
from dashboard.store.schema import event_happenings

DAY = date(2024, 3, 8)
US = Spot("cc:US", "United States", "country", 39.8, -98.6, "US", None, 3)


def home_report(day: date = DAY) -> Report:
    """ "WASHINGTON — The Pentagon said US forces struck a depot on Friday": an act of force
    placed by its dateline at the country of who did it."""
    return Report("h1", "ah", "19", day, day, 1, US, source_country="US", home=True)


def captured_day_query(store: Store, seeds: list[Report]) -> list[tuple[str, Any]]:
    """The statements ``_home_days`` sends, as the driver gets them."""
    sent: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, params))

    sa.event.listen(store.engine, "before_cursor_execute", grab)
    try:
        with store.engine.connect() as conn:
            nb._home_days(conn, seeds)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", grab)
    return sent


def test_the_day_query_reads_the_week_by_the_day_index(tmp_path: Any) -> None:
    store = Store(str(tmp_path / "store.db"))
    sent = captured_day_query(store, [home_report()])
    assert len(sent) == 1  # one query per day
    statement, params = sent[0]
    with store.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).all()
    detail = " ".join(row[-1] for row in plan)
    assert "ix_event_happenings_day" in detail
    assert "date_start>?" in detail  # the week bounds the index range, not the root alone


def test_two_home_reports_of_one_day_send_one_query_and_a_week_dated_one_none(
    tmp_path: Any,
) -> None:
    store = Store(str(tmp_path / "store.db"))
    week = replace(home_report(), event_id="h2", end=DAY + timedelta(days=6), precision=2)
    seeds = [home_report(), replace(home_report(), event_id="h3", article_id="a3"), week]
    assert len(captured_day_query(store, seeds)) == 1


def test_the_day_query_finds_every_act_of_force_of_the_week_that_reaches_the_day(
    store_url: str,
) -> None:
    store = Store(store_url)
    rows = [  # (event, root, cell, start, end): the kept ones start in the week, end on or after
        ("kyiv", "19", "UA", DAY, DAY),
        ("week", "18", "SY", DAY - timedelta(days=7), DAY),
        ("long", "20", "SD", DAY - timedelta(days=3), DAY + timedelta(days=20)),
        ("ended", "19", "UA", DAY - timedelta(days=2), DAY - timedelta(days=1)),  # near miss
        ("early", "19", "IQ", DAY - timedelta(days=8), DAY + timedelta(days=2)),  # near miss
        ("after", "19", "IQ", DAY + timedelta(days=1), DAY + timedelta(days=1)),  # near miss
        ("march", "14", "UA", DAY, DAY),  # near miss: a protest
    ]
    _insert_links(store, rows)
    with store.engine.connect() as conn:
        got = nb._home_days(conn, [home_report()])
    roots = set(family_roots("19"))
    want = {
        e
        for e, root, _, start, end in rows
        if root in roots and DAY - timedelta(days=7) <= start <= DAY and end >= DAY
    }
    assert got == want == {"kyiv", "week", "long"}


def _insert_links(store: Store, rows: list[tuple[str, str, str, date, date]]) -> None:
    """Bare link rows: the day query reads ``event_happenings`` alone."""
    from dashboard.store.schema import articles, events

    with store.writer.begin() as conn:
        conn.execute(
            articles.insert(),
            [
                {
                    "id": "a1",
                    "key": "k1",
                    "title": "t",
                    "text": "t",
                    "source": "s",
                    "published": DAY,
                    "url": "",
                    "flags": "[]",
                    "ingested_at": _now(),
                }
            ],
        )
        conn.execute(events.insert(), [_event_row(e, root, s, t) for e, root, _, s, t in rows])
        conn.execute(
            event_happenings.insert(),
            [
                {
                    "event_id": e,
                    "happening_id": f"h{e}",
                    "root": root,
                    "cell": cell,
                    "date_start": s,
                    "date_end": t,
                    "score": 1.0,
                    "reason": "first report",
                }
                for e, root, cell, s, t in rows
            ],
        )


def _event_row(eid: str, code: str, start: date, end: date) -> dict[str, Any]:
    return {
        "id": eid,
        "article_id": "a1",
        "summary": eid,
        "date_start": start,
        "date_end": end,
        "time_precision": 1,
        "date_text": "",
        "date_reason": "",
        "event_code": code,
        "event_name": "",
        "actors": "[]",
        "actor_countries": "[]",
        "reference_date": start,
        "location_id": None,
        "geo_precision": None,
        "location_reason": "",
        "location_text": "",
        "evidence": "[]",
        "flags": "[]",
        "alt_dates": "[]",
        "detail": "{}",
    }


def _now() -> Any:
    from datetime import datetime

    return datetime(2024, 3, 9, 12)


def test_a_store_at_0024_gains_the_day_index(store_url: str) -> None:
    store = Store(store_url)
    with store.writer.begin() as conn:
        conn.execute(sa.text("DROP INDEX ix_event_happenings_day"))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0024'"))
    store.engine.dispose()
    store = Store(store_url)  # upgrades through 0025
    with store.engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        have = {
            ix["name"]: ix["column_names"]
            for ix in sa.inspect(conn).get_indexes("event_happenings")
        }
    assert version == migrate.head()
    assert have["ix_event_happenings_day"] == ["root", "date_start", "date_end"]
