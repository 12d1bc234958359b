"""Pure map builders: a fixed base map and one GeoJSON layer of places, no Streamlit.

The base map's JavaScript never changes between reruns, so ``st_folium`` keeps its iframe
(and the user's pan and zoom); everything that depends on the data or the selection goes
into the places layer, passed as ``feature_group_to_add``. One canvas GeoJSON layer draws
tens of thousands of places where a Marker per event would not (see bench/map_render.py).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

import folium
import jinja2
import numpy as np
import pandas as pd
import xyzservices

from dashboard.events.cameo import quad_class
from dashboard.ui.basemap import LabelLayer, labels_url
from dashboard.ui.escape import map_text

STATIC = "/app/static"
QUAD_COLOURS = {1: "#2c7fb8", 2: "#31a354", 3: "#e6850e", 4: "#c8261b", 0: "#6a51a3"}
QUAD_NAMES = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
    0: "Disaster or accident",  # the non-CAMEO DIS-… types
}
HAPPENED = "Where events happened"
MENTIONED = "Places mentioned"
LAYERS = [HAPPENED, MENTIONED]
MENTION_COLOUR = "#7b7b7b"
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_NAME = "OpenStreetMap tiles (online)"
OSM_ATTR = "© OpenStreetMap contributors"
# Given a URL as text, folium looks it up among xyzservices' ~1,000 named providers on every
# map (normalising each name: 2.5-9 ms a rerun, every click included) before using it as
# it is; given as a provider, the layer gets the same URL, name, attribution and options.
_OSM_PROVIDER = xyzservices.TileProvider(name=OSM_NAME, url=OSM_TILES, attribution=OSM_ATTR)
MIN_ZOOM = 1


class _OfflineBasemap(folium.MacroElement):
    """Country outlines served by the app itself, under everything, never clickable."""

    _template = jinja2.Template(
        """{% macro script(this, kwargs) %}
        (function (map) {
          var style = document.createElement('style');
          style.textContent = '.leaflet-container { background: #d4e4ec; font: 13px system-ui, sans-serif; }';
          document.head.appendChild(style);
          map.createPane('basemap');
          map.getPane('basemap').style.zIndex = 150;
          map.getPane('basemap').style.pointerEvents = 'none';
          fetch('{{ this.url }}').then(function (r) { return r.json(); }).then(function (data) {
            L.geoJSON(data, {pane: 'basemap', interactive: false,
              style: {color: '#a8a293', weight: 0.6, fillColor: '#f3efe6', fillOpacity: 1}}).addTo(map);
          });
          map.attributionControl.addAttribution('Outlines: Natural Earth (public domain)');
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url


def base_map(height_hint: int = 560) -> folium.Map:
    """The map frame: local Leaflet, offline basemap, online tiles as an opt-in layer."""
    m = folium.Map(
        location=[30, 40],
        zoom_start=2,
        tiles=None,
        prefer_canvas=True,
        minZoom=MIN_ZOOM,
        maxZoom=12,
        world_copy_jump=True,
        control_scale=True,
    )
    m.default_js = [("leaflet", f"{STATIC}/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", f"{STATIC}/leaflet/leaflet.css")]
    _OfflineBasemap(f"{STATIC}/basemap/countries.geojson").add_to(m)
    LabelLayer(labels_url()).add_to(m)
    folium.TileLayer(
        _OSM_PROVIDER, name=OSM_NAME, overlay=True, show=False, attr=OSM_ATTR, max_zoom=19
    ).add_to(m)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    return m


def place_features(summary: pd.DataFrame, selected: str | None = None) -> dict[str, Any]:
    """A FeatureCollection of places: areas (largest first), their handles, then points.

    Every string is escaped here: tooltips render as HTML inside the iframe.
    """
    areas: list[tuple[float, dict]] = []
    points: list[dict] = []
    for row in summary.itertuples(index=False):
        if row.lat is None or row.lon is None or pd.isna(row.lat):
            continue
        props = _properties(row, selected)
        geometry = _geometry(row.geometry) if isinstance(row.geometry, str) else None
        if geometry and geometry["type"] != "Point":
            area_props = {**props, "style": _area_style(row, selected)}
            areas.append((_extent(geometry), _feature(row.id, geometry, area_props)))
        point = {"type": "Point", "coordinates": [row.lon, row.lat]}
        # an area's point is its handle: reachable even where smaller areas cover it
        precision = row.geo_precision if pd.notna(row.geo_precision) else 3
        points.append(_feature(f"{row.id}~pt", point, {**props, "_precision": int(precision)}))
    areas.sort(key=lambda a: -a[0])
    # towns last, on top: a country's dot sits on its capital (Japan on Tokyo) and must not
    # cover the town beside it (Yokosuka); the canvas gives a click to the topmost feature
    points.sort(key=lambda f: -int(f["properties"].pop("_precision")))
    return {"type": "FeatureCollection", "features": [f for _, f in areas] + points}


def places_layer(features: dict[str, Any], interactive: bool = True) -> folium.FeatureGroup:
    """The places as one GeoJSON layer (canvas). ``interactive=False`` draws them only: a
    highlight over the full layer lets clicks and tooltips through to the places beneath
    (a selected country's outline must not swallow clicks on its towns)."""
    # styles travel beside the data, not in it: folium writes one switch case per style, so
    # the few distinct styles cost little, while a style per feature would double the payload
    extra = {} if interactive else {"interactive": False}
    styles = {f["id"]: {**f["properties"]["style"], **extra} for f in features["features"]}
    slim = {
        "type": "FeatureCollection",
        "features": [
            {**f, "properties": {k: v for k, v in f["properties"].items() if k != "style"}}
            for f in features["features"]
        ],
    }
    group = folium.FeatureGroup(name="Places", control=False)
    folium.GeoJson(
        slim,
        name="places",
        on_each_feature=_HIGHLIGHT_ON_CLICK,
        style_function=lambda f: styles[f["id"]],
        marker=folium.CircleMarker(interactive=interactive),
        # folium refuses a tooltip field on a layer without features (an empty part of the map)
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False, sticky=False)
        if interactive and slim["features"]
        else None,
    ).add_to(group)
    return group


def has_place(places: pd.DataFrame, place_id: str | None) -> bool:
    """Whether ``places`` (an ``id`` column) holds ``place_id``; False for None. One
    vectorised comparison: a set of the ids, built on every rerun, cost a Python step per
    place (Arrow strings) on each click, 10-40 ms for a year's 1,000-2,500 places."""
    return place_id is not None and bool((places["id"] == place_id).any())


def highlight_layer(summary: pd.DataFrame, selected: str | None) -> folium.FeatureGroup:
    """The selected place alone, drawn highlighted over the full layer (which is built once
    per filter state and reused across clicks); nothing when no place is selected."""
    chosen = summary[summary["id"] == selected] if selected else summary.iloc[0:0]
    return places_layer(place_features(chosen, selected), interactive=False)


# The clicked place is outlined at once in the browser; the server draws the same highlight
# on its next run. Without this, showing it meant a second rerun of the map per click.
_HIGHLIGHT_ON_CLICK = folium.JsCode(
    """function (feature, layer) {
      layer.on('click', function () {
        var id = feature.properties.place_id;
        (window.__gnLit || []).forEach(function (l) { if (l.setStyle && l.__gnBase) l.setStyle(l.__gnBase); });
        window.__gnLit = [];
        layer._map && layer._map.eachLayer(function (l) {
          if (l.feature && l.feature.properties.place_id === id && l.setStyle) {
            l.__gnBase = {color: l.options.color, weight: l.options.weight};
            l.setStyle({color: '#111', weight: 3});
            window.__gnLit.push(l);
          }
        });
      });
    }"""
)


FIT_MIN_ZOOM = 2  # with two or more events the first view is never wider than a hemisphere
CLUSTER_ZOOM = 3  # a continent: the window a dense cluster is looked for in first
CLUSTER_SHARE = 0.8  # of the events: a continent holding this many is framed alone
FIT_MAX_ZOOM = 9
FRAME_FILL = 0.85  # of the map's size the framed points take: a 15 % margin
# The map's frame in pixels, one size for drawing it (``render_map``), framing the first view
# (``fit_view``) and counting what that view leaves off (``outside_view``). The first view was
# framed and counted for 560 x 540 while the map drawn is 500 high, so places 250-270 px
# above or below its centre were off screen and not counted. The height is st_folium's own;
# the width follows the window, and the browser reports it only in a store of many places
# (``ui/map_view.py``): elsewhere it is the map's width in a 1400-px window with the
# sidebar open (548 px, measured in Chromium; 640 at 1100 px, 860 at 1920 px).
MAP_HEIGHT_PX = 500
MAP_WIDTH_PX = 548
PLACE_ZOOM = {"city": 9, "landmark": 10, "admin2": 7, "admin1": 6, "country": 5, "sea": 5}


def fit_view(
    points: pd.DataFrame,
    width_px: int = MAP_WIDTH_PX,
    height_px: int = MAP_HEIGHT_PX,
    weights: str | None = None,
) -> tuple[tuple[float, float], int]:
    """A centre and zoom (Web Mercator) framing the ``lat``/``lon`` rows, one row per event,
    or one row per place with ``weights`` naming its column of events there (``n_events``):
    a place with many events weighs more than one named once.

    Where the events are, in this order: the continent-sized window (``CLUSTER_ZOOM``)
    holding the most events, when it holds ``CLUSTER_SHARE`` of them (one event on another
    continent does not pull the view out); else all of them, when they fit at
    ``FIT_MIN_ZOOM`` (Europe, Africa and East Asia together); else the hemisphere-sized
    window holding the most. Windows are counted in events, not from a median point: the
    median of scattered places may lie where none is, and framing around it once left 8
    of 12 events (those in East Asia) off the first view. ``outside_view`` says what is
    left off. Longitudes are unwrapped across the antimeridian when that makes the extent
    narrower (Fiji, Samoa, Tonga), so the centre may lie beyond ±180°, which Leaflet
    accepts. No points: the world. Vectorised: a million events frame in milliseconds.
    """
    pts = points.dropna(subset=["lat", "lon"])
    if pts.empty:
        return (30.0, 40.0), MIN_ZOOM
    lats = np.clip(pts["lat"].to_numpy(dtype=float), -85.0, 85.0)
    lons = _unwrapped(pts["lon"].to_numpy(dtype=float))
    w = pts[weights].to_numpy(dtype=float) if weights is not None else np.ones(len(lats))
    frame = (width_px * FRAME_FILL, height_px * FRAME_FILL)
    keep = _densest(lats, lons, w, CLUSTER_ZOOM, frame)
    if w[keep].sum() < CLUSTER_SHARE * w.sum():
        everything = np.ones(len(lats), dtype=bool)
        fits = _fits(lats, lons, FIT_MIN_ZOOM, frame)
        keep = everything if fits else _densest(lats, lons, w, FIT_MIN_ZOOM, frame)
    lats, lons = lats[keep], lons[keep]
    lat0, lat1, lon0, lon1 = lats.min(), lats.max(), lons.min(), lons.max()
    y0, y1 = _mercator_y(lat0), _mercator_y(lat1)
    # world width is 256 * 2**zoom pixels
    zx = math.log2(frame[0] * 360 / (256 * max(lon1 - lon0, 0.05)))
    zy = math.log2(frame[1] * 2 * math.pi / (256 * max(y1 - y0, 0.001)))
    floor = FIT_MIN_ZOOM if int(w.sum()) >= 2 else MIN_ZOOM
    zoom = int(max(floor, min(FIT_MAX_ZOOM, math.floor(min(zx, zy)))))
    # back into [-180, 180): the basemap's outlines are drawn there, not on a world copy
    return (float(lat0 + lat1) / 2, (float(lon0 + lon1) / 2 + 180) % 360 - 180), zoom


def _pixels(lats: np.ndarray, lons: np.ndarray, zoom: int) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixel x, y at ``zoom`` (y grows southwards; x may pass the world's edge)."""
    world = 256 * 2**zoom
    ys = np.log(np.tan(math.pi / 4 + np.radians(lats) / 2))
    return (lons + 180) / 360 * world, (1 - ys / math.pi) / 2 * world


def _fits(lats: np.ndarray, lons: np.ndarray, zoom: int, frame: tuple[float, float]) -> bool:
    xs, ys = _pixels(lats, lons, zoom)
    return bool(np.ptp(xs) <= frame[0] and np.ptp(ys) <= frame[1])


def _densest(
    lats: np.ndarray, lons: np.ndarray, w: np.ndarray, zoom: int, frame: tuple[float, float]
) -> np.ndarray:
    """Which points lie in the ``frame``-sized window at ``zoom`` holding the most weight.
    Windows are 2 x 2 blocks of half-frame cells, so any group narrower than half a frame
    lies wholly in one of them; ties go to the window first in (x, y) order."""
    xs, ys = _pixels(lats, lons, zoom)
    cx = np.floor(xs / (frame[0] / 2)).astype(np.int64)
    cy = np.floor(ys / (frame[1] / 2)).astype(np.int64)
    # few cells (a world is 16 x 16 half-frames at zoom 3): sum per cell, then look at blocks
    x_min, y_min, rows = int(cx.min()), int(cy.min()), int(cy.max() - cy.min()) + 1
    sums = np.bincount((cx - x_min) * rows + (cy - y_min), weights=w)  # no sort: a count
    cells = {
        (x_min + int(k) // rows, y_min + int(k) % rows): float(sums[k])
        for k in np.flatnonzero(sums)
    }
    best, best_sum = (0, 0), -1.0
    for x0, y0 in sorted({(x - a, y - b) for x, y in cells for a in (0, 1) for b in (0, 1)}):
        total = sum(cells.get((x0 + a, y0 + b), 0.0) for a in (0, 1) for b in (0, 1))
        if total > best_sum:
            best, best_sum = (x0, y0), total
    return (cx - best[0] >= 0) & (cx - best[0] <= 1) & (cy - best[1] >= 0) & (cy - best[1] <= 1)


def outside_view(
    places: pd.DataFrame,
    center: tuple[float, float],
    zoom: int,
    width_px: int = MAP_WIDTH_PX,
    height_px: int = MAP_HEIGHT_PX,
) -> tuple[int, int]:
    """(events, places) of ``places`` rows (``lat``, ``lon``, ``n_events``) that fall outside
    the map frame of ``center`` (lat, lon in degrees) at ``zoom``, in ``fit_view``'s frame
    size in pixels: what its outlier rule and quantiles left off the first view, to say so
    beside the map. Web Mercator, longitudes compared across the antimeridian."""
    pts = places.dropna(subset=["lat", "lon"])
    if pts.empty:
        return 0, 0
    world = 256 * 2**zoom
    dx = ((pts["lon"].to_numpy(dtype=float) - center[1] + 540) % 360 - 180) / 360 * world
    lats = np.radians(np.clip(pts["lat"].to_numpy(dtype=float), -85.0, 85.0))
    ys = np.log(np.tan(math.pi / 4 + lats / 2))  # _mercator_y, for every row at once
    dy = (ys - _mercator_y(center[0])) / (2 * math.pi) * world
    out = (np.abs(dx) > width_px / 2) | (np.abs(dy) > height_px / 2)
    return int(pts["n_events"].to_numpy(dtype=np.int64)[out].sum()), int(out.sum())


def place_view(lat: float, lon: float, kind: str) -> tuple[tuple[float, float], int]:
    """Centre and zoom for one place from a link or the "Go to place" box: towns close up,
    countries and seas wider."""
    return (lat, lon), PLACE_ZOOM.get(kind, 7)


def _unwrapped(lons: np.ndarray) -> np.ndarray:
    """Longitudes shifted by 360° where that narrows their extent: points either side of the
    180th meridian (Fiji at 178°, Samoa at -172°) stay neighbours instead of spanning the globe."""
    if not ((lons < 0).any() and (lons >= 0).any()):
        # all on one side: shifting every point by 360° changes nothing but float rounding,
        # which once moved a Chilean view to 289°E, where the basemap draws nothing
        return lons
    shifted = np.where(lons < 0, lons + 360, lons)
    return shifted if np.ptp(shifted) < np.ptp(lons) - 1e-6 else lons


def _mercator_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def selected_place_id(out: dict | None) -> str | None:
    """The place id of the feature clicked last, from ``st_folium``'s return value."""
    feature = (out or {}).get("last_active_drawing") or {}
    value = (feature.get("properties") or {}).get("place_id")
    return str(value) if value else None


def legend_items() -> list[tuple[str, str]]:
    return [(QUAD_NAMES[q], QUAD_COLOURS[q]) for q in sorted(QUAD_NAMES)]


def _dot(colour: str) -> str:
    return (
        f'<span style="display:inline-block;width:.7rem;height:.7rem;border-radius:50%;'
        f'background:{colour};margin-right:.25rem"></span>'
    )


def legend_html(layer: str, located: int, on_map: pd.DataFrame, n_articles: int) -> str:
    """The key and counts of the layer shown (numbers and fixed words only: nothing from
    articles). "Where events happened" counts events at their event location; "Places
    mentioned" counts the articles that name each place. ``located``: events at a place."""
    if layer == MENTIONED:
        return (
            f'<div class="gn-legend" style="font-size:.8rem;color:#444"><b>{MENTIONED}</b>: '
            f"{len(on_map)} place(s) named in {n_articles} article(s), "
            f"including articles without coded events. {_dot(MENTION_COLOUR)}circle size: "
            "articles naming the place. Click a place for the events there, then those that only mention it.</div>"
        )
    dots = "".join(
        f'<span style="margin-right:.8rem">{_dot(colour)}{name}</span>'
        for name, colour in legend_items()
    )
    return (
        f'<div class="gn-legend" style="font-size:.8rem;color:#444"><b>{HAPPENED}</b>: {located} event(s) '
        f"located at {len(on_map)} place(s), each at its event location (places merely mentioned are in "
        f"<i>{MENTIONED}</i>).<br>{dots}<br>Circle size: happenings there (reports of one happening count once). Dashed outlines: regions, "
        "seas and countries (geo precision 3); each has a dot to click.</div>"
    )


# ---------------------------------------------------------------- internals


def _properties(row: Any, selected: str | None) -> dict[str, Any]:
    # happenings size the marker once the store has them; reports (events) otherwise
    n = int(getattr(row, "n_happenings", 0) or row.n_events)
    colour = (
        QUAD_COLOURS[quad_class(row.top_code)] if isinstance(row.top_code, str) else MENTION_COLOUR
    )
    chosen = row.id == selected
    # a few size steps (1, 2-4, 5-9, 10-24, 25+ events) keep the number of distinct styles small
    radius = 5 + 2.5 * min(4, int(math.log(n, 2.4))) + (2 if chosen else 0)
    return {
        "place_id": row.id,
        "label": map_text(f"{row.name} · {n} {_unit(row, n)}{_reports(row, n)} · {row.kind}"),
        "style": {
            "radius": round(radius, 1),
            "color": "#111" if chosen else "#fff",
            "weight": 3 if chosen else 1.2,
            "fill": True,
            "fillColor": colour,
            "fillOpacity": 0.9,
            "opacity": 1,
        },
    }


def _unit(row: Any, n: int) -> str:
    unit = (
        "event" if isinstance(row.top_code, str) else "article"
    )  # the mentions layer counts articles
    if unit == "event" and _counts_happenings(row):
        unit = "happening"
    return unit if n == 1 else unit + "s"


def _reports(row: Any, n: int) -> str:
    """ " (5 reports)" after a count of happenings that more reports tell of."""
    reports = int(row.n_events)
    return f" ({reports} reports)" if _counts_happenings(row) and reports != n else ""


def _counts_happenings(row: Any) -> bool:
    return bool(getattr(row, "n_happenings", None))


def _area_style(row: Any, selected: str | None) -> dict[str, Any]:
    colour = (
        QUAD_COLOURS[quad_class(row.top_code)] if isinstance(row.top_code, str) else MENTION_COLOUR
    )
    chosen = row.id == selected
    return {
        "color": "#111" if chosen else colour,
        "weight": 3 if chosen else 1.0 if row.kind == "country" else 1.4,
        "fill": True,
        "fillColor": colour,
        "fillOpacity": 0.25 if chosen else 0.05 if row.kind == "country" else 0.12,
        "dashArray": "5 4" if int(row.geo_precision or 3) >= 3 else None,
    }


def _feature(place_id: str, geometry: dict, props: dict) -> dict:
    return {"type": "Feature", "id": place_id, "geometry": geometry, "properties": props}


@lru_cache(maxsize=4096)
def _geometry(text: str) -> dict:
    # cached and shared: callers must not mutate the returned geometry
    return json.loads(text)


def _extent(geometry: dict) -> float:
    xs: list[float] = []
    ys: list[float] = []

    def walk(c: Any) -> None:
        if c and isinstance(c[0], (int, float)):
            xs.append(c[0])
            ys.append(c[1])
        else:
            for part in c:
                walk(part)

    walk(geometry["coordinates"])
    return (max(xs) - min(xs)) * (max(ys) - min(ys)) if xs else 0.0
