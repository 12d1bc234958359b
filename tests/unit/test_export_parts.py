"""An export written in parts by forked processes is the export one process writes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from dashboard.export import to_text
from dashboard.export_cells import FORMATS
from dashboard.export_parts import export_to_file, export_to_stream
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import SEED

# the seed's events run from 1950 to 2024: a range that leaves some parts empty
RANGES = [(None, None), (date(2024, 11, 1), None), (None, date(1960, 1, 1))]


@pytest.fixture
def store(store_url: str, geoparser: Geoparser) -> Store:
    s = Store(store_url)
    Pipeline(s, geoparser).ingest([SEED])
    return s


@pytest.mark.parametrize("fmt", FORMATS)
def test_parts_in_any_number_give_the_plain_export(store: Store, fmt: str, tmp_path: Path) -> None:
    outs = tmp_path / "outs"
    outs.mkdir()
    for start, end in RANGES:
        n = len(store.event_rows(start, end))
        plain = to_text(store.event_rows(start, end), fmt)
        buf = io.StringIO()
        assert export_to_stream(store, fmt, buf, date_from=start, date_to=end) == n
        assert buf.getvalue() == plain, (fmt, start, end)
        for jobs in (1, 2, 3, 50):
            out = outs / f"{jobs}.{fmt}"
            got = export_to_file(
                store, fmt, out, date_from=start, date_to=end, jobs=jobs, min_split=1
            )
            assert (got, out.read_text(encoding="utf-8")) == (n, plain), (fmt, jobs, start, end)
    # no part left behind
    assert sorted(p.name for p in outs.iterdir()) == sorted(f"{j}.{fmt}" for j in (1, 2, 3, 50))


def test_splits_cut_the_events_in_runs_of_about_equal_size(store: Store) -> None:
    ids = sorted(r["id"] for r in store.event_rows())
    splits = store.event_id_splits(3)
    assert len(splits) == 2
    runs = [
        [i for i in ids if i <= splits[0]],
        [i for i in ids if splits[0] < i <= splits[1]],
        [i for i in ids if i > splits[1]],
    ]
    assert max(map(len, runs)) - min(map(len, runs)) <= 1
    assert store.event_id_splits(3, min_rows=len(ids) + 1) == []
