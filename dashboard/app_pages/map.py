"""Map page: places on the map, the cards of the clicked place, the timeline below."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException
from streamlit_folium import st_folium

from dashboard.ui import data, filters, state
from dashboard.ui.cards import cards_html
from dashboard.ui.map import (
    base_map,
    fit_view,
    legend_html,
    place_features,
    places_layer,
    selected_place_id,
)
from dashboard.ui.timeline import BRUSH, brushed_range, timeline_chart, timeline_frame
from dashboard.views import (
    apply_filters,
    events_at,
    in_range,
    next_position,
    place_summary,
    playback_window,
)

MAX_CARDS = 60

frames = data.frames()
start, end = filters.current()
filters_now = filters.current_filters()
events = apply_filters(frames, in_range(frames.events, start, end), filters_now)
summary = place_summary(frames, events)

st.markdown(
    f"#### {len(events)} event(s) at {len(summary)} place(s), {start:%d %b %Y} – {end:%d %b %Y}"
)
if events.empty:
    if filters_now.active:
        st.info("No events match these filters in this date range.")
        if st.button("Clear filters", key="clear_empty"):
            filters.clear_filters()
    else:
        st.info("No events in this date range.")
    if st.button("Show all dates"):
        filters.reset_dates()
    st.stop()


def render_map(features: dict, center: tuple[float, float], zoom: int) -> dict | None:
    return st_folium(base_map(), key="map", height=540, use_container_width=True,
                     feature_group_to_add=places_layer(features), center=center, zoom=zoom,
                     returned_objects=["last_active_drawing", "last_object_clicked_count"])  # fmt: skip


def rerun_fragment() -> None:
    """Redraw the map with the new selection: the fragment alone when it is the one rerunning."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:  # a full-app run (first load, filter change): rerun it all
        st.rerun()


PLAY, PLAY_POS, PLAY_DAYS, PLAY_CUMULATIVE = "playing", "_play_pos", "play_days", "play_cumulative"
WINDOWS = {"7 days": 7, "30 days": 30, "1 year": 365}


def playback_controls() -> None:
    with st.container(horizontal=True, vertical_alignment="center"):
        st.toggle("Play through time", key=PLAY)
        st.segmented_control(
            "Window", list(WINDOWS), default="30 days", key=PLAY_DAYS, label_visibility="collapsed"
        )
        st.toggle("Cumulative", key=PLAY_CUMULATIVE)


def map_and_cards() -> None:
    playing = bool(st.session_state.get(PLAY))
    view_events, view_summary = events, summary
    if playing:
        days = WINDOWS.get(st.session_state.get(PLAY_DAYS) or "30 days", 30)
        pos = st.session_state.get(PLAY_POS) or start
        pos = pos if start <= pos <= end else start
        w0, w1 = playback_window(start, end, pos, days, bool(st.session_state.get(PLAY_CUMULATIVE)))
        st.session_state[PLAY_POS] = next_position(start, end, pos, days)
        view_events = in_range(events, w0, w1)
        view_summary = place_summary(frames, view_events)
        with st.container(key="play_window"):
            st.markdown(
                f"▶ **{w0:%d %b %Y} – {w1:%d %b %Y}** · {len(view_events)} event(s) in the window"
            )
    draw(view_events, view_summary)


def draw(events: pd.DataFrame, summary_view: pd.DataFrame) -> None:
    summary = summary_view
    drawn = set(summary["id"])
    selected = st.query_params.get(state.PLACE)
    focus = focused_event(events)
    # a focused event's place is highlighted; the clicked place otherwise
    lit = focus["location_id"] if focus is not None and focus["location_id"] in drawn else selected
    left, right = st.columns([3, 2], gap="medium")
    with left:
        center, zoom = fit_view(full_summary)  # the whole range's view: steady while playing
        out = render_map(place_features(summary, lit if lit in drawn else None), center, zoom)
        st.html(legend_html())
    clicked = selected_place_id(out)
    count = (out or {}).get("last_object_clicked_count")
    if clicked and count != st.session_state.get(state.LAST_CLICK):
        st.session_state[state.LAST_CLICK] = count
        # the browser has already outlined the clicked place (see ui/map.py), so the cards
        # follow in this same run, with no second map render
        st.query_params[state.PLACE] = selected = clicked
    with right:
        show_cards(events, summary, selected if selected in drawn else None, selected)


def focused_event(events: pd.DataFrame) -> pd.Series | None:
    fid = st.session_state.get(state.FOCUS)
    hit = events[events["id"] == fid] if fid else events.iloc[0:0]
    return None if hit.empty else hit.iloc[0]


def show_cards(
    events: pd.DataFrame, summary: pd.DataFrame, place_id: str | None, asked: str | None
) -> None:
    if place_id is None:
        if asked:
            st.warning("The place in the link has no events in this date range.")
        shown = events.sort_values("date_start", ascending=False)
        st.markdown("**All events** · newest first · click a place on the map to narrow")
    else:
        name = summary.loc[summary["id"] == place_id, "name"].iloc[0]
        shown = events_at(frames, events, place_id)
        st.markdown(f"**{data.md(name)}** · {len(shown)} event(s)")
        if st.button("Clear selection", icon=":material/close:"):
            st.query_params.pop(state.PLACE, None)
            rerun_fragment()
    # only the cards on screen can be focused: tens of thousands of options would be sent to
    # the browser on every rerun
    listed = shown.head(MAX_CARDS)
    labels = dict(zip(listed["id"], listed["summary"], strict=True))
    st.selectbox("Focus an event: its place is highlighted on the map, its span on the timeline",
                 list(labels), index=None, key=state.FOCUS, format_func=lambda i: labels.get(i, i),
                 placeholder="Choose an event")  # fmt: skip
    fid = st.session_state.get(state.FOCUS)
    if fid != st.session_state.get("_focus_drawn"):
        # the map and timeline outside this fragment must redraw too: rerun the whole page
        st.session_state["_focus_drawn"] = fid
        st.rerun()
    if fid in labels:  # the focused card first, outlined
        shown = pd.concat([shown[shown["id"] == fid], shown[shown["id"] != fid]])
    if len(shown) > MAX_CARDS:
        st.caption(f"Showing the first {MAX_CARDS} of {len(shown)}.")
    with st.container(height=520, key="cards"):
        st.html(cards_html(shown.head(MAX_CARDS).to_dict("records"), focus=fid))


full_summary = summary
playback_controls()
st.fragment(map_and_cards, run_every=1.5 if st.session_state.get(PLAY) else None)()
with st.expander("Download the events in this view"):
    version = data.current_store().version()
    cols = st.columns(3)
    for col, (fmt, mime) in zip(cols, [("csv", "text/csv"), ("geojson", "application/geo+json"),
                                       ("jsonl", "application/x-ndjson")], strict=True):  # fmt: skip
        # a callable: the export is built when the button is pressed, not on every rerun
        export = functools.partial(
            data.export_text, data.default_db(), version, fmt, start, end, filters_now
        )
        col.download_button(fmt.upper(), export,
                            file_name=f"geonews-{start}-{end}.{fmt}", mime=mime, key=f"dl_{fmt}")  # fmt: skip
st.markdown("#### Timeline")
chosen = st.altair_chart(timeline_chart(timeline_frame(events), (start, end), focus=st.session_state.get(state.FOCUS)),
                         width="stretch",
                         on_select="rerun", selection_mode=BRUSH,
                         key=f"timeline_{start}_{end}")  # a new range starts with no brush  # fmt: skip
brushed = brushed_range(chosen.selection if chosen else None)
if brushed and brushed != (start, end):
    filters.set_dates(*brushed)
