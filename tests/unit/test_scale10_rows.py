"""A view carrying the row set found with its own dates and filters (SQLite) is counted per
place, per day and per happening from the set's own read (``filters.rows``): no question of
the view looks up its events again, and every answer equals the store's own grouping."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
import sqlalchemy as sa

from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq
from dashboard.store.db import Store
from tests.unit.test_queries import store  # noqa: F401  (the fixture, both backends)

DATED = sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 12, 31), text="strike")
VIEWS = [
    DATED,
    replace(DATED, hide_unreal=True),
    replace(DATED, text="", actors=("Police", "Red Cross")),
    replace(DATED, types=("01", "03", "14"), hide_unreal=True),
    replace(DATED, start=None, end=None),
]


def _statements(store: Store) -> list[str]:  # noqa: F811
    seen: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    return seen


def _answers(store: Store, q: sq.EventQuery) -> dict[str, object]:  # noqa: F811
    return {
        "places": sq.place_counts(store, q),
        "happening places": hq.place_counts(store, q),
        "happenings": hq.happening_count(store, q),
        **{f"timeline {r}": sq.timeline(store, q, r) for r in sq.RESOLUTIONS},
    }


def _same(got: dict[str, object], want: dict[str, object]) -> None:
    for name, value in want.items():
        if isinstance(value, pd.DataFrame):
            pd.testing.assert_frame_equal(got[name], value, obj=name)
        else:
            assert got[name] == value, name


@pytest.mark.parametrize("q", VIEWS, ids=repr)
def test_a_view_carrying_its_own_set_is_grouped_from_its_rows(
    store: Store,  # noqa: F811
    q: sq.EventQuery,
) -> None:
    found = sq.rowset_of(store, q, "v1")
    if found is None:
        pytest.skip("PostgreSQL finds the matches per question")
    want = _answers(store, q)
    assert len(want["places"]) > 1  # type: ignore[arg-type]
    carried = replace(q, within=found)
    asked = _statements(store)
    _same(_answers(store, carried), want)
    # the timeline asks nothing; the places' rows and the merged reports are read, never
    # an event
    assert asked
    assert not [s for s in asked if re.search(r"\bevents\b", s)], asked
    # the playback window carries the view's set, found over a wider range: its rows are
    # not the window's, so the store groups the window, with the same answers
    if q.start is not None:
        window = replace(q, start=date(2023, 8, 1), end=date(2023, 9, 30))
        _same(_answers(store, replace(window, within=found)), _answers(store, window))
    # an empty view: grouped by the store, as without the set
    nothing = replace(q, text="no such words anywhere", actors=())
    none_found = sq.rowset_of(store, nothing, "v1")
    assert none_found is not None
    assert none_found.size == 0
    _same(_answers(store, replace(nothing, within=none_found)), _answers(store, nothing))
