"""Map page: where events happened (or every place mentioned), the cards of the clicked place,
the timeline below."""

from __future__ import annotations

import functools

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException
from streamlit_folium import st_folium

from dashboard.happenings.sources import shown_outlet
from dashboard.store.queries import CardPage, EventQuery, Resolution
from dashboard.ui import data, filters, map_view, state
from dashboard.ui.cards import articles_html, card_row, cards_html
from dashboard.ui.happening_card import happenings_html
from dashboard.ui.map import (
    HAPPENED,
    LAYERS,
    MENTIONED,
    base_map,
    highlight_layer,
    legend_html,
    outside_view,
    place_view,
    selected_place_id,
)
from dashboard.ui.timeline import (
    BRUSH,
    MAX_MARKS,
    brushed_range,
    resolution_for,
    timeline_chart,
    timeline_frame,
)
from dashboard.views import next_position, playback_window, skip_empty

MAX_CARDS = 60  # cards per section: one page from the store
MAX_HAPPENINGS = 20  # happening cards above the event cards
UNREAL = state.UNREAL
LAYER = "layer"
GOTO = "goto"
ZOOM_TO = "_zoom_to"  # (place id, view key): the place a link or "Go to place" zoomed to

start, end = filters.current()
filters_now = filters.current_filters()
show_unreal = data.show_unreal()  # the toggle is drawn after the page (filters.sidebar)
# the view's events, and the downloads' too (data.export_text builds the same query)
view_q = data.query(start, end, filters_now, show_unreal)
# the map's own questions of this filter state, two at once in worker threads (the page
# then finds them answered): one after another they took 1-3 s on a new state at 1M events
data.ahead(view_q)
n_any, n_flagged = data.counts(view_q)
n_events = n_any if show_unreal else n_any - n_flagged
n_unreal = 0 if show_unreal else n_flagged  # negated or hypothetical events the view hides
summary = data.happening_place_counts(view_q)  # marker sizes: happenings per place (issue 16)
n_happenings = data.happening_count(view_q)
layer = st.session_state.get(LAYER) or HAPPENED


def mentioned() -> tuple[pd.DataFrame, int]:
    """ "Places mentioned" and its articles: asked for only where that layer is drawn (or
    nothing happened anywhere). Articles without events cannot match a filter."""
    return data.mention_counts(view_q, quiet=not filters_now.active)


view_key = (start, end, filters_now)

st.markdown(
    f"#### {n_happenings} happening(s) from {n_events} event(s) at {len(summary)} place(s), "
    f"{start:%d %b %Y} – {end:%d %b %Y}"
)
if n_events == 0 and (layer == HAPPENED or mentioned()[0].empty):
    if filters_now.active:
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
    st.session_state[ZOOM_TO] = (linked, view_key) if linked else None


def render_map(groups: list, center: tuple[float, float], zoom: int, big: bool) -> dict | None:
    # only a store with views drawn in cells asks for the map's zoom and bounds (ui/map_view.py)
    returned = ["last_active_drawing", "last_object_clicked_count"]
    return st_folium(
        base_map(),
        key=map_view.map_key(big),
        height=500,
        use_container_width=True,
        feature_group_to_add=groups,
        center=center,
        zoom=zoom,
        returned_objects=returned + (map_view.VIEW_OBJECTS if big else []),
    )


