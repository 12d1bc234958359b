"""The controls over the map: its layer, "Go to place", and playback's switches."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.ui import data, map_view, state
from dashboard.ui.map import HAPPENED, LAYERS, MENTIONED
from dashboard.ui.map_page import LAYER, ZOOM_TO, MapPage
from dashboard.ui.playback import (
    DEFAULT_WINDOW,
    PLAY,
    PLAY_CUMULATIVE,
    PLAY_DAYS,
    WINDOWS,
)

GOTO = "goto"
GOTO_TEXT = "goto_text"
GOTO_HITS = 8


def _go_to(view_key: tuple) -> None:
    """ "Go to place": the same as clicking the place, and the map centres on it."""
    pid = st.session_state.get(GOTO)
    if pid:
        st.query_params[state.PLACE] = pid
        st.session_state[ZOOM_TO] = (pid, view_key)
    st.session_state[GOTO] = None  # an action, not a setting: ready for the next name


def go_to_search(shown: pd.DataFrame, view_key: tuple) -> None:
    """ "Go to place" for a view with too many places to list (tens of thousands of options
    went to the browser on every rerun): a name typed is looked up in the store, and the
    view's places so named are offered, those named from the start and busiest first."""
    st.text_input(
        "Go to place",
        key=GOTO_TEXT,
        placeholder="Go to place… (type a name, Enter)",
        label_visibility="collapsed",
        width=260,
    )
    text = str(st.session_state.get(GOTO_TEXT) or "").strip()
    if not text:
        return
    found = data.places_named(text)
    hits = found.merge(shown[["id", "n_events"]], on="id")
    hits = hits.sort_values(["prefix", "n_events", "name"], ascending=[False, False, True])
    hits = hits.head(GOTO_HITS)
    if hits.empty:
        st.caption("No place of this view is named so.")
        return
    names = dict(zip(hits["id"], hits["name"] + " · " + hits["kind"], strict=True))
    st.pills(
        "Places named so",
        list(names),
        key=GOTO,
        on_change=_go_to,
        args=(view_key,),
        format_func=lambda i: names.get(i, i),
        label_visibility="collapsed",
    )


def _go_to_box(shown: pd.DataFrame, view_key: tuple) -> None:
    ranked = shown.sort_values(["n_events", "name"], ascending=[False, True])
    names = dict(zip(ranked["id"], ranked["name"] + " · " + ranked["kind"], strict=True))
    st.selectbox(
        "Go to place",
        list(names),
        index=None,
        key=GOTO,
        on_change=_go_to,
        args=(view_key,),
        format_func=lambda i: names.get(i, i),
        placeholder="Go to place… (type a name)",
        label_visibility="collapsed",
        width=260,
    )


def controls(page: MapPage) -> None:
    with st.container(horizontal=True, vertical_alignment="center", key="map_controls"):
        st.segmented_control(
            "Map layer", LAYERS, default=HAPPENED, key=LAYER, label_visibility="collapsed"
        )
        shown = page.mentioned()[0] if page.layer == MENTIONED else page.summary
        if map_view.is_big(shown):
            go_to_search(shown, page.view_key)
        else:
            _go_to_box(shown, page.view_key)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.toggle("Play through time", key=PLAY)
        st.segmented_control(
            "Playback window",
            list(WINDOWS),
            default=DEFAULT_WINDOW,
            key=PLAY_DAYS,
            label_visibility="collapsed",
            help="How much time each playback step shows; the date range above stays as set",
        )
        st.toggle("Cumulative", key=PLAY_CUMULATIVE)
