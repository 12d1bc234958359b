"""The places layer of a view with more places than one layer can carry (``ui/grid.py``):
which part of the map the browser shows, and what to draw there.

Only views with more than ``grid.MAX_PLACES`` places come here. Their map returns its
zoom and bounds, so a zoom or a pan reruns the map's fragment, which draws the cells (or
the places) of the new view. ``st_folium`` reads the list of what it returns only when its
iframe is made, and a new iframe costs seconds (a view that crossed the threshold waited
3-4 s more for it), so the choice is made per store (``big_store``): a store with more
places than the threshold always returns its view (a pan there reruns the fragment, drawing
the same layer), a smaller one, such as the seed, never does, under the key it always had.
"""

from __future__ import annotations

import folium
import jinja2
import pandas as pd
import streamlit as st

from dashboard.store.queries import EventQuery
from dashboard.ui import data, grid

MAP_KEY = "map"  # st_folium's key: its on_change copies the browser's last value here
CELLS_KEY = "map_cells"  # the same in a store of many places, whose map returns its view
PASSED = "_map_passed"  # (key, centre, zoom) passed to the cells map on its last run
SEEN = "_map_seen"  # the view st_folium returned on the last run
SIZE = "_map_size"  # the map's size in pixels, from the last view the browser reported
VIEW_OBJECTS = ["zoom", "bounds"]

LatLon = tuple[float, float]


def big_store(n_places: int) -> bool:
    """A store whose views may need cells: its map reports its view (see above)."""
    return n_places > grid.MAX_PLACES


def is_big(on_map: pd.DataFrame) -> bool:
    """More places than one layer carries: draw cells where the map shows too many."""
    return len(on_map) > grid.MAX_PLACES


def map_key(big: bool) -> str:
    """``st_folium``'s key in a store of few places (the seed's, as before) or many."""
    return CELLS_KEY if big else MAP_KEY


def view_now(center: LatLon, zoom: int) -> tuple[grid.View, bool]:
    """The view the map shows on this run, and whether the browser reported it. The
    ``center``/``zoom`` passed now move the map when they differ from the last ones passed
    (another filter state, "Go to place"): then the map will show that view."""
    passed = (CELLS_KEY, tuple(center), int(zoom))
    moved = st.session_state.get(PASSED) != passed
    st.session_state[PASSED] = passed
    reported = grid.view_of(st.session_state.get(CELLS_KEY)) or st.session_state.get(SEEN)
    if reported is not None:
        st.session_state[SIZE] = grid.pixel_size(reported)
    if reported is None or (moved and not _already_at(reported, center, zoom)):
        # the map's size as the browser last reported it: a view guessed for the default
        # size drew another box than the browser then showed, and the map's fragment ran
        # again to draw the right one (a search or a date change paid for two map runs)
        size = st.session_state.get(SIZE) or (grid.MAP_WIDTH_PX, grid.MAP_HEIGHT_PX)
        return grid.view_around(center, zoom, *size), False
    return reported, True


def _already_at(view: grid.View, center: LatLon, zoom: int) -> bool:
    """Whether the map already shows ``center`` at ``zoom``: passing them again moves
    nothing, so the browser reports no new view and the one it reported stands."""
    south, west, north, east = view.box
    lat, lon = center
    mid_lat, mid_lon = (south + north) / 2, (west + east) / 2
    # within a tenth of the view of its middle: where setView would leave it
    return (
        view.zoom == int(zoom)
        and abs(lat - mid_lat) <= (north - south) / 10
        and abs((lon - mid_lon + 180) % 360 - 180) <= (east - west) / 10
    )


def drawn(view: grid.View) -> tuple[float, tuple[float, float, float, float]]:
    """(cell size, box) drawn for ``view``: what keys its layer."""
    return grid.cell_size(view.zoom), grid.drawn_box(view)


def layer_for(
    q: EventQuery, layer: str, on_map: pd.DataFrame, view: grid.View
) -> tuple[folium.FeatureGroup, str]:
    """The layer for ``view``: the places in its drawn box when they are ``MAX_PLACES`` or
    fewer, its cells otherwise (grouped from ``on_map``, the places ``layer`` draws for
    ``q``); and the legend's extra line (empty for places)."""
    size, box = drawn(view)
    cells = data.cells_in(q, layer, size, box, on_map)
    if cells is None:
        return data.places_group(q, layer, on_map, box), ""
    line = grid.legend_line(len(cells), int(cells["n_places"].sum()))
    return data.cells_group(q, layer, size, box, cells), line


