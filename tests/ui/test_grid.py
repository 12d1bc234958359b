"""Grid cells for a map with too many places: the pure builders (ui/grid.py)."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from dashboard.ui import grid


def test_cells_halve_with_each_zoom_step_and_nest() -> None:
    sizes = [grid.cell_size(z) for z in range(0, 13)]
    assert sizes[2] == 32.0
    assert all(a == 2 * b for a, b in itertools.pairwise(sizes))
    # a cell at zoom z+1 lies inside one cell at zoom z: its column halved is the coarser one
    import math

    for lon in (-179.9, -3.3, 0.0, 77.7, 139.69, 179.99):
        cols = [math.floor((lon + 180) / s) for s in sizes]
        assert all(fine // 2 == coarse for coarse, fine in itertools.pairwise(cols))


def test_the_view_st_folium_reports_is_read_and_nothing_else() -> None:
    out = {
        "zoom": 6,
        "bounds": {
            "_southWest": {"lat": 10.5, "lng": -20.0},
            "_northEast": {"lat": 30.0, "lng": 15.25},
        },
    }
    assert grid.view_of(out) == grid.View(6, (10.5, -20.0, 30.0, 15.25))
    assert grid.view_of(None) is None
    assert grid.view_of({"zoom": 6}) is None  # the default before the browser reports
    none_corners = {
        "zoom": 2,
        "bounds": {
            "_southWest": {"lat": None, "lng": None},
            "_northEast": {"lat": None, "lng": None},
        },
    }
    assert grid.view_of(none_corners) is None


def test_the_view_around_a_centre_spans_the_map_in_web_mercator() -> None:
    view = grid.view_around((0.0, 10.0), 4, width_px=512, height_px=256)
    south, west, north, east = view.box
    # 256 * 2**4 = 4096 px round the world: 512 px are 45 degrees of longitude
    assert (west, east) == pytest.approx((-12.5, 32.5))
    assert south == pytest.approx(-north)  # centred on the equator
    assert 0 < north < 45 / 2 + 0.01  # mercator: latitude shrinks away from the equator
    far_north = grid.view_around((60.0, 10.0), 4, width_px=512, height_px=256)
    assert far_north.box[2] - far_north.box[0] < north - south


def test_the_drawn_box_covers_the_view_and_half_again_snapped() -> None:
    view = grid.View(5, (40.1, 2.3, 48.7, 18.9))
    south, west, north, east = grid.drawn_box(view)
    step = grid.cell_size(5) * grid.SNAP_CELLS  # 16 degrees
    assert all((v / step).is_integer() for v in (south, west, north, east))
    assert south <= 40.1 - 4.3
    assert north >= 48.7 + 4.3
    assert west <= 2.3 - 8.3
    assert east >= 18.9 + 8.3
    # a small pan keeps the same box, so the same layer is reused
    nudged = grid.View(5, (40.6, 3.0, 49.2, 19.6))
    assert grid.drawn_box(nudged) == (south, west, north, east)


def test_a_wide_view_draws_the_whole_world_once() -> None:
    box = grid.drawn_box(grid.View(1, (-80.0, -200.0, 80.0, 160.0)))
    assert box == (-90.0, -180.0, 90.0, 180.0)


def _frame(points: list[tuple[float | None, float | None]]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "id": [f"p{k}" for k in range(len(points))],
            "lat": [p[0] for p in points],
            "lon": [p[1] for p in points],
        }
    )
    return frame.astype({"lat": "double[pyarrow]", "lon": "double[pyarrow]"})  # as the store gives


def test_in_box_keeps_points_inside_also_across_the_antimeridian() -> None:
    frame = _frame([(35.7, 139.7), (-18.1, 178.4), (-13.8, -171.8), (51.5, -0.1), (None, None)])
    assert grid.in_box(frame, (30.0, 130.0, 40.0, 150.0))["id"].tolist() == ["p0"]
    # 170..190 on the map: Fiji (178.4) and Samoa (-171.8, drawn at 188.2)
    assert grid.in_box(frame, (-30.0, 170.0, 0.0, 190.0))["id"].tolist() == ["p1", "p2"]
    # the same box on the copy of the world to the west
    assert grid.in_box(frame, (-30.0, -190.0, 0.0, -170.0))["id"].tolist() == ["p1", "p2"]
    assert grid.in_box(frame, (-90.0, -180.0, 90.0, 180.0))["id"].tolist() == [
        "p0",
        "p1",
        "p2",
        "p3",
    ]


def _cells() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "cx": [9, 10],
            "cy": [4, 4],
            "n_places": [1, 1234],
            "n_events": [3, 40000],
            "lat": [51.5, 48.0],
            "lon": [-0.1, 8.0],
            "south": [51.5, 40.0],
            "west": [-0.1, 2.0],
            "north": [51.5, 55.5],
            "east": [-0.1, 15.0],
        }
    )


def test_each_cell_is_one_point_with_its_counts_and_where_a_click_zooms() -> None:
    fc = grid.cell_features(_cells(), 16.0)
    one, many = fc["features"]
    assert one["geometry"] == {"type": "Point", "coordinates": [-0.1, 51.5]}
    assert many["properties"]["cell_id"] == "10:4@16"
    assert many["properties"]["n_places"] == 1234
    assert many["properties"]["bounds"] == [[40.0, 2.0], [55.5, 15.0]]
    assert many["properties"]["label"].startswith("1234 places · 40000 events")
    assert one["properties"]["label"].startswith("1 place · 3 events")
    assert "place_id" not in many["properties"]  # a click on a cell selects no place


def test_a_cell_of_one_place_carries_its_place_so_a_click_selects_it() -> None:
    # Warsaw alone in its 16° cell; London and Paris share one
    places = pd.DataFrame(
        {
            "id": ["gn:a", "gn:b", "gn:c"],
            "lat": [52.2, 51.5, 48.9],
            "lon": [21.0, -0.1, 2.4],
            "n_events": [3, 5, 7],
        }
    )
    cells = grid.cells_of(places, 16.0, (-90.0, -180.0, 90.0, 180.0), ids=True)
    assert cells[["n_places", "place_id"]].values.tolist() == [[2, ""], [1, "gn:a"]]
    pair, lone = grid.cell_features(cells, 16.0)["features"]
    assert lone["properties"]["place_id"] == "gn:a"
    assert lone["properties"]["label"].endswith("click for its events")
    assert "place_id" not in pair["properties"]
    # without ids, the columns stay those of ``queries.cell_counts``
    assert "place_id" not in grid.cells_of(places, 16.0, (-90.0, -180.0, 90.0, 180.0))


def test_the_cells_layer_shows_each_count_and_zooms_on_click() -> None:
    import folium

    from dashboard.ui.map import base_map

    m = base_map()
    grid.cells_layer(grid.cell_features(_cells(), 16.0)).add_to(m)
    html = m.get_root().render()
    assert ">1234</div>" in html
    assert ">1</div>" in html
    assert "L.latLngBounds(feature.properties.bounds)" in html
    assert isinstance(grid.cells_layer(grid.cell_features(_cells(), 16.0)), folium.FeatureGroup)


def test_the_legend_line_says_what_the_circles_are() -> None:
    line = grid.legend_line(12, 4567)
    assert "4567 place(s)" in line
    assert "12 circle(s)" in line


def test_an_empty_part_of_the_map_draws_an_empty_layer() -> None:
    # a box over the sea: no cells, no places; folium refused a tooltip on no features
    from dashboard.ui.map import base_map, place_features, places_layer

    m = base_map()
    grid.cells_layer(grid.cell_features(_cells().iloc[0:0], 16.0)).add_to(m)
    places_layer(place_features(pd.DataFrame(columns=["id", "lat", "lon"]))).add_to(m)
    assert "L.geoJson" in m.get_root().render()


def test_the_pixel_size_of_a_view_turns_view_around_back() -> None:
    for center, zoom in (((0.0, 10.0), 4), ((35.3, 139.7), 9), ((-40.0, -70.0), 2)):
        view = grid.view_around(center, zoom, width_px=937, height_px=500)
        assert grid.pixel_size(view) == (937, 500)


def test_a_new_view_is_guessed_at_the_size_the_browser_last_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A search or a date change moves the map before the browser reports where it is: the
    guessed view must have the browser's map size, or the box drawn for it is not the one
    the browser then shows, and the map's fragment runs again to draw that one."""
    from types import SimpleNamespace

    from dashboard.ui import map_view

    shown = grid.view_around((35.3, 139.7), 10, width_px=937, height_px=500)
    south, west, north, east = shown.box
    reported = {
        "zoom": 10,
        "bounds": {
            "_southWest": {"lat": south, "lng": west},
            "_northEast": {"lat": north, "lng": east},
        },
    }
    session = {map_view.CELLS_KEY: reported}
    monkeypatch.setattr(map_view, "st", SimpleNamespace(session_state=session))
    _, was_reported = map_view.view_now((35.3, 139.7), 10)
    assert was_reported
    guessed, was_reported = map_view.view_now((20.0, 30.0), 3)  # a new filter state's frame
    assert not was_reported
    assert grid.pixel_size(guessed) == (937, 500)
