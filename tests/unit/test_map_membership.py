"""Pure helpers of the map's reruns: a place's membership in a layer (``ui.map.has_place``)
and the choice between places and cells for a part of the map (``ui.grid.cells_or_none``)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.ui import grid
from dashboard.ui.map import has_place

WORLD = (-90.0, -180.0, 90.0, 180.0)


def _places(ids: list[str], arrow: bool) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "id": ids,
            "lat": [35.3 + i for i in range(len(ids))],
            "lon": [139.7 - i for i in range(len(ids))],
            "n_events": [1 + i for i in range(len(ids))],
        }
    )
    if arrow:  # the store's frames hold Arrow strings
        frame["id"] = frame["id"].astype("string[pyarrow]")
    return frame


@pytest.mark.parametrize("arrow", [False, True])
def test_a_place_in_the_layer_is_found_and_one_outside_it_is_not(arrow: bool) -> None:
    places = _places(["gn:1848313", "gn:1850147"], arrow)
    assert has_place(places, "gn:1848313")
    assert not has_place(places, "gn:1848")  # a prefix of an id is another place
    assert not has_place(places, "gn:9999999")


@pytest.mark.parametrize("arrow", [False, True])
def test_no_place_selected_and_an_empty_layer_hold_nothing(arrow: bool) -> None:
    assert not has_place(_places(["gn:1848313"], arrow), None)
    assert not has_place(_places([], arrow), "gn:1848313")


def test_a_box_holding_no_more_than_the_threshold_draws_its_places() -> None:
    places = _places(["a", "b", "c"], arrow=True)
    assert grid.cells_or_none(places, 16.0, WORLD, 3) is None


def test_a_box_holding_more_than_the_threshold_draws_the_cells_of_its_places() -> None:
    places = _places(["a", "b", "c"], arrow=True)
    got = grid.cells_or_none(places, 16.0, WORLD, 2)
    assert got is not None
    pd.testing.assert_frame_equal(got, grid.cells_of(places, 16.0, WORLD, ids=True))
    assert int(got["n_places"].sum()) == 3


def test_only_the_places_inside_the_box_count_against_the_threshold() -> None:
    places = _places(["a", "b", "c"], arrow=True)  # at 35.3, 36.3 and 37.3 N
    around_a = (35.0, 139.0, 35.6, 140.0)
    assert grid.cells_or_none(places, 16.0, around_a, 2) is None  # one place there, not three
    assert grid.cells_or_none(places, 16.0, WORLD, 2) is not None


def test_the_base_map_s_online_tiles_skip_the_provider_lookup_and_keep_their_options() -> None:
    from unittest import mock

    import folium
    import xyzservices

    from dashboard.ui.map import OSM_ATTR, OSM_NAME, OSM_TILES, base_map

    with mock.patch.object(
        xyzservices.providers, "query_name", side_effect=AssertionError("looked up")
    ):
        m = base_map()
    tiles = [c for c in m._children.values() if isinstance(c, folium.TileLayer)]
    assert len(tiles) == 1
    # what folium makes of the bare URL (looked up, not found, used as it is)
    plain = folium.TileLayer(
        OSM_TILES, name=OSM_NAME, overlay=True, show=False, attr=OSM_ATTR, max_zoom=19
    )
    got = {k: v for k, v in vars(tiles[0]).items() if k not in ("_id", "_parent")}
    want = {k: v for k, v in vars(plain).items() if k not in ("_id", "_parent")}
    assert got == want
