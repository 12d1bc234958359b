"""AppTest: a rerun of a view drawn in cells (the same filters, the same part of the map)
groups its places once, as its layer is built once (``ui/data.cells_in``)."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from dashboard.ui import grid
from tests.ui.test_cells import FakeMap, _run, store_path  # noqa: F401  (the store fixture)


def test_a_second_run_of_a_cells_view_groups_nothing_and_draws_the_same_cells(
    store_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(grid, "MAX_PLACES", 2)  # a threshold no other test uses: no cached cells
    fake = FakeMap()
    with mock.patch.object(grid, "cells_of", wraps=grid.cells_of) as grouped:
        at = _run(store_path, monkeypatch, fake)
        first = fake.drawn()
        assert first["cells"], "the view is drawn in cells"
        n_first = grouped.call_count
        assert n_first >= 1
        _run(store_path, monkeypatch, fake, at)
        assert grouped.call_count == n_first
    assert fake.drawn() == first
