"""Queries carrying their filters' matches found once (``store.filters.RowSet``): the same
answers as without, on the cases of ``test_queries``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.filters import _where
from tests.unit.test_queries import CASES, store  # noqa: F401  (the fixture, both backends)


@pytest.mark.parametrize("q", [c for c in CASES if c.text or c.actors], ids=repr)
def test_a_query_carrying_its_matches_found_once_answers_the_same(
    store: Store,  # noqa: F811  (test_queries' fixture)
    q: sq.EventQuery,
) -> None:
    """``within`` (the filters' matches found once per filter state, ``filters.RowSet``):
    the counts, places, cards, timeline and happenings are those of the query without it,
    with its flags hidden or not, and over a narrower window (playback)."""
    from dashboard.store import happening_queries as hq

    found = sq.rowset_of(store, q, "v1")
    if store.engine.dialect.name != "sqlite":
        assert found is None
        return
    assert found is not None
    with store.engine.connect() as conn:
        sql = " ".join(str(t.compile(conn)) for t in _where(conn, replace(q, within=found)))
    assert "json_each" in sql
    assert "events_fts" not in sql
    # a window inside the query's range: the set holds every event of it
    start, end = (
        max(q.start or date.min, date(2023, 6, 5)),
        min(q.end or date.max, date(2023, 8, 15)),
    )
    narrower = replace(q, start=start, end=end)
    for plain in (q, replace(q, hide_unreal=True), narrower):
        carried = replace(plain, within=found)
        assert sq.event_ids(store, carried) == sq.event_ids(store, plain)
        assert sq.event_counts(store, carried) == sq.event_counts(store, plain)
        pd.testing.assert_frame_equal(
            sq.place_counts(store, carried), sq.place_counts(store, plain)
        )
        pd.testing.assert_frame_equal(
            hq.place_counts(store, carried), hq.place_counts(store, plain)
        )
        assert hq.happening_count(store, carried) == hq.happening_count(store, plain)
        assert sq.cards(store, carried, None, 0, 7) == sq.cards(store, plain, None, 0, 7)
        assert hq.happening_cards(store, carried, None, 5) == hq.happening_cards(
            store, plain, None, 5
        )
        pd.testing.assert_frame_equal(
            sq.timeline(store, carried, "week"), sq.timeline(store, plain, "week")
        )


def test_a_carried_set_of_other_filters_is_not_used(
    store: Store,  # noqa: F811
) -> None:
    q = sq.EventQuery(text="ceasefire")
    found = sq.rowset_of(store, q, "v1")
    if found is None:
        pytest.skip("PostgreSQL finds the matches per question")
    other = replace(q, text="march", within=found)
    assert sq.event_ids(store, other) == sq.event_ids(store, replace(other, within=None))
