"""Pure builders for a map with too many places to draw: grid cells by zoom, no Streamlit.

One canvas layer of places costs about 0.2 s of Python and 0.24 MB of JavaScript per
thousand places (measured at 1k-10k: 3,000 places 0.66 s and 0.71 MB; 50,000 places 11.5 MB
and 9.6 s). So a view with more than ``MAX_PLACES`` places draws the places of the visible
part of the map grouped into square cells (``cells_of``, as ``store.queries.cell_counts``
counts them in SQL), each one circle
with its number of places; a click on a cell zooms the map to its places. Where the visible
part holds ``MAX_PLACES`` or fewer, its places are drawn as usual. A view with fewer places
in all never comes here: it draws them all, whatever the map shows.

Cells are ``CELL_DEG / 2**zoom`` degrees: about 90 px on screen at every zoom (at the
equator), nested from one zoom to the next. What is drawn covers the visible part of the
map and half of it again on each side, snapped outwards to a coarser grid, so a small pan
draws the same layer (and reuses it: ``ui/reuse.py``).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Any

import folium
import numpy as np
import pandas as pd

from dashboard.store.queries import Box
from dashboard.ui.escape import map_text

MAX_PLACES = int(os.environ.get("GEONEWS_MAP_MAX_PLACES", "3000"))
CELL_DEG = 128.0  # cell size in degrees at zoom 0: 2**7, so cells nest across zooms
SNAP_CELLS = 4  # the drawn box snaps to multiples of this many cells
MAP_WIDTH_PX, MAP_HEIGHT_PX = 600, 500  # the map's size until the browser reports its bounds
CELL_COLOUR = "#3b5b7a"


@dataclass(frozen=True, slots=True)
class View:
    """What the map shows: its zoom and its bounds (Leaflet's: longitudes may pass ±180)."""

    zoom: int
    box: Box  # south, west, north, east, degrees


def cell_size(zoom: int) -> float:
    """Degrees per cell at ``zoom`` (zoom 2: 32°, zoom 5: 4°, zoom 9: 0.25°)."""
    return CELL_DEG / 2 ** max(0, int(zoom))


def view_of(out: dict[str, Any] | None) -> View | None:
    """The view ``st_folium`` reported (its ``zoom`` and ``bounds``), or None before the
    browser has reported one (or when it reports no bounds)."""
    out = out or {}
    zoom, bounds = out.get("zoom"), out.get("bounds") or {}
    sw, ne = bounds.get("_southWest") or {}, bounds.get("_northEast") or {}
    corners = (sw.get("lat"), sw.get("lng"), ne.get("lat"), ne.get("lng"))
    if not isinstance(zoom, (int, float)) or any(v is None for v in corners):
        return None
    south, west, north, east = (float(v) for v in corners)  # type: ignore[arg-type]
    return View(int(zoom), (south, west, north, east))


def view_around(
    center: tuple[float, float],
    zoom: int,
    width_px: int = MAP_WIDTH_PX,
    height_px: int = MAP_HEIGHT_PX,
) -> View:
    """The view of a map of ``width_px`` by ``height_px`` centred on ``center`` (lat, lon)
    at ``zoom``, in Web Mercator, as Leaflet shows it."""
    world = 256 * 2**zoom  # pixels round the world at this zoom
    half_lon = width_px / 2 * 360 / world
    y = _merc_y(center[0]) * world / (2 * math.pi)
    dy = height_px / 2
    north = _merc_lat((y + dy) * 2 * math.pi / world)
    south = _merc_lat((y - dy) * 2 * math.pi / world)
    return View(int(zoom), (south, center[1] - half_lon, north, center[1] + half_lon))


def pixel_size(view: View) -> tuple[int, int]:
    """The size in pixels (width, height) of the map that shows ``view``: ``view_around``
    turned back, so a view guessed for a new centre and zoom has the browser's map size."""
    world = 256 * 2**view.zoom
    south, west, north, east = view.box
    width = (east - west) * world / 360
    height = (_merc_y(north) - _merc_y(south)) * world / (2 * math.pi)
    return round(width), round(height)


def drawn_box(view: View) -> Box:
    """The part of the map drawn for ``view``: its bounds and half their size again on each
    side, snapped outwards to ``SNAP_CELLS`` cells (so a small pan keeps the same box);
    latitudes within ±90, longitudes 360° wide at most."""
    south, west, north, east = view.box
    step = cell_size(view.zoom) * SNAP_CELLS
    pad_lat, pad_lon = (north - south) / 2, (east - west) / 2
    s = max(-90.0, math.floor((south - pad_lat) / step) * step)
    n = min(90.0, math.ceil((north + pad_lat) / step) * step)
    w = math.floor((west - pad_lon) / step) * step
    e = math.ceil((east + pad_lon) / step) * step
    if e - w >= 360:
        w, e = -180.0, 180.0
    return (s, w, n, e)


def in_box(frame: pd.DataFrame, box: Box) -> pd.DataFrame:
    """The rows of ``frame`` (``lat``/``lon`` columns) inside ``box``, as
    ``store.queries.cell_counts`` keeps them; rows without coordinates are left out."""
    south, west, north, east = box
    # plain floats: the store's frames hold Arrow columns, which have no modulo
    lat = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    lon = pd.to_numeric(frame["lon"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        keep = (lat >= south) & (lat <= north) & ~np.isnan(lon)
        if east - west < 360:
            keep &= (west + (lon - west) % 360) <= east  # the box on any copy of the world
    return frame[keep]


def cells_or_none(
    frame: pd.DataFrame, size: float, box: Box, threshold: int
) -> pd.DataFrame | None:
    """What a view's layer draws in ``box``: None when the box holds ``threshold`` places
    (``MAX_PLACES``) or fewer, drawn themselves; else ``cells_of(frame, size, box, ids=True)``."""
    if len(in_box(frame, box)) <= threshold:
        return None
    return cells_of(frame, size, box, ids=True)


def cells_of(frame: pd.DataFrame, size: float, box: Box, ids: bool = False) -> pd.DataFrame:
    """``store.queries.cell_counts`` of a per-place frame already at hand (``lat``, ``lon``,
    ``n_events``; one row per place): the same rows and columns, from memory. ``ids`` adds
    ``place_id``: the ``id`` of a cell's place where it holds one, else "" (a click on such a
    cell selects its place, ``cell_features``).

    The page holds the view's places anyway (counts, "Go to place", the frame of the first
    view); grouping them takes milliseconds at 50,000 places, where asking the store again
    scans the view's events per zoom (6-8 s for a year of a million events, SQLite)."""
    shown = in_box(frame, box)
    lat = shown["lat"].to_numpy(dtype=float)
    lon = shown["lon"].to_numpy(dtype=float)
    cols = ["cx", "cy", "n_places", "n_events", "lat", "lon", "south", "west", "north", "east"]
    cols += ["place_id"] if ids else []
    if not len(shown):
        return pd.DataFrame(columns=cols)
    flat = pd.DataFrame(
        {
            "cx": np.floor((lon + 180) / size).astype("int64"),
            "cy": np.floor((lat + 90) / size).astype("int64"),
            "lat": lat,
            "lon": lon,
            "n": shown["n_events"].to_numpy(dtype="int64"),
        }
    )
    flat["place_id"] = shown["id"].astype(str).to_numpy() if ids else ""
    out = flat.groupby(["cx", "cy"], sort=True).agg(
        n_places=("n", "size"),
        n_events=("n", "sum"),
        lat=("lat", "mean"),
        lon=("lon", "mean"),
        south=("lat", "min"),
        west=("lon", "min"),
        north=("lat", "max"),
        east=("lon", "max"),
        place_id=("place_id", "first"),
    )
    out["place_id"] = out["place_id"].where(out["n_places"] == 1, "")
    return out.reset_index()[cols]


def cell_features(cells: pd.DataFrame, size: float) -> dict[str, Any]:
    """A FeatureCollection of ``cell_counts`` rows: one point per cell at the mean of its
    places, with ``cell_id`` ("cx:cy@size"), ``n_places``, ``n_events``, an escaped
    ``label`` and ``bounds`` ([[south, west], [north, east]] of its places: where a click
    zooms to). A cell of one place (``place_id`` of ``cells_of(..., ids=True)``) carries its
    ``place_id`` too, so a click on it selects the place as a click on the place does.
    Numbers and place ids only: no text from articles reaches the map here."""
    features = []
    lone = cells["place_id"] if "place_id" in cells else pd.Series([""] * len(cells))
    for r, pid in zip(cells.itertuples(index=False), lone, strict=True):
        n, events = int(r.n_places), int(r.n_events)
        act = "click for its events" if pid else "click to zoom in"
        props = {
            "cell_id": f"{int(r.cx)}:{int(r.cy)}@{size:g}",
            "n_places": n,
            "n_events": events,
            "label": map_text(
                f"{n} place{'s' * (n != 1)} · {events} event{'s' * (events != 1)} · {act}"
            ),
            "bounds": [[float(r.south), float(r.west)], [float(r.north), float(r.east)]],
        }
        if pid:
            props["place_id"] = str(pid)
        point = {"type": "Point", "coordinates": [float(r.lon), float(r.lat)]}
        features.append(
            {"type": "Feature", "id": props["cell_id"], "geometry": point, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


def cells_layer(features: dict[str, Any]) -> folium.FeatureGroup:
    """The cells as one GeoJSON layer of round labelled icons (a few hundred at most: the
    drawn box holds a bounded number of cells), sized by their number of places."""
    group = folium.FeatureGroup(name="Places", control=False)
    folium.GeoJson(
        features,
        name="cells",
        marker=folium.Marker(icon=folium.DivIcon()),
        style_function=lambda f: _icon(int(f["properties"]["n_places"])),
        on_each_feature=_ZOOM_ON_CLICK,
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False, sticky=False)
        if features["features"]
        else None,
    ).add_to(group)
    return group


def _icon(n: int) -> dict[str, Any]:
    # a few size steps keep the distinct styles (one switch case each) few
    step = min(4, int(math.log10(max(n, 1))))
    d = 26 + 8 * step
    return {
        "className": "gn-cell",
        "iconSize": [d, d],
        "iconAnchor": [d // 2, d // 2],
        "html": (
            f'<div style="width:{d}px;height:{d}px;border-radius:50%;background:{CELL_COLOUR};'
            "opacity:.85;color:#fff;font:600 11px/1 system-ui,sans-serif;display:flex;"
            f'align-items:center;justify-content:center;border:2px solid #fff">{n}</div>'
        ),
    }


# a click on a cell zooms to its places (at least two steps, so a cell of one spot opens);
# a cell of one place is selected by the click (st_folium returns its place_id): the map
# goes to a town's zoom (10) around it, not to the closest zoom of a single point
_ZOOM_ON_CLICK = folium.JsCode(
    """function (feature, layer) {
      layer.on('click', function () {
        var map = layer._map, b = L.latLngBounds(feature.properties.bounds);
        if (!map) return;
        var fit = feature.properties.place_id ? Math.max(map.getZoom(), 10)
                                              : map.getBoundsZoom(b.pad(0.2));
        var z = Math.min(map.getMaxZoom(), Math.max(fit, map.getZoom() + 2));
        map.setView(b.getCenter(), z);
      });
    }"""
)


def legend_line(n_cells: int, n_places: int) -> str:
    """The line under the legend while cells are drawn (numbers and fixed words only)."""
    return (
        f'<div class="gn-legend gn-cells" style="font-size:.8rem;color:#444">Too many places '
        f"to draw at once: {n_places} place(s) nearby are grouped into {n_cells} circle(s), each "
        "with its number of places. Click one, or zoom in, to see its places.</div>"
    )


def _merc_y(lat: float) -> float:
    lat = max(-85.05, min(85.05, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _merc_lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)
