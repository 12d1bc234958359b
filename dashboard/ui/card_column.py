"""The Map page's cards column: the cards of the selected place (or of every event), its
pager, the "Focus an event" box and the "Wrong grouping?" form. The text is built by
``ui/card_sections.py``; Streamlit state lives here."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.store.queries import CardPage, EventQuery
from dashboard.ui import data, state
from dashboard.ui.card_sections import (
    all_events_line,
    cards_body,
    focused_first,
    grouping_choices,
)
from dashboard.ui.map import HAPPENED, MENTIONED
from dashboard.ui.map_page import ZOOM_TO, MapPage, rerun_fragment

# cards per section: one page from the store. The box shows about four; 60 a page made the
# cards' HTML the first paint's largest element after the map (63 KB with the happening
# cards, each card tens of nodes for the browser to sanitise, style and lay out)
MAX_CARDS = 20
MAX_HAPPENINGS = 20  # happening cards above the event cards
GROUPING_OPEN = "grouping_open"  # the "Wrong grouping?" expander: open or closed
CARDS_AT = "_cards_at"  # (the list shown, the offset of its first card): one page at a time
FOCUS_DRAWN = "_focus_drawn"


def place_name(place_id: str) -> str:
    row = data.place(place_id)
    return str(row["name"]) if row is not None else place_id


def _no_place_note(page: MapPage, asked: str | None) -> None:
    if asked and data.place(asked) is None:
        # a mistyped or foreign link: say it names no place here, not that it is empty
        shown = data.md(asked[:40])
        st.warning(
            f'The link\'s place "{shown}" is not in this store. Showing every event instead.'
        )
    elif asked:
        where = (
            "is not named in this view"
            if page.layer == MENTIONED
            else "has no events in this date range"
        )
        st.warning(f"The place in the link {where}. Showing every event instead.")


def show_cards(page: MapPage, q: EventQuery, place_id: str | None, asked: str | None) -> None:
    """The cards of ``q`` at ``place_id`` (every event's when None; ``asked``: the place the
    link or a click named, said when it is not drawn)."""
    quiet = pd.DataFrame(columns=["id", "title", "published"])
    mentioning = None
    if place_id is None:
        _no_place_note(page, asked)
        here = data.cards(q, None, "all", MAX_CARDS, offset((q, None)))
        whole = page.layer == HAPPENED and q == page.q
        located = int(page.summary["n_events"].sum()) if whole else None
        st.markdown(all_events_line(here.total, located))
    else:
        name = data.md(place_name(place_id))
        here = data.cards(q, place_id, "here", MAX_CARDS, offset((q, place_id)))
        mentioning = data.cards(q, place_id, "mentioning", MAX_CARDS)
        if not page.filters.active:  # articles without events cannot match a filter
            quiet = data.quiet_articles(page.q, place_id)
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
    listed = [*here.cards, *(mentioning.cards if mentioning else ())]
    fid = _focus_box(listed)
    # several reports, or one report several outlets carried word for word (issue 16)
    told, told_cards = data.happening_cards(
        q, place_id, MAX_HAPPENINGS, min_reports=2, carried=True
    )
    place = (place_id, place_name(place_id)) if place_id is not None else None
    body = cards_body(
        focused_first(here, fid),
        fid,
        told,
        told_cards,
        place,
        mentioning,
        quiet.to_dict("records"),
    )
    with st.container(height=480, key="cards"):
        st.html(body)
    if told_cards or len(listed) > 1:  # two one-report happenings may be one: a join
        grouping_controls(told_cards, listed)


def _focus_box(listed: list) -> str | None:
    """ "Focus an event": only the cards on screen can be focused (tens of thousands of
    options would be sent to the browser on every rerun)."""
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
    if fid != st.session_state.get(FOCUS_DRAWN):
        # the map and timeline outside this fragment must redraw too: rerun the whole page
        st.session_state[FOCUS_DRAWN] = fid
        st.rerun()
    return fid


def grouping_controls(told: tuple, listed: list) -> None:
    """Split a report out of its happening, or join two happenings: kept like the other
    corrections, through re-analysis (``store/happenings.py``). The form is sent only while
    its expander is open (Streamlit's ``on_change="rerun"``; opening it reruns this
    fragment): closed, its three selectboxes and two buttons were five of the first page's
    57 elements, each one more for the browser to lay out (bench/scale_paint.py)."""
    box = st.expander(
        "Wrong grouping? Split a report out, or join two happenings",
        key=GROUPING_OPEN,
        on_change="rerun",
    )
    if not box.open:
        return
    reports, groups = grouping_choices(told, listed)
    with box:
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


def offset(listed: tuple) -> int:
    """Where the list of ``listed`` (query, place) starts: 0 unless paged on; another
    query or place starts again at its newest card."""
    kept = st.session_state.get(CARDS_AT)
    return int(kept[1]) if kept and kept[0] == listed else 0


def _turn(listed: tuple, to: int) -> None:
    st.session_state[CARDS_AT] = (listed, max(0, to))


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
