"""The cards' happenings (``happening_queries.happening_cards``) read ``merged_reports`` and
``article_copies``; they must equal what a plain reading of every matching event and its
happening gives, over many filter states, places and thresholds, on both backends."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.schema import article_copies, articles, event_happenings, events, happenings
from tests.unit.test_happening_counts import PLACES, generate, states

STATES = states(30, seed=9)
COPIED = ("a0002", "a0007", "a0011")  # articles another outlet carried word for word


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("hcards") / "hcards.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 40, seed=4)
    with s.writer.begin() as conn:
        conn.execute(
            article_copies.insert(),
            [
                {
                    "article_id": a,
                    "key": f"copy:{a}",
                    "source": "Another Outlet",
                    "url": "",
                    "ingested_at": datetime(2024, 1, 1),
                }
                for a in COPIED
            ],
        )
    return s


def expected(
    store: Store, q: sq.EventQuery, place_id: str | None, min_reports: int, carried: bool
) -> list[str]:
    """Every happening in view, newest first, read the plain way: the happenings of every
    matching event (located at ``place_id``), kept when they have ``min_reports`` reports,
    or (``carried``) a report from an article with a copy."""
    with store.engine.connect() as conn:
        where = sq.conditions(q, conn.dialect.name)
        if place_id is not None:
            where.append(events.c.location_id == place_id)
        link = events.join(event_happenings, event_happenings.c.event_id == events.c.id)
        seen = {
            h
            for (h,) in conn.execute(
                sa.select(event_happenings.c.happening_id).select_from(link).where(*where)
            )
        }
        copied = {
            h
            for (h,) in conn.execute(
                sa.select(event_happenings.c.happening_id)
                .select_from(link)
                .join(articles, articles.c.id == events.c.article_id)
                .where(events.c.article_id.in_(sa.select(article_copies.c.article_id)))
            )
        }
        heads = conn.execute(
            sa.select(
                happenings.c.id, happenings.c.date_start, happenings.c.sources, happenings.c.reports
            )
        ).all()
    kept = [
        h
        for h in heads
        if h.id in seen and (h.reports >= min_reports or (carried and h.id in copied))
    ]
    kept.sort(key=lambda h: h.id)
    kept.sort(key=lambda h: (h.date_start, h.sources), reverse=True)
    return [h.id for h in kept]


@pytest.mark.parametrize("q", STATES, ids=repr)
def test_the_cards_happenings_equal_a_plain_reading_of_the_events(
    store: Store, q: sq.EventQuery
) -> None:
    for place_id in (None, *PLACES[:4]):
        for min_reports, carried in ((2, True), (2, False), (3, False), (1, False), (1, True)):
            want = expected(store, q, place_id, min_reports, carried)
            total, cards = hq.happening_cards(store, q, place_id, 5, min_reports, carried)
            assert (total, [c.id for c in cards]) == (len(want), want[:5]), (
                place_id,
                min_reports,
                carried,
            )


def test_the_store_has_carried_single_reports_and_merged_happenings(store: Store) -> None:
    """Not vacuous: ``carried`` adds happenings of one report, and a threshold of three drops some."""
    q = sq.EventQuery()
    merged, _ = hq.happening_cards(store, q, None, 5, 2, carried=False)
    with_copies, _ = hq.happening_cards(store, q, None, 5, 2, carried=True)
    three, _ = hq.happening_cards(store, q, None, 5, 3)
    assert 0 < three < merged < with_copies
    assert (
        sum(1 for q in STATES if hq.happening_cards(store, q, None, 5, 2, True)[0])
        >= len(STATES) // 2
    )


@pytest.mark.parametrize("q", STATES[:12], ids=repr)
def test_the_count_from_the_view_s_event_count_is_the_count(store: Store, q: sq.EventQuery) -> None:
    """The map passes the event count it has already read; the answer must not change."""
    assert hq.happening_count(store, q, sq.event_count(store, q)) == hq.happening_count(store, q)


@pytest.mark.parametrize("q", STATES, ids=repr)
def test_the_cards_read_window_by_window_equal_a_plain_reading(
    store: Store, q: sq.EventQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy view without a text (``min_reports`` 1, more than ``FEW`` events) is paged
    through windows of days back from the range's end (``_newest``): with ``FEW`` at 0
    every view here is read that way, at each page size, and must give the plain reading."""
    monkeypatch.setattr(hq, "FEW", 0)
    for place_id in (None, *PLACES[:4]):
        want = expected(store, q, place_id, 1, False)
        for limit in (1, 3, 5):
            total, cards = hq.happening_cards(store, q, place_id, limit, 1)
            assert (total, [c.id for c in cards]) == (len(want), want[:limit]), (place_id, limit)


@pytest.mark.parametrize("place_id", [None, PLACES[0]])
def test_a_busy_view_s_page_comes_from_a_window(
    store: Store, place_id: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not vacuous: the first page of the whole store is found in a window of days, without
    reading the whole view (``since`` None); at a place (few reports here) a window is
    tried first."""
    windows: list[object] = []
    real = hq._single_ids
    monkeypatch.setattr(hq, "FEW", 0)
    monkeypatch.setattr(hq, "_single_ids", lambda *a: windows.append(a[3]) or real(*a))
    want = expected(store, sq.EventQuery(), place_id, 1, False)
    total, cards = hq.happening_cards(store, sq.EventQuery(), place_id, 2, 1)
    assert (total, [c.id for c in cards]) == (len(want), want[:2])
    assert windows
    assert windows[0] is not None
    if place_id is None:
        assert None not in windows


def test_a_happening_of_one_report_starts_on_its_report_s_day(store: Store) -> None:
    """What the windows rely on (``_newest``): a happening of one report has that report's
    dates; a merged one may start on another report's day, and is read from
    ``merged_reports``."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(happenings.c.date_start, events.c.date_start)
            .join(event_happenings, event_happenings.c.happening_id == happenings.c.id)
            .join(events, events.c.id == event_happenings.c.event_id)
            .where(happenings.c.reports == 1)
        ).all()
    assert rows
    assert all(a == b for a, b in rows)
