"""The cards at a place read its links as cheaply as the answer allows (issue 15): the events
located there from their own column, those only mentioning it from the place's "mentioned"
links and the articles naming it (migration 0019), on both backends, with the same answers
as the pandas views."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from dashboard.store import card_queries
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.views import events_split
from tests.unit.test_queries import CASES, _all_pages, _pandas, generate


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """``test_queries``' generated store, on each backend."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("links") / "links.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 40)
    return s


LINK_CASES = [CASES[0], CASES[1], CASES[7], CASES[13], CASES[16], CASES[18]]


def _named_places(store: Store, q: sq.EventQuery) -> list[str]:
    """Every place an event in view happened at or names, and every place an article names."""
    frames, _ = _pandas(store, q)
    return sorted(set(frames.links["place_id"]) | set(frames.mentions["place_id"].dropna()))


@pytest.mark.parametrize("many", [0, card_queries.MANY_LINKS], ids=["by-date", "by-links"])
@pytest.mark.parametrize("q", LINK_CASES, ids=repr)
def test_the_cards_of_each_part_are_the_pandas_views_either_way_the_links_are_read(
    store: Store, q: sq.EventQuery, many: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # many=0: every place counts as named by many events (the subquery, and on SQLite the
    # date hint in a short range); otherwise the ids are read first
    monkeypatch.setattr(card_queries, "MANY_LINKS", many)
    frames, ev = _pandas(store, q)
    for pid in _named_places(store, q):
        here, mentioning = events_split(frames, ev, pid)
        assert _all_pages(store, q, pid, "here") == here["id"].tolist(), pid
        assert _all_pages(store, q, pid, "mentioning") == mentioning["id"].tolist(), pid
        both = here["id"].tolist() + mentioning["id"].tolist()
        assert _all_pages(store, q, pid, "all") == both, pid
        assert sq.cards(store, q, pid, part="all").total == len(both), pid


def test_some_place_is_only_mentioned_so_the_mentioning_part_is_compared(store: Store) -> None:
    frames, ev = _pandas(store, sq.EventQuery())
    assert any(not events_split(frames, ev, p)[1].empty for p in _named_places(store, CASES[0]))


@contextmanager
def _statements(store: Store) -> Iterator[list[str]]:
    seen: list[str] = []

    def keep(conn, cursor, statement, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", keep)


@pytest.mark.parametrize("q", [CASES[0], CASES[7]], ids=repr)
def test_the_events_located_at_a_place_are_read_without_its_links(
    store: Store, q: sq.EventQuery
) -> None:
    """Testing each event against every link of the place read all 87k links of the busiest
    place of a 1M-event store for each page of its cards."""
    place = sq.place_counts(store, q)["id"].iloc[0]
    with _statements(store) as seen:
        page = sq.cards(store, q, place, part="here")
    assert page.total > 0
    assert not [s for s in seen if "event_places" in s]


def test_on_sqlite_a_place_named_by_few_events_is_read_by_their_ids(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a subquery, SQLite read a text search's matches first and tested each for the link
    (a year of "strike" at the busiest place of 1M events: 1.1-2.7 s); the ids, read first,
    are what the page is read by."""
    if store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL keeps statistics: the links stay a subquery")
    q = CASES[7]  # a text
    place = next(
        p for p in _named_places(store, q) if sq.cards(store, q, p, part="mentioning").total
    )
    with _statements(store) as seen:
        sq.cards(store, q, place, part="mentioning")
    counted = [s for s in seen if "count(*)" in s and "FROM events" in s]
    assert counted
    assert not [s for s in counted if "event_places" in s or "mentions" in s]
    monkeypatch.setattr(card_queries, "MANY_LINKS", 0)
    with _statements(store) as seen:
        sq.cards(store, q, place, part="mentioning")
    assert [s for s in seen if "count(*)" in s and "event_places" in s]


def test_the_links_of_a_place_have_indexes_led_by_the_place(store: Store) -> None:
    inspector = sa.inspect(store.engine)
    indexes = {
        ix["name"]: ix["column_names"]
        for table in ("mentions", "event_places")
        for ix in inspector.get_indexes(table)
    }
    assert indexes["ix_mentions_place"] == ["place_id", "article_id"]
    assert indexes["ix_event_places_role"] == ["place_id", "role", "event_id"]
