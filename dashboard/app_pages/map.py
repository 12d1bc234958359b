"""Map page: where events happened (or every place mentioned), the cards of the clicked place,
the timeline below."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException
from streamlit_folium import st_folium

from dashboard.ui import data, filters, state
from dashboard.ui.cards import articles_html, cards_html
from dashboard.ui.map import (
    HAPPENED,
    LAYERS,
    MENTIONED,
    base_map,
    event_points,
    fit_view,
    legend_html,
    place_features,
    place_view,
    places_layer,
    selected_place_id,
)
from dashboard.ui.timeline import BRUSH, brushed_range, timeline_chart, timeline_frame
from dashboard.views import (
    articles_in_view,
    articles_only_mentioning,
    events_in_view,
    events_split,
    happened,
    in_range,
    mention_summary,
    newest_first,
    next_position,
    place_summary,
    playback_window,
)

MAX_CARDS = 60
UNREAL = state.UNREAL
LAYER = "layer"
GOTO = "goto"
ZOOM_TO = "_zoom_to"  # (place id, view key): the place a link or "Go to place" zoomed to

frames = data.frames()
start, end = filters.current()
filters_now = filters.current_filters()
show_unreal = bool(st.session_state.get(UNREAL))
# the view's events are the downloads' too (data.export_text reads events_in_view alike)
matching = events_in_view(frames, start, end, filters_now, include_unreal=True)
events = happened(matching, show_unreal)
n_unreal = len(matching) - len(happened(matching))
summary = place_summary(frames, events)
if filters_now.active:  # articles without events cannot match a filter
    arts = set(events["article_id"])
else:
    arts = articles_in_view(frames, events, start, end)
mentioned = mention_summary(frames, arts)
layer = st.session_state.get(LAYER) or HAPPENED
view_key = (start, end, filters_now)

st.markdown(
    f"#### {len(events)} event(s) at {len(summary)} place(s), {start:%d %b %Y} – {end:%d %b %Y}"
)
if events.empty and (mentioned.empty or layer == HAPPENED):
    if filters_now.active:
        st.info("No events match these filters in this date range.")
        if st.button("Clear filters", key="clear_empty"):
            filters.clear_filters()
    else:
        st.info("No events in this date range.")
    if st.button("Show all dates"):
        filters.set_dates(*(data.extent() or (start, end)))
    st.stop()

if ZOOM_TO not in st.session_state:
    # a link naming a place opens centred on it; a place clicked later does not move the map
    linked = st.query_params.get(state.PLACE)
    st.session_state[ZOOM_TO] = (linked, view_key) if linked else None


def render_map(features: dict, center: tuple[float, float], zoom: int) -> dict | None:
    return st_folium(base_map(), key="map", height=500, use_container_width=True,
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


def _go_to() -> None:
    """ "Go to place": the same as clicking the place, and the map centres on it."""
    pid = st.session_state.get(GOTO)
    if pid:
        st.query_params[state.PLACE] = pid
        st.session_state[ZOOM_TO] = (pid, view_key)
    st.session_state[GOTO] = None  # an action, not a setting: ready for the next name


def controls() -> None:
    with st.container(horizontal=True, vertical_alignment="center", key="map_controls"):
        st.segmented_control("Map layer", LAYERS, default=HAPPENED, key=LAYER,
                             label_visibility="collapsed")  # fmt: skip
        shown = mentioned if layer == MENTIONED else summary
        ranked = shown.sort_values(["n_events", "name"], ascending=[False, True])
        names = dict(zip(ranked["id"], ranked["name"] + " · " + ranked["kind"], strict=True))
        st.selectbox("Go to place", list(names), index=None, key=GOTO, on_change=_go_to,
                     format_func=lambda i: names.get(i, i), placeholder="Go to place… (type a name)",
                     label_visibility="collapsed", width=260)  # fmt: skip
    with st.container(horizontal=True, vertical_alignment="center"):
        st.toggle("Play through time", key=PLAY)
        st.segmented_control(
            "Window", list(WINDOWS), default="30 days", key=PLAY_DAYS, label_visibility="collapsed"
        )
        st.toggle("Cumulative", key=PLAY_CUMULATIVE)


def map_and_cards() -> None:
    playing = bool(st.session_state.get(PLAY))
    view_events = events
    if playing:
        days = WINDOWS.get(st.session_state.get(PLAY_DAYS) or "30 days", 30)
        pos = st.session_state.get(PLAY_POS) or start
        pos = pos if start <= pos <= end else start
        w0, w1 = playback_window(start, end, pos, days, bool(st.session_state.get(PLAY_CUMULATIVE)))
        st.session_state[PLAY_POS] = next_position(start, end, pos, days)
        view_events = in_range(events, w0, w1)
        with st.container(key="play_window"):
            st.markdown(
                f"▶ **{w0:%d %b %Y} – {w1:%d %b %Y}** · {len(view_events)} event(s) in the window"
            )
    draw(view_events)


def current_view() -> tuple[tuple[float, float], int]:
    """The place a link or the "Go to place" box asked for, while the range and filters stay
    as they were; otherwise a frame around the events (steady while playing)."""
    asked = st.session_state.get(ZOOM_TO)
    if asked and asked[1] == view_key:
        row = frames.places[frames.places["id"] == asked[0]]
        if not row.empty and pd.notna(row["lat"].iloc[0]):
            r = row.iloc[0]
            return place_view(float(r["lat"]), float(r["lon"]), str(r["kind"]))
    pts = event_points(frames, events)
    if pts.empty:
        pts = mentioned[["lat", "lon"]]
    return fit_view(pts)


def draw(view_events: pd.DataFrame) -> None:
    # while playing, the window's own places; otherwise the summaries built above
    whole = view_events is events
    arts_now = arts if whole else set(view_events["article_id"])
    if layer == HAPPENED:
        on_map = summary if whole else place_summary(frames, view_events)
    else:
        on_map = mentioned if whole else mention_summary(frames, arts_now)
    drawn = set(on_map["id"])
    selected = st.query_params.get(state.PLACE)
    focus = focused_event(view_events)
    # a focused event's place is highlighted; the clicked place otherwise
    lit = focus["location_id"] if focus is not None and focus["location_id"] in drawn else selected
    left, right = st.container(key="map_row").columns([3, 2], gap="medium")
    with left:
        center, zoom = current_view()
        out = render_map(place_features(on_map, lit if lit in drawn else None), center, zoom)
        st.html(legend_html(layer, view_events, on_map, len(arts_now)))
    clicked = selected_place_id(out)
    count = (out or {}).get("last_object_clicked_count")
    if clicked and count != st.session_state.get(state.LAST_CLICK):
        st.session_state[state.LAST_CLICK] = count
        # the browser has already outlined the clicked place (see ui/map.py), so the cards
        # follow in this same run, with no second map render
        st.query_params[state.PLACE] = selected = clicked
    with right:
        show_cards(view_events, selected if selected in drawn else None, selected)


def focused_event(events: pd.DataFrame) -> pd.Series | None:
    fid = st.session_state.get(state.FOCUS)
    hit = events[events["id"] == fid] if fid else events.iloc[0:0]
    return None if hit.empty else hit.iloc[0]


def place_name(place_id: str) -> str:
    row = frames.places[frames.places["id"] == place_id]
    return str(row["name"].iloc[0]) if not row.empty else place_id


def show_cards(events: pd.DataFrame, place_id: str | None, asked: str | None) -> None:
    here = mentioning = events.iloc[0:0]
    quiet = frames.articles.iloc[0:0]
    if place_id is None:
        if asked:
            where = (
                "is not named in this view"
                if layer == MENTIONED
                else "has no events in this date range"
            )
            st.warning(f"The place in the link {where}. Showing every event instead.")
        here = newest_first(events)
        st.markdown("**All events** · newest first · click a place on the map to narrow")
    else:
        name = data.md(place_name(place_id))
        here, mentioning = events_split(frames, events, place_id)
        quiet = articles_only_mentioning(frames, arts, place_id)
        st.markdown(f"**{name}** · {len(here)} event(s) happened here · newest first")
        if st.button("Clear selection", icon=":material/close:"):
            st.query_params.pop(state.PLACE, None)
            st.session_state.pop(ZOOM_TO, None)
            rerun_fragment()
    # only the cards on screen can be focused: tens of thousands of options would be sent to
    # the browser on every rerun
    listed = pd.concat([here.head(MAX_CARDS), mentioning.head(MAX_CARDS)])
    labels = dict(zip(listed["id"], listed["summary"], strict=True))
    st.selectbox("Focus an event: its place is highlighted on the map, its span on the timeline",
                 list(labels), index=None, key=state.FOCUS, format_func=lambda i: labels.get(i, i),
                 placeholder="Choose an event")  # fmt: skip
    fid = st.session_state.get(state.FOCUS)
    if fid != st.session_state.get("_focus_drawn"):
        # the map and timeline outside this fragment must redraw too: rerun the whole page
        st.session_state["_focus_drawn"] = fid
        st.rerun()
    if fid in set(here["id"]):  # the focused card first, outlined
        here = pd.concat([here[here["id"] == fid], here[here["id"] != fid]])
    parts = [cards_html(here.head(MAX_CARDS).to_dict("records"), focus=fid)]
    if len(here) > MAX_CARDS:
        parts.insert(0, f"<p>Showing the first {MAX_CARDS} of {len(here)}.</p>")
    if place_id is not None:
        if here.empty:
            parts.insert(0, '<p class="gn-why">No event happened here in this view.</p>')
        if not mentioning.empty:
            parts.append(f'<h3 class="gn-section">Events that only mention {data.html_text(place_name(place_id))}'
                         f" · {len(mentioning)}</h3>")  # fmt: skip
            parts.append(cards_html(mentioning.head(MAX_CARDS).to_dict("records"), focus=fid))
        if not quiet.empty:
            parts.append(
                f'<h3 class="gn-section">Articles naming it, without coded events · {len(quiet)}</h3>'
            )
            parts.append(articles_html(quiet.to_dict("records")))
    with st.container(height=480, key="cards"):
        st.html("".join(parts))


controls()
st.fragment(map_and_cards, run_every=1.5 if st.session_state.get(PLAY) else None)()
if n_unreal and not st.session_state.get(UNREAL):
    st.caption(f"{n_unreal} negated or hypothetical event(s) hidden: *Show negated and "
               "hypothetical events* in the sidebar shows them, flagged.")  # fmt: skip
unlocated = int(events["location_id"].isna().sum())
if unlocated:
    st.caption(f"{unlocated} event(s) in this view have no location and are not on the map; "
               "their cards say why.")  # fmt: skip
with st.expander("Download the events in this view"):
    # the files hold what the view shows (see the README): say which events those are
    if show_unreal:
        said = "; negated and hypothetical events included, flagged"
    elif n_unreal:
        said = (f"; not the {n_unreal} hidden negated or hypothetical event(s) "
                "(show them in the sidebar to include them, flagged)")  # fmt: skip
    else:
        said = ""
    st.caption(f"The {len(events)} event(s) counted above{said}.")
    version = data.version()
    cols = st.columns(3)
    for col, (fmt, mime) in zip(cols, [("csv", "text/csv"), ("geojson", "application/geo+json"),
                                       ("jsonl", "application/x-ndjson")], strict=True):  # fmt: skip
        # a callable: the export is built when the button is pressed, not on every rerun;
        # on_click="ignore": a click that also reran the page replaced the file it asked for
        # ("Deferred file … not found"), so every other click was lost
        export = functools.partial(
            data.export_text, data.default_db(), version, fmt, start, end, filters_now, show_unreal
        )
        col.download_button(fmt.upper(), export, on_click="ignore",
                            file_name=f"geonews-{start}-{end}.{fmt}", mime=mime, key=f"dl_{fmt}")  # fmt: skip
st.markdown("#### Timeline")
chosen = st.altair_chart(timeline_chart(timeline_frame(events), (start, end), focus=st.session_state.get(state.FOCUS)),
                         width="stretch",
                         on_select="rerun", selection_mode=BRUSH,
                         key=f"timeline_{start}_{end}")  # a new range starts with no brush  # fmt: skip
brushed = brushed_range(chosen.selection if chosen else None)
if brushed and brushed != (start, end):
    filters.set_dates(*brushed)
