"""A GeoJSON export reads its events without joining their places and finds each place in
``Store.place_points``, read once: the same bytes as the joined read, on both backends, and
the joined read again for a store of more places than an export keeps."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dashboard import export_parts
from dashboard.export import UNPLACED_KEYS, placed, to_text
from dashboard.export_cells import ROW_KEYS
from dashboard.export_parts import export_to_file, export_to_stream
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import SEED


@pytest.fixture
def store(store_url: str, geoparser: Geoparser) -> Store:
    s = Store(store_url)
    Pipeline(s, geoparser).ingest([SEED])
    return s


def test_placed_rows_are_the_joined_rows(store: Store) -> None:
    joined = [tuple(r) for b in store.stream_event_batches(ROW_KEYS["geojson"], batch=7) for r in b]
    points = store.place_points(10_000)
    assert points is not None
    unjoined = store.stream_event_batches(UNPLACED_KEYS, batch=7)
    assert [r for b in placed(unjoined, points, _never) for r in b] == joined
    # a place an ingest adds after the points were read is asked of the store
    unjoined = store.stream_event_batches(UNPLACED_KEYS, batch=7)
    assert [r for b in placed(unjoined, {}, store.place_point) for r in b] == joined


def _never(place_id: str) -> tuple[None, None, None]:
    raise AssertionError(f"{place_id} was in the points")


def test_place_points_refuses_more_places_than_the_limit(store: Store) -> None:
    points = store.place_points(10_000)
    assert points
    assert store.place_points(len(points)) == points
    assert store.place_points(len(points) - 1) is None


def test_a_place_missing_from_the_points_is_asked_once_and_no_place_is_not_asked(
    store: Store,
) -> None:
    asked: list[str] = []

    def missing(place_id: str) -> tuple[object, object, object]:
        asked.append(place_id)
        return store.place_point(place_id)

    rows = [
        [
            ("e1", "{}", 1, "d", None, "nowhere"),
            ("e2", "{}", None, "d", "h1", None),
            ("e3", "{}", 2, "d", None, "nowhere"),
        ]
    ]
    got = list(placed(rows, {"p0": ("Lima", -12.05, -77.04)}, missing))
    assert got == [
        [
            ("e1", "{}", None, 1, "d", None, None, None, "nowhere"),
            ("e2", "{}", None, None, "d", None, None, "h1", None),
            ("e3", "{}", None, 2, "d", None, None, None, "nowhere"),
        ]
    ]
    assert asked == ["nowhere"]


@pytest.mark.parametrize("kept", [0, export_parts.TEXTS_KEPT])
def test_both_reads_give_the_plain_geojson(
    store: Store, kept: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_parts, "TEXTS_KEPT", kept)  # 0: too many places, joined
    plain = to_text(store.event_rows(), "geojson")
    buf = io.StringIO()
    export_to_stream(store, "geojson", buf)
    assert buf.getvalue() == plain
    out = tmp_path / "e.geojson"
    export_to_file(store, "geojson", out, jobs=2, min_split=1)
    assert out.read_text(encoding="utf-8") == plain
