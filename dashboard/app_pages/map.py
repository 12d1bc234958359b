"""Map page: where events happened (or every place mentioned), the cards of the clicked place,
the timeline below. The parts are in ``ui/``: the view (``map_page``), the controls
(``map_controls``), the map and its cards (``map_panel``, ``card_column``), playback
(``playback``)."""

from __future__ import annotations

import streamlit as st

from dashboard.store.queries import Resolution
from dashboard.ui import data, filters, map_page, state
from dashboard.ui.card_column import MAX_CARDS, MAX_HAPPENINGS, offset
from dashboard.ui.downloads import downloads_box
from dashboard.ui.map import HAPPENED
from dashboard.ui.map_controls import controls
from dashboard.ui.map_page import ZOOM_TO
from dashboard.ui.map_panel import draw
from dashboard.ui.playback import (
    PLAY,
    PLAY_CUMULATIVE,
    PLAY_DAYS,
    PLAY_POS,
    TICK_S,
    window_days,
    window_line,
)
from dashboard.ui.playback import step as play_step
from dashboard.ui.timeline import (
    BRUSH,
    MAX_MARKS,
    brushed_range,
    resolution_for,
    timeline_chart,
    timeline_frame,
)

page = map_page.current()
start, end, view_q = page.start, page.end, page.q

st.markdown(
    f"#### {page.n_happenings} happening(s) from {page.n_events} event(s) at "
    f"{len(page.summary)} place(s), {start:%d %b %Y} – {end:%d %b %Y}"
)
if page.n_events == 0 and (page.layer == HAPPENED or page.mentioned()[0].empty):
    if page.filters.active:
        st.info("No events match these filters in this date range.")
        if st.button("Clear filters", key="clear_empty"):
            filters.clear_filters()
    else:
        st.info("No events in this date range.")
    if st.button("Show all dates"):
        filters.set_dates(*(data.extent() or (start, end)))
    raise filters.PageEndedError  # not st.stop(): the filters that emptied the view stay drawn

if ZOOM_TO not in st.session_state:
    # a link naming a place opens centred on it; a place clicked later does not move the map
    linked = st.query_params.get(state.PLACE)
    st.session_state[ZOOM_TO] = (linked, page.view_key) if linked else None


def map_and_cards() -> None:
    q = view_q
    playing = bool(st.session_state.get(PLAY))
    if playing:
        # the days events in view start on: empty stretches are skipped, not played through
        busy = sorted(set(data.timeline(view_q, "day")["bucket"]))
        days = window_days(st.session_state.get(PLAY_DAYS))
        cumulative = bool(st.session_state.get(PLAY_CUMULATIVE))
        now = play_step(start, end, st.session_state.get(PLAY_POS), days, busy, cumulative)
        st.session_state[PLAY_POS] = now.next_pos
        # the window lies inside the range, so an event overlapping it overlaps the range
        q = data.with_dates(view_q, now.start, now.end)
        with st.container(key="play_window"):
            st.markdown(window_line(now, data.count(q)))
    draw(page, q, cards_first=playing)


def timeline() -> None:
    """One mark per event while they are few; counts per day, week or month, in SQL, beyond."""
    focus = st.session_state.get(state.FOCUS)
    if page.n_events <= MAX_MARKS:
        chart = timeline_chart(
            timeline_frame(data.event_frame(view_q, MAX_MARKS)), (start, end), focus=focus
        )
    else:
        chart = data.histogram(view_q, _resolution(), (start, end))
    chosen = st.altair_chart(
        chart,
        width="stretch",
        on_select="rerun",
        selection_mode=BRUSH,
        key=f"timeline_{start}_{end}",
    )  # a new range starts with no brush
    brushed = brushed_range(chosen.selection if chosen else None)
    if brushed and brushed != (start, end):
        filters.set_dates(*brushed)


def _resolution() -> Resolution:
    """The histogram's bucket for the range, within the data's extent."""
    shown = data.extent() or (start, end)
    return resolution_for(max(start, shown[0]), min(end, shown[1]))


def ask_rest_ahead() -> None:
    """The cards' and the timeline's store questions, asked in the worker threads while this
    run builds and sends the map (``data.ahead_rest``); not while playing, nor for the
    "Places mentioned" layer, whose places and windows are other questions."""
    if st.session_state.get(PLAY) or page.layer != HAPPENED:
        return
    selected = st.query_params.get(state.PLACE)
    offsets = (offset((view_q, None)), offset((view_q, selected)))
    limits = (MAX_CARDS, MAX_HAPPENINGS, MAX_MARKS)
    data.ahead_rest(view_q, selected, offsets, limits, _resolution(), (start, end))


ask_rest_ahead()
controls(page)
st.fragment(map_and_cards, run_every=TICK_S if st.session_state.get(PLAY) else None)()
if page.n_unreal:
    st.caption(
        f"{page.n_unreal} negated or hypothetical event(s) hidden: *Show negated and "
        "hypothetical events* in the sidebar shows them, flagged."
    )
unlocated = page.n_events - int(page.summary["n_events"].sum())
if unlocated:
    st.caption(
        f"{unlocated} event(s) in this view have no location and are not on the map; "
        "their cards say why."
    )
downloads_box(page)
st.markdown("#### Timeline")
timeline()
