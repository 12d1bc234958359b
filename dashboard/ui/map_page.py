"""What one run of the Map page asks of the store before it draws anything: the range, the
filters and the view's counts, read once and handed to the parts of the page
(``ui/map_panel.py``, ``ui/card_column.py``, ``ui/map_controls.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from dashboard.store.queries import EventQuery
from dashboard.ui import data, filters
from dashboard.ui.map import HAPPENED
from dashboard.views import Filters

LAYER = "layer"  # the map layer's segmented control


@dataclass(frozen=True, eq=False)
class MapPage:
    """The view of this run: ``q`` holds the events the map, the cards and the downloads
    count (data.export_text builds the same query)."""

    start: date
    end: date
    filters: Filters
    show_unreal: bool
    q: EventQuery
    n_events: int  # events counted in the heading: hidden negated/hypothetical ones left out
    n_unreal: int  # negated or hypothetical events the view hides
    summary: pd.DataFrame  # marker sizes: happenings per place (issue 16)
    n_happenings: int
    layer: str

    @property
    def view_key(self) -> tuple:
        """The range and filters: a place zoomed to stays framed while they stay."""
        return (self.start, self.end, self.filters)

    def mentioned(self) -> tuple[pd.DataFrame, int]:
        """ "Places mentioned" and its articles: asked for only where that layer is drawn (or
        nothing happened anywhere). Articles without events cannot match a filter."""
        return data.mention_counts(self.q, quiet=not self.filters.active)


def current() -> MapPage:
    """The page's view from the sidebar's range and filters and the store."""
    start, end = filters.current()
    filters_now = filters.current_filters()
    show_unreal = data.show_unreal()  # the toggle is drawn after the page (filters.sidebar)
    q = data.query(start, end, filters_now, show_unreal)
    # the map's own questions of this filter state, two at once in worker threads (the page
    # then finds them answered): one after another they took 1-3 s on a new state at 1M events
    data.ahead(q)
    n_any, n_flagged = data.counts(q)
    return MapPage(
        start=start,
        end=end,
        filters=filters_now,
        show_unreal=show_unreal,
        q=q,
        n_events=n_any if show_unreal else n_any - n_flagged,
        n_unreal=0 if show_unreal else n_flagged,
        summary=data.happening_place_counts(q),
        n_happenings=data.happening_count(q),
        layer=st.session_state.get(LAYER) or HAPPENED,
    )


ZOOM_TO = "_zoom_to"  # (place id, view key): the place a link or "Go to place" zoomed to


def rerun_fragment() -> None:
    """Redraw the map with the new selection: the fragment alone when it is the one rerunning."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:  # a full-app run (first load, filter change): rerun it all
        st.rerun()