def rerun_fragment() -> None:
    """Redraw the map with the new selection: the fragment alone when it is the one rerunning."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:  # a full-app run (first load, filter change): rerun it all
        st.rerun()


PLAY, PLAY_POS, PLAY_DAYS, PLAY_CUMULATIVE = "playing", "_play_pos", "play_days", "play_cumulative"
# playback's step, named as a window so it does not read as a date preset (a fresh user
# took "30 days" for "the last 30 days")
WINDOWS = {"7-day window": 7, "30-day window": 30, "1-year window": 365}


def _go_to() -> None:
    """ "Go to place": the same as clicking the place, and the map centres on it."""
    pid = st.session_state.get(GOTO)
    if pid:
        st.query_params[state.PLACE] = pid
        st.session_state[ZOOM_TO] = (pid, view_key)
    st.session_state[GOTO] = None  # an action, not a setting: ready for the next name


GOTO_TEXT = "goto_text"
GOTO_HITS = 8


def go_to_search(shown: pd.DataFrame) -> None:
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
        format_func=lambda i: names.get(i, i),
        label_visibility="collapsed",
    )


def controls() -> None:
    with st.container(horizontal=True, vertical_alignment="center", key="map_controls"):
        st.segmented_control(
            "Map layer", LAYERS, default=HAPPENED, key=LAYER, label_visibility="collapsed"
        )
        shown = mentioned()[0] if layer == MENTIONED else summary
        if map_view.is_big(shown):
            go_to_search(shown)
        else:
            ranked = shown.sort_values(["n_events", "name"], ascending=[False, True])
            names = dict(zip(ranked["id"], ranked["name"] + " · " + ranked["kind"], strict=True))
            st.selectbox(
                "Go to place",
                list(names),
                index=None,
                key=GOTO,
                on_change=_go_to,
                format_func=lambda i: names.get(i, i),
                placeholder="Go to place… (type a name)",
                label_visibility="collapsed",
                width=260,
            )
    with st.container(horizontal=True, vertical_alignment="center"):
        st.toggle("Play through time", key=PLAY)
        st.segmented_control(
            "Playback window",
            list(WINDOWS),
            default="30-day window",
            key=PLAY_DAYS,
            label_visibility="collapsed",
            help="How much time each playback step shows; the date range above stays as set",
        )
        st.toggle("Cumulative", key=PLAY_CUMULATIVE)


def map_and_cards() -> None:
    playing = bool(st.session_state.get(PLAY))
    q = view_q
    if playing:
        days = WINDOWS.get(st.session_state.get(PLAY_DAYS) or "30-day window", 30)
        pos = st.session_state.get(PLAY_POS) or start
        pos = pos if start <= pos <= end else start
        # the days events in view start on: empty stretches are skipped, not played through
        busy = sorted(set(data.timeline(view_q, "day")["bucket"]))
        pos = skip_empty(pos, days, busy, start, end)
        w0, w1 = playback_window(start, end, pos, days, bool(st.session_state.get(PLAY_CUMULATIVE)))
        st.session_state[PLAY_POS] = next_position(start, end, pos, days)
        # the window lies inside the range, so an event overlapping it overlaps the range
        q = data.with_dates(view_q, w0, w1)
        with st.container(key="play_window"):
            st.markdown(
                f"▶ **{w0:%d %b %Y} – {w1:%d %b %Y}** · {data.count(q)} event(s) in the window"
            )
    draw(q)


def current_view() -> tuple[tuple[float, float], int]:
    """The place a link or the "Go to place" box asked for, while the range and filters stay
    as they were; otherwise a frame around the events (steady while playing)."""
    asked = st.session_state.get(ZOOM_TO)
    if asked and asked[1] == view_key:
        row = data.place(asked[0])
        if row is not None and row["lat"] is not None:
            return place_view(float(row["lat"]), float(row["lon"]), str(row["kind"]))
    if summary.empty:  # only places mentioned: each counts once
        return data.fitted_view(view_q, MENTIONED, mentioned()[0], weighted=False)
    return data.fitted_view(view_q, HAPPENED, summary, weighted=True)


def layer_of(q: EventQuery) -> tuple[pd.DataFrame, int]:
    """The places the chosen layer draws for ``q``, and the articles behind "Places mentioned"."""
    whole = q == view_q  # while playing, the window's own places; otherwise those built above
    if layer == HAPPENED:
        return (summary if whole else data.happening_place_counts(q)), 0
    if whole:
        return mentioned()
    return data.mention_counts(q, quiet=False)


def draw(q: EventQuery) -> None:
    on_map, arts_now = layer_of(q)
    drawn = set(on_map["id"])
    big = map_view.is_big(on_map)
    # the click that caused this rerun is in the map's state before the map is drawn again:
    # read it first, so the highlight drawn now is the clicked place, not the one before it
    _take_click(st.session_state.get(map_view.map_key(big)))
    selected = st.query_params.get(state.PLACE)
    fid = st.session_state.get(state.FOCUS)
    focus_at = data.event_location(q, fid) if fid else None
    # a focused event's place is highlighted; the clicked place otherwise
    lit = focus_at if focus_at in drawn else selected
    left, right = st.container(key="map_row").columns([3, 2], gap="medium")
    with left:
        center, zoom = current_view()
        cells_line = ""
        if big:  # too many places for one layer: cells where the map shows too many
            view, reported = map_view.view_now(center, zoom)
            full, cells_line = map_view.layer_for(q, layer, on_map, view)
        else:
            # the full layer is built once per filter state; a click redraws only the highlight
            full = data.places_group(q, layer, on_map)
        groups = [full, highlight_layer(on_map, lit if lit in drawn else None)]
        out = render_map(groups, center, zoom, map_view.big_store(data.place_total()))
        if big and map_view.elsewhere(out, view) and reported:
            rerun_fragment()  # the browser moved on meanwhile: draw what it shows now
        located = int(on_map["n_events"].sum()) if layer == HAPPENED else 0
        st.html(legend_html(layer, located, on_map, arts_now) + cells_line)
        asked = st.session_state.get(ZOOM_TO)
        if layer == HAPPENED and not big and not (asked and asked[1] == view_key):
            # the first frame leaves far outliers off (ui.map.fit_view): say how many
            n_out, places_out = outside_view(on_map, center, zoom)
            if n_out:
                st.caption(
                    # (not "N event(s) at": the heading's words, which pages and tests find)
                    f"Outside this first view: {places_out} place(s) with {n_out} event(s); "
                    "zoom out to see them."
                )
    if _take_click(out):
        # the browser has already outlined the clicked place (see ui/map.py), so the cards
        # follow in this same run, with no second map render
        selected = st.query_params.get(state.PLACE)
    with right:
        show_cards(q, selected if selected in drawn else None, selected)


def _take_click(out: dict | None) -> bool:
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


def place_name(place_id: str) -> str:
    row = data.place(place_id)
    return str(row["name"]) if row is not None else place_id


def _section(page: CardPage, fid: str | None) -> str:
    return cards_html([card_row(c) for c in page.cards], focus=fid)


def show_cards(q: EventQuery, place_id: str | None, asked: str | None) -> None:
    quiet = pd.DataFrame(columns=["id", "title", "published"])
    if place_id is None:
        if asked and data.place(asked) is None:
            # a mistyped or foreign link: say it names no place here, not that it is empty
            shown = data.md(asked[:40])
            st.warning(
                f'The link\'s place "{shown}" is not in this store. Showing every event instead.'
            )
        elif asked:
            where = (
                "is not named in this view"
                if layer == MENTIONED
                else "has no events in this date range"
            )
            st.warning(f"The place in the link {where}. Showing every event instead.")
        here = data.cards(q, None, "all", MAX_CARDS, _offset((q, None)))
        mentioning = None
        # the count matches the legend's when every event has a place; the rest are said,
        # so the cards' total and the map's do not seem to disagree
        located = int(summary["n_events"].sum()) if layer == HAPPENED and q == view_q else None
        unplaced = here.total - located if located is not None and here.total > located else 0
        no_place = f" ({unplaced} without a place on the map)" if unplaced else ""
        st.markdown(
            f"**All events** · {here.total} event(s){no_place} · newest first · "
            "click a place on the map to narrow"
        )
    else:
        name = data.md(place_name(place_id))
        here = data.cards(q, place_id, "here", MAX_CARDS, _offset((q, place_id)))
        mentioning = data.cards(q, place_id, "mentioning", MAX_CARDS)
        if not filters_now.active:  # articles without events cannot match a filter
            quiet = data.quiet_articles(view_q, place_id)
        st.markdown(f"**{name}** · {here.total} event(s) placed here · newest first")
        if st.button("Clear selection", icon=":material/close:"):
            st.query_params.pop(state.PLACE, None)
            st.session_state.pop(ZOOM_TO, None)
            rerun_fragment()
    # a slot for the pager even with one page: playback's windows pass MAX_CARDS events and
    # back, and the pager coming and going moved every element below it one place, so the
    # cards box was drawn anew, blank, until the slower rest of the run reached it (an empty
    # list while the window said 92 events)
    with st.container(key="card_pager"):
        if here.total > MAX_CARDS:
            _pager(here, (q, place_id))
    # only the cards on screen can be focused: tens of thousands of options would be sent to
    # the browser on every rerun
    listed = [*here.cards, *(mentioning.cards if mentioning else ())]
    labels = {c.id: c.summary for c in listed}
    st.selectbox(
        "Focus an event: its place is highlighted on the map, its span on the timeline",
        list(labels),
        index=None,
        key=state.FOCUS,
        format_func=lambda i: labels.get(i, i),
        placeholder="Choose an event",
    )
    fid = st.session_state.get(state.FOCUS)
    if fid != st.session_state.get("_focus_drawn"):
        # the map and timeline outside this fragment must redraw too: rerun the whole page
        st.session_state["_focus_drawn"] = fid
        st.rerun()
    if any(c.id == fid for c in here.cards):  # the focused card first, outlined
        here = CardPage(
            here.place_id,
            here.total,
            here.offset,
            tuple(sorted(here.cards, key=lambda c: c.id != fid)),
        )
    # several reports, or one report several outlets carried word for word (issue 16)
    told, told_cards = data.happening_cards(
        q, place_id, MAX_HAPPENINGS, min_reports=2, carried=True
    )
    parts = [_section(here, fid)]
    if told:
        parts.insert(
            0,
            f'<h3 class="gn-section">Happenings told by several reports · {told}</h3>'
            + happenings_html(told_cards)
            + f'<h3 class="gn-section">Every report, one card each · {here.total}</h3>',
        )
    if here.total > len(here.cards):
        last = here.offset + len(here.cards)
        parts.insert(0, f"<p>Showing {here.offset + 1}–{last} of {here.total}.</p>")
    if place_id is not None:
        if not here.total:
            parts.insert(0, '<p class="gn-why">No event is placed here in this view.</p>')
        if mentioning is not None and mentioning.total:
            parts.append(
                f'<h3 class="gn-section">Events that only mention {data.html_text(place_name(place_id))}'
                f" · {mentioning.total}</h3>"
            )
            parts.append(_section(mentioning, fid))
        if not quiet.empty:
            parts.append(
                f'<h3 class="gn-section">Articles naming it, without coded events · {len(quiet)}</h3>'
            )
            parts.append(articles_html(quiet.to_dict("records")))
    with st.container(height=480, key="cards"):
        st.html("".join(parts))
    if told_cards or len(listed) > 1:  # two one-report happenings may be one: a join
        grouping_controls(told_cards, listed)


def grouping_controls(told: tuple, listed: list) -> None:
    """Split a report out of its happening, or join two happenings: kept like the other
    corrections, through re-analysis (``store/happenings.py``)."""
    reports = {
        r.event_id: f"{shown_outlet(r.outlet)}: {r.sentence[:80]}" for h in told for r in h.reports
    }
    groups = {
        h.reports[0].event_id: f"{h.event_name} · {h.place_name or '?'} · {h.date_start}"
        for h in told
    }
    # a report already in a happening above is reached through that happening, not again
    # as a "one report" entry (a tester saw each event of a told happening listed twice)
    told_ids = {r.event_id for h in told for r in h.reports}
    groups.update(
        {
            c.id: f"{c.event_name} · {c.location_name or '?'} · {c.date_start} (one report)"
            for c in listed
            if c.id not in told_ids
        }
    )
    with st.expander("Wrong grouping? Split a report out, or join two happenings"):
        split = st.selectbox(
            "Report that is another happening",
            list(reports),
            index=None,
            format_func=lambda i: reports.get(i, i),
            key="split_pick",
        )
        if st.button("Split it out", disabled=split is None, key="split_go"):
            data.split_report(str(split))
            st.rerun()
        a = st.selectbox(
            "Happening",
            list(groups),
            index=None,
            format_func=lambda i: groups.get(i, i),
            key="join_a",
        )
        b = st.selectbox(
            "is the same as",
            [g for g in groups if g != a],
            index=None,
            format_func=lambda i: groups.get(i, i),
            key="join_b",
        )
        if st.button("Join them", disabled=a is None or b is None or a == b, key="join_go"):
            data.join_happenings(str(a), str(b))
            st.rerun()


CARDS_AT = "_cards_at"  # (the list shown, the offset of its first card): one page at a time


def _offset(listed: tuple) -> int:
    """Where the list of ``listed`` (query, place) starts: 0 unless paged on; another
    query or place starts again at its newest card."""
    kept = st.session_state.get(CARDS_AT)
    return int(kept[1]) if kept and kept[0] == listed else 0


def _turn(listed: tuple, offset: int) -> None:
    st.session_state[CARDS_AT] = (listed, max(0, offset))


def _pager(page: CardPage, listed: tuple) -> None:
    """Newer and older pages of cards: each one query for ``MAX_CARDS`` cards."""
    with st.container(horizontal=True, key="card_pages"):
        st.button(
            "Newer",
            icon=":material/chevron_left:",
            key="cards_newer",
            disabled=page.offset == 0,
            on_click=_turn,
            args=(listed, page.offset - MAX_CARDS),
        )
        st.button(
            "Older",
            icon=":material/chevron_right:",
            key="cards_older",
            disabled=page.offset + MAX_CARDS >= page.total,
            on_click=_turn,
            args=(listed, page.offset + MAX_CARDS),
        )


def timeline() -> None:
    """One mark per event while they are few; counts per day, week or month, in SQL, beyond."""
    focus = st.session_state.get(state.FOCUS)
    if n_events <= MAX_MARKS:
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
    if st.session_state.get(PLAY) or layer != HAPPENED:
        return
    selected = st.query_params.get(state.PLACE)
    offsets = (_offset((view_q, None)), _offset((view_q, selected)))
    limits = (MAX_CARDS, MAX_HAPPENINGS, MAX_MARKS)
    data.ahead_rest(view_q, selected, offsets, limits, _resolution(), (start, end))


ask_rest_ahead()
controls()
st.fragment(map_and_cards, run_every=1.5 if st.session_state.get(PLAY) else None)()
if n_unreal and not show_unreal:
    st.caption(
        f"{n_unreal} negated or hypothetical event(s) hidden: *Show negated and "
        "hypothetical events* in the sidebar shows them, flagged."
    )
unlocated = n_events - int(summary["n_events"].sum())
if unlocated:
    st.caption(
        f"{unlocated} event(s) in this view have no location and are not on the map; "
        "their cards say why."
    )
with st.expander("Download the events in this view"):
    # the files hold what the view shows (see the README): say which events those are
    if show_unreal:
        said = "; negated and hypothetical events included, flagged"
    elif n_unreal:
        said = (
            f"; not the {n_unreal} hidden negated or hypothetical event(s) "
            "(show them in the sidebar to include them, flagged)"
        )
    else:
        said = ""
    st.caption(f"The {n_events} event(s) counted above{said}.")
    version = data.version()
    cols = st.columns(3)
    for col, (fmt, mime) in zip(
        cols,
        [
            ("csv", "text/csv"),
            ("geojson", "application/geo+json"),
            ("jsonl", "application/x-ndjson"),
        ],
        strict=True,
    ):
        # a callable: the export is built when the button is pressed, not on every rerun;
        # on_click="ignore": a click that also reran the page replaced the file it asked for
        # ("Deferred file … not found"), so every other click was lost
        export = functools.partial(
            data.export_text, data.default_db(), version, fmt, start, end, filters_now, show_unreal
        )
        col.download_button(
            fmt.upper(),
            export,
            on_click="ignore",
            file_name=f"geonews-{start}-{end}.{fmt}",
            mime=mime,
            key=f"dl_{fmt}",
        )
st.markdown("#### Timeline")
timeline()
