"""The map and its cards, side by side: the map of the chosen layer for a query (the view's,
or a playback window's), the click that selects a place, the first view's frame, and the
cards column beside it (``ui/card_column.py``)."""

from __future__ import annotations

import pandas as pd
import streamlit as st
import streamlit_folium  # called through the module: tests patch st_folium there

from dashboard.store.queries import EventQuery
from dashboard.ui import data, filters, map_view, state
from dashboard.ui.card_column import show_cards
from dashboard.ui.map import (
    HAPPENED,
    MAP_HEIGHT_PX,
    MAP_WIDTH_PX,
    MENTIONED,
    base_map,
    has_place,
    highlight_layer,
    legend_html,
    outside_view,
    place_view,
    selected_place_id,
)
from dashboard.ui.map_page import ZOOM_TO, MapPage, rerun_fragment

LatLon = tuple[float, float]


def render_map(groups: list, center: LatLon, zoom: int, big: bool) -> dict | None:
    # only a store with views drawn in cells asks for the map's zoom and bounds (ui/map_view.py)
    returned = ["last_active_drawing", "last_object_clicked_count"]
    return streamlit_folium.st_folium(
        map_view.hold_first_report(base_map()),
        key=map_view.map_key(big),
        height=MAP_HEIGHT_PX,
        use_container_width=True,
        feature_group_to_add=groups,
        center=center,
        zoom=zoom,
        returned_objects=returned + (map_view.VIEW_OBJECTS if big else []),
    )


def zoomed_to(page: MapPage) -> str | None:
    """The place a link or the "Go to place" box asked the map to centre on, while the
    range and filters stay as they were."""
    asked = st.session_state.get(ZOOM_TO)
    return asked[0] if asked and asked[1] == page.view_key else None


def current_view(page: MapPage) -> tuple[LatLon, int]:
    """The place a link or the "Go to place" box asked for; otherwise a frame around the
    events (steady while playing)."""
    asked = zoomed_to(page)
    if asked:
        row = data.place(asked)
        if row is not None and row["lat"] is not None:
            return place_view(float(row["lat"]), float(row["lon"]), str(row["kind"]))
    if page.summary.empty:  # only places mentioned: each counts once
        return data.fitted_view(page.q, MENTIONED, page.mentioned()[0], weighted=False)
    return data.fitted_view(page.q, HAPPENED, page.summary, weighted=True)


def layer_of(page: MapPage, q: EventQuery) -> tuple[pd.DataFrame, int]:
    """The places the chosen layer draws for ``q``, and the articles behind "Places mentioned"."""
    whole = q == page.q  # while playing, the window's own places; otherwise those built already
    if page.layer == HAPPENED:
        return (page.summary if whole else data.happening_place_counts(q)), 0
    if whole:
        return page.mentioned()
    return data.mention_counts(q, quiet=False)


def take_click(out: dict | None) -> bool:
    """Select the place of a click not taken before (``st_folium``'s value, or the map's
    widget state before it is drawn); True when one was taken."""
    clicked = selected_place_id(out)
    count = (out or {}).get("last_object_clicked_count")
    if not clicked or count == st.session_state.get(state.LAST_CLICK):
        return False
    st.session_state[state.LAST_CLICK] = count
    st.query_params[state.PLACE] = clicked
    filters.pin_range()  # the shared link keeps the range the click was made in
    return True


def _outside_note(on_map: pd.DataFrame, center: LatLon, zoom: int) -> None:
    """The first frame leaves far outliers off (ui.map.fit_view): say how many, in the
    frame the browser last reported when it reports one (a store of many places)."""
    width, height = st.session_state.get(map_view.SIZE) or (MAP_WIDTH_PX, MAP_HEIGHT_PX)
    n_out, places_out = outside_view(on_map, center, zoom, width, height)
    if n_out:
        st.caption(
            # (not "N event(s) at": the heading's words, which pages and tests find)
            f"Outside this first view: {places_out} place(s) with {n_out} event(s); "
            "zoom out to see them."
        )


def draw(page: MapPage, q: EventQuery, cards_first: bool = False) -> None:
    """The map of ``q`` and, beside it, the cards of the selected place. ``cards_first``
    (playback): the cards are built and sent before the map, so both change together."""
    on_map, arts_now = layer_of(page, q)
    big = map_view.is_big(on_map)
    # the click that caused this rerun is in the map's state before the map is drawn again:
    # read it first, so the highlight drawn now is the clicked place, not the one before it
    take_click(st.session_state.get(map_view.map_key(big)))
    selected = st.query_params.get(state.PLACE)
    shown = selected if has_place(on_map, selected) else None
    left, right = st.container(key="map_row").columns([3, 2], gap="medium")
    if cards_first:
        # while playing, the cards came 0.4-1 s after the map (30k events, 2 cores): sent
        # after it, they waited for the store's card questions and then, in the browser,
        # for the map's iframe to draw the window's places on the same main thread. Sent
        # first, the browser draws them while the map is built; a click is read above
        with right:
            show_cards(page, q, shown, selected)
    with left:
        out = _map(page, q, on_map, arts_now, selected, big)
    if cards_first:
        return
    if take_click(out):
        # the browser has already outlined the clicked place (see ui/map.py), so the cards
        # follow in this same run, with no second map render
        selected = st.query_params.get(state.PLACE)
        shown = selected if has_place(on_map, selected) else None
    with right:
        show_cards(page, q, shown, selected)


def _map(
    page: MapPage,
    q: EventQuery,
    on_map: pd.DataFrame,
    arts_now: int,
    selected: str | None,
    big: bool,
) -> dict | None:
    """The map of the layer's places ``on_map`` for ``q``, its legend and the first view's
    note; returns ``st_folium``'s value."""
    fid = st.session_state.get(state.FOCUS)
    focus_at = data.event_location(q, fid) if fid else None
    # a focused event's place is highlighted; the clicked place otherwise
    lit = focus_at if has_place(on_map, focus_at) else selected
    center, zoom = current_view(page)
    cells_line = ""
    if big:  # too many places for one layer: cells where the map shows too many
        view, reported = map_view.view_now(center, zoom)
        full, cells_line = map_view.layer_for(q, page.layer, on_map, view)
    else:
        # the full layer is built once per filter state; a click redraws only the highlight
        full = data.places_group(q, page.layer, on_map)
    groups = [full, highlight_layer(on_map, lit if has_place(on_map, lit) else None)]
    reporting = map_view.big_store(data.place_total())
    if reporting:  # only this map returns its view: sent while the layer depends on it
        groups.append(map_view.reports(big))
    out = render_map(groups, center, zoom, reporting)
    if big and map_view.elsewhere(out, view) and reported:
        rerun_fragment()  # the browser moved on meanwhile: draw what it shows now
    located = int(on_map["n_events"].sum()) if page.layer == HAPPENED else 0
    st.html(legend_html(page.layer, located, on_map, arts_now) + cells_line)
    if page.layer == HAPPENED and not big and not zoomed_to(page):
        _outside_note(on_map, center, zoom)
    return out