def elsewhere(out: dict | None, view: grid.View) -> bool:
    """Whether the browser now shows another part of the map than ``view`` was drawn for
    (keeps it for the next run): then the layer must be drawn again."""
    seen = grid.view_of(out)
    if seen is None:
        return False
    st.session_state[SEEN] = seen
    return drawn(seen) != drawn(view)


class _ViewReports(folium.MacroElement):
    """The browser reports the map's view only while the layer drawn depends on it.

    A map that returns its view sends it after every move, and each report reruns the map's
    fragment: after a search or a date change (the map moved to the new places), one more
    run of the map and its cards per step, drawing the same layer again where the view
    holds few enough places to be drawn whole (at 100k events it cost the browser about a
    sixth of the step's CPU, ``bench/scale_reruns.py``). So streamlit-folium's move listener
    (``onMapMove``, pinned in pyproject.toml) is put behind a gate, open while the layer
    depends on the view (cells, or the places of a box); opening it reports the view once,
    so moves made while it was shut are caught up, and Python reads the view it shows. Clicks
    report through their own listener, as before. Another streamlit-folium (no listener of
    that name): every move reports, as before.
    """

    _template = jinja2.Template(
        """{% macro script(this, kwargs) %}
        (function (map) {
          window.__gnViewMatters = {{ this.matters|tojson }};
          var gate = window.__gnViewGate;
          if (!gate && map && map._events) {
            var found = (map._events.moveend || []).filter(function (e) {
              return e.fn && e.fn.name === 'onMapMove';
            })[0];
            if (!found) { return; }
            var report = found.fn;
            gate = function (e) { if (window.__gnViewMatters) { report(e); } };
            gate.report = report;
            map.off('moveend', report);
            map.on('moveend', gate);
            window.__gnViewGate = gate;
          }
          if (gate && window.__gnViewMatters) { gate.report(); }
        })(window.map);
        {% endmacro %}"""
    )

    def __init__(self, matters: bool) -> None:
        super().__init__()
        self._name = "ViewReports"
        self.matters = matters


def reports(matters: bool) -> folium.FeatureGroup:
    """An empty layer whose script opens (``matters``: the layer drawn depends on the view)
    or shuts the gate on the map's view reports (``_ViewReports``)."""
    group = folium.FeatureGroup(name="view reports", control=False)
    _ViewReports(matters).add_to(group)
    return group


class _HeldFirstReport(folium.MacroElement):
    """The value streamlit-folium reports as its map is made is not sent.

    Its ``initComponent`` (pinned in pyproject.toml) ends by reporting the map's value at
    once, and that value always differs from the default ``st_folium`` gave Python: the
    click count is 0 in the browser and None in Python, and a store of many places also
    returns the bounds, which Python knows only as None (and the frame's first view, not the
    one the page then sets). Streamlit reruns the map's fragment for any report, so every
    first paint and every new map paid a second run of the map and its cards (20 elements
    at 100k events, page82 in docs/history/scale.md) for nothing a user did. The map's own
    script, which the frontend runs just before it calls ``initComponent``, wraps that call
    so the report made inside it is dropped: it still becomes the value later reports are
    compared with, so a click or a move reports as before, the bounds with it. No user can
    act before it (the call follows the map's script at once). Another streamlit-folium
    without ``initComponent``: the script does nothing and the first report is sent.
    """

    _template = jinja2.Template(
        """{% macro script(this, kwargs) %}
        (function () {
          var init = window.initComponent, lib = window.Streamlit;
          if (typeof init !== 'function' || !lib || init.__gnHeld) { return; }
          var held = function () {
            var send = lib.setComponentValue;
            lib.setComponentValue = function () {};
            try { return init.apply(this, arguments); } finally { lib.setComponentValue = send; }
          };
          held.__gnHeld = true;
          window.initComponent = held;
        })();
        {% endmacro %}"""
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "HeldFirstReport"


def hold_first_report(m: folium.Map) -> folium.Map:
    """``m`` with the script that drops the report its map makes as it is made
    (``_HeldFirstReport``); ``m``'s script stays the same from run to run, so the iframe is
    kept."""
    _HeldFirstReport().add_to(m)
    return m
