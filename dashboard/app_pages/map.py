"""Map page: places on the map, the cards of the clicked place, the timeline below."""

from __future__ import annotations

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
from dashboard.views import apply_filters, events_at, in_range, place_summary

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


@st.fragment
def map_and_cards() -> None:
    drawn = set(summary["id"])
    selected = st.query_params.get(state.PLACE)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        center, zoom = fit_view(summary)
        out = render_map(
            place_features(summary, selected if selected in drawn else None), center, zoom
        )
        st.html(legend_html())
    clicked = selected_place_id(out)
    count = (out or {}).get("last_object_clicked_count")
    if clicked and count != st.session_state.get(state.LAST_CLICK):
        st.session_state[state.LAST_CLICK] = count
        if clicked != selected:
            st.query_params[state.PLACE] = clicked
            rerun_fragment()
    with right:
        show_cards(selected if selected in drawn else None, selected)


def show_cards(place_id: str | None, asked: str | None) -> None:
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
    if len(shown) > MAX_CARDS:
        st.caption(f"Showing the first {MAX_CARDS} of {len(shown)}.")
    with st.container(height=520, key="cards"):
        st.html(cards_html(shown.head(MAX_CARDS).to_dict("records")))


map_and_cards()
with st.expander("Download the events in this view"):
    version = data.current_store().version()
    cols = st.columns(3)
    for col, (fmt, mime) in zip(cols, [("csv", "text/csv"), ("geojson", "application/geo+json"),
                                       ("jsonl", "application/x-ndjson")], strict=True):  # fmt: skip
        col.download_button(fmt.upper(), data.export_text(data.default_db(), version, fmt, start, end, filters_now),
                            file_name=f"geonews-{start}-{end}.{fmt}", mime=mime, key=f"dl_{fmt}")  # fmt: skip
st.markdown("#### Timeline")
chosen = st.altair_chart(timeline_chart(timeline_frame(events), (start, end)), width="stretch",
                         on_select="rerun", selection_mode=BRUSH,
                         key=f"timeline_{start}_{end}")  # a new range starts with no brush  # fmt: skip
brushed = brushed_range(chosen.selection if chosen else None)
if brushed and brushed != (start, end):
    filters.set_dates(*brushed)
