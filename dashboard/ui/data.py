"""Streamlit caching around the SQL query layer (``store/queries.py``): the only place the
store's answers are cached.

Every answer is keyed on the store, its data version and the query, so a rerun that changes
nothing asks the store nothing, and an ingest or a correction (a new version) asks again.
The version is read once per full run (``refresh_version``, called first by the entry
script), not once per question. Answers are shared read-only between sessions
(``cache_resource``): callers build new frames rather than change these.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

import altair as alt
import folium
import pandas as pd
import streamlit as st

from dashboard.paths import default_db
from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq
from dashboard.store import timeline_bars as tb
from dashboard.store.db import Store
from dashboard.ui import reuse
from dashboard.views import Filters

if TYPE_CHECKING:
    from dashboard.pipeline import Pipeline

Version = tuple
VERSION = "_data_version"  # session key: the store's data version read at this run's start
__all__ = ["Filters"]  # re-exported: callers build the view's query from it
reuse.install()


def _query_key(q: sq.EventQuery) -> tuple:
    """What a cached answer for ``q`` depends on: its filters and range, and of the row set
    it carries only what the set was found for (``RowSet`` is equal by its basis and data
    version: its ids and rows follow from them). Streamlit hashed a dataclass through
    ``dataclasses.asdict``, a deep copy of every field: the set's ids and rows were copied
    and hashed again by each cached call of a rerun."""
    w = q.within
    own = tuple(getattr(q, f.name) for f in fields(q) if f.name != "within")
    return (*own, None if w is None else (w.basis, w.key))


# the cached functions' keys (``_query_key``)
HASH: dict[str | type[Any], Callable[[Any], Any]] = {sq.EventQuery: _query_key}


@st.cache_resource
def store(target: str) -> Store:
    # one engine per store: SQLAlchemy pools connections per thread, so reruns are safe
    return Store(target)


def current_store() -> Store:
    return store(default_db())


def refresh_version() -> Version:
    """Read the store's data version (changes with ingests, corrections and re-analysis) and
    keep it for this run: the entry script calls this once, everything else reads ``version``."""
    v = current_store().data_version()
    st.session_state[VERSION] = (default_db(), v)
    return v


def version() -> Version:
    """The data version read at the start of this run (read now if no run has read it, or
    the store changed since)."""
    kept = st.session_state.get(VERSION)
    if kept is None or kept[0] != default_db():
        return refresh_version()
    return kept[1]


def query(start: date | None, end: date | None, f: Filters, unreal: bool) -> sq.EventQuery:
    """The view's events: in the date range, matching the filters, and neither negated nor
    hypothetical unless ``unreal`` (then they are kept with their flag). With a text or
    actors, the query carries its matching events, found once per filter state and data
    version (``store.filters.RowSet``): the page's questions then do not each search again."""
    q = _plain(start, end, f, unreal)
    if not (q.text.strip() or q.actors):
        return q
    return replace(q, within=_rowset(default_db(), version(), q))


def _plain(start: date | None, end: date | None, f: Filters, unreal: bool) -> sq.EventQuery:
    return sq.EventQuery(
        start, end, f.types, f.countries, f.actors, f.geo_precision, f.text, hide_unreal=not unreal
    )


@st.cache_resource(hash_funcs=HASH, max_entries=16, show_spinner=False)
def _rowset(target: str, version: Version, q: sq.EventQuery) -> sq.RowSet | None:
    return sq.rowset_of(store(target), q, version)


@st.cache_resource(hash_funcs=HASH, max_entries=32, show_spinner=False)
def _count(target: str, version: Version, q: sq.EventQuery) -> int:
    return sq.event_count(store(target), q)


def count(q: sq.EventQuery) -> int:
    return _count(default_db(), version(), q)


@st.cache_resource(hash_funcs=HASH, max_entries=32, show_spinner=False)
def _counts(target: str, version: Version, q: sq.EventQuery) -> tuple[int, int]:
    return sq.event_counts(store(target), q)


def counts(q: sq.EventQuery) -> tuple[int, int]:
    """(events matching ``q`` with any flags, of which negated or hypothetical)."""
    return _counts(default_db(), version(), q)


@st.cache_resource(hash_funcs=HASH, max_entries=16, show_spinner=False)
def _mention_counts(
    target: str, version: Version, q: sq.EventQuery, quiet: bool
) -> tuple[pd.DataFrame, int]:
    return sq.mention_counts(store(target), q, quiet)


def mention_counts(q: sq.EventQuery, quiet: bool) -> tuple[pd.DataFrame, int]:
    """ "Places mentioned" (articles naming each place) and the number of articles in view."""
    return _mention_counts(default_db(), version(), q, quiet)


@st.cache_resource(hash_funcs=HASH, max_entries=64, show_spinner=False)
def _cards(
    target: str,
    version: Version,
    q: sq.EventQuery,
    place_id: str | None,
    part: str,
    offset: int,
    limit: int,
    total: int | None,
) -> sq.CardPage:
    return sq.cards(store(target), q, place_id, offset, limit, part, total)  # type: ignore[arg-type]


def cards(
    q: sq.EventQuery, place_id: str | None, part: sq.Part, limit: int, offset: int = 0
) -> sq.CardPage:
    """A page of cards; every event in view (no place) is as many as the view's count."""
    total = _events_in(q) if place_id is None else None
    return _cards(default_db(), version(), q, place_id, part, offset, limit, total)


@st.cache_resource(hash_funcs=HASH, max_entries=16, show_spinner=False)
def _quiet(target: str, version: Version, q: sq.EventQuery, place_id: str) -> pd.DataFrame:
    return sq.quiet_articles(store(target), q, place_id)


def quiet_articles(q: sq.EventQuery, place_id: str) -> pd.DataFrame:
    return _quiet(default_db(), version(), q, place_id)


@st.cache_resource(hash_funcs=HASH, max_entries=8, show_spinner=False)
def _timeline(
    target: str, version: Version, q: sq.EventQuery, resolution: sq.Resolution
) -> pd.DataFrame:
    return sq.timeline(store(target), q, resolution)


def timeline(q: sq.EventQuery, resolution: sq.Resolution) -> pd.DataFrame:
    return _timeline(default_db(), version(), q, resolution)


@st.cache_resource(hash_funcs=HASH, max_entries=8, show_spinner=False)
def _histogram(
    target: str,
    version: Version,
    q: sq.EventQuery,
    resolution: sq.Resolution,
    domain: tuple[date, date],
) -> alt.LayerChart:
    from dashboard.ui.timeline import histogram_chart

    return histogram_chart(tb.bars(store(target), q, resolution), resolution, domain)


def histogram(
    q: sq.EventQuery, resolution: sq.Resolution, domain: tuple[date, date]
) -> alt.LayerChart:
    """The timeline's bars of ``q`` (``ui.timeline.histogram_chart`` of the store's counts
    per bucket, ``store.timeline_bars``), built once per data version, query, resolution
    and range: building it again on every rerun (a click, a focus) cost 0.1-0.2 s of CPU at
    1M events. Shared read-only: ``st.altair_chart`` turns it into its spec unchanged."""
    return _histogram(default_db(), version(), q, resolution, domain)


@st.cache_resource(hash_funcs=HASH, max_entries=8, show_spinner=False)
def _event_frame(target: str, version: Version, q: sq.EventQuery, limit: int) -> pd.DataFrame:
    return sq.event_frame(store(target), q, limit)


def event_frame(q: sq.EventQuery, limit: int) -> pd.DataFrame:
    return _event_frame(default_db(), version(), q, limit)


@st.cache_resource(hash_funcs=HASH, max_entries=64, show_spinner=False)
def _place(target: str, version: Version, place_id: str) -> dict | None:
    return sq.place(store(target), place_id)


def place(place_id: str) -> dict | None:
    return _place(default_db(), version(), place_id)


@st.cache_resource(
    hash_funcs=HASH, max_entries=16, show_spinner=False
)  # filter states, and boxes of big views
def _places_group(
    target: str,
    version: Version,
    q: sq.EventQuery,
    layer: str,
    box: sq.Box | None,
    _on_map: pd.DataFrame,
) -> folium.FeatureGroup:
    from dashboard.ui import grid
    from dashboard.ui import map as map_ui

    shown = _on_map if box is None else grid.in_box(_on_map, box)
    group = map_ui.places_layer(map_ui.place_features(shown, None))
    return reuse.mark(group, (target, version, q, layer, box))


def places_group(
    q: sq.EventQuery, layer: str, on_map: pd.DataFrame, box: sq.Box | None = None
) -> folium.FeatureGroup:
    """The places layer of ``on_map`` (what ``layer`` draws for ``q``; with ``box``, only
    those inside it), built once per data version, query, layer and box, and its
    JavaScript too (``ui/reuse.py``): a click that only changes the selected place reuses
    both. Nothing is highlighted in it."""
    return _places_group(default_db(), version(), q, layer, box, on_map)


@st.cache_resource(hash_funcs=HASH, max_entries=16, show_spinner=False)
def _cells_in(
    target: str,
    version: Version,
    q: sq.EventQuery,
    layer: str,
    size: float,
    box: sq.Box,
    threshold: int,
    _on_map: pd.DataFrame,
) -> pd.DataFrame | None:
    from dashboard.ui import grid

    return grid.cells_or_none(_on_map, size, box, threshold)


def cells_in(
    q: sq.EventQuery, layer: str, size: float, box: sq.Box, on_map: pd.DataFrame
) -> pd.DataFrame | None:
    """``grid.cells_or_none`` of ``on_map`` (the places ``layer`` draws for ``q``), once per
    data version, query, layer, cell size and box, like the layer drawn from it: a rerun of
    the same view (a click, a full rerun) grouped its places again, 40-130 ms per run for a
    year's places at 100k events. Callers must not change the frame: it is shared."""
    from dashboard.ui import grid

    return _cells_in(default_db(), version(), q, layer, size, box, grid.MAX_PLACES, on_map)


@st.cache_resource(hash_funcs=HASH, max_entries=16, show_spinner=False)
def _cells_group(
    target: str,
    version: Version,
    q: sq.EventQuery,
    layer: str,
    size: float,
    box: sq.Box,
    _cells: pd.DataFrame,
) -> folium.FeatureGroup:
    from dashboard.ui import grid

    group = grid.cells_layer(grid.cell_features(_cells, size))
    return reuse.mark(group, (target, version, q, layer, size, box))


def cells_group(
    q: sq.EventQuery, layer: str, size: float, box: sq.Box, cells: pd.DataFrame
) -> folium.FeatureGroup:
    """The cells layer of ``cells`` (``grid.cells_of`` the places ``layer`` draws for ``q``,
    at ``size`` in ``box``), built once per data version, query, layer, cell size and box,
    its JavaScript too."""
    return _cells_group(default_db(), version(), q, layer, size, box, cells)


@st.cache_resource(hash_funcs=HASH, max_entries=8, show_spinner=False)
def _view(
    target: str,
    version: Version,
    q: sq.EventQuery,
    layer: str,
    _points: pd.DataFrame,
    weighted: bool,
) -> tuple[tuple[float, float], int]:
    from dashboard.ui.map import fit_view

    return fit_view(_points, weights="n_events" if weighted else None)


def fitted_view(
    q: sq.EventQuery, layer: str, points: pd.DataFrame, weighted: bool
) -> tuple[tuple[float, float], int]:
    """``fit_view`` of the places ``layer`` draws for ``q``, once per data version."""
    return _view(default_db(), version(), q, layer, points, weighted)


@st.cache_resource(hash_funcs=HASH, max_entries=4, show_spinner=False)
def _place_total(target: str, version: Version) -> int:
    return sq.place_total(store(target))


def place_total() -> int:
    """How many places the store holds."""
    return _place_total(default_db(), version())


@st.cache_resource(hash_funcs=HASH, max_entries=32, show_spinner=False)
def _places_named(target: str, version: Version, text: str) -> pd.DataFrame:
    return sq.places_named(store(target), text)


def places_named(text: str) -> pd.DataFrame:
    """``store.queries.places_named``: places whose name contains ``text`` (read-only)."""
    return _places_named(default_db(), version(), text.strip().casefold())


def event_location(q: sq.EventQuery, event_id: str) -> str | None:
    return sq.event_location(current_store(), q, event_id)


@st.cache_resource(hash_funcs=HASH, max_entries=4, show_spinner=False)
def facets(target: str, version: Version) -> dict[str, list]:
    return sq.facets(store(target))


def filter_options() -> dict[str, list]:
    return facets(default_db(), version())


@st.cache_resource(hash_funcs=HASH, max_entries=8, show_spinner=False)
def _default(target: str, version: Version, today: date, unreal: bool) -> tuple[date, date] | None:
    return sq.default_range(store(target), sq.EventQuery(hide_unreal=not unreal), today)


def default_range() -> tuple[date, date]:
    """The first view's range: the last 30 days up to the newest shown event that has happened."""
    today = date.today()
    return _default(default_db(), version(), today, show_unreal()) or (today, today)


@st.cache_resource(hash_funcs=HASH, max_entries=8, show_spinner=False)
def _extent(target: str, version: Version, unreal: bool) -> tuple[date, date] | None:
    return sq.extent(store(target), sq.EventQuery(hide_unreal=not unreal))


def extent() -> tuple[date, date] | None:
    """First and last day of the events shown (the "All" preset, the date bounds)."""
    return _extent(default_db(), version(), show_unreal())


def show_unreal() -> bool:
    """The "Show negated and hypothetical events" toggle; read from the link before the
    sidebar draws the toggle (the date range is set up first)."""
    from dashboard.ui.state import UNREAL

    if UNREAL in st.session_state:
        return bool(st.session_state[UNREAL])
    return str(st.query_params.get(UNREAL, "")).lower() in {"true", "1"}


def md(text: object) -> str:
    """Article-derived text bound for st.markdown: Markdown syntax escaped."""
    from dashboard.ui.escape import markdown_text

    return markdown_text(text)


def html_text(text: object) -> str:
    """Article-derived text bound for HTML we build."""
    from dashboard.ui.escape import html_text as _html

    return _html(text)


@st.cache_resource
def pipeline(target: str) -> Pipeline:
    # one geoparser (gazetteer in memory) per store, shared by every session; imported here:
    # the readers cost a second at start-up, and the Map page never reads an article
    from dashboard.pipeline import Pipeline

    return Pipeline(store(target))


def current_pipeline() -> Pipeline:
    return pipeline(default_db())


@st.cache_data(max_entries=8, show_spinner=False)
def export_text(
    target: str,
    version: Version,
    fmt: str,
    start: date,
    end: date,
    filters: Filters,
    unreal: bool = False,
) -> str:
    """The current view in an export format: the same events as the map and the count above
    it (date range, filters, and the negated/hypothetical toggle: hidden events are left out,
    shown ones keep their flag), streamed from the store in event-id order."""
    from dashboard.export import write

    buf = io.StringIO()
    write(
        sq.export_rows(store(target), _plain(start, end, filters, unreal)), fmt, buf, ordered=True
    )
    return buf.getvalue()


def with_dates(q: sq.EventQuery, start: date, end: date) -> sq.EventQuery:
    """``q`` over another date range (the playback window, inside the view's range: the
    events it carries, ``within``, hold that window's)."""
    return replace(q, start=start, end=end)


# ---------------------------------------------------------------- happenings (issue 16)


@st.cache_resource(hash_funcs=HASH, max_entries=32, show_spinner=False)
def _happening_count(target: str, version: Version, q: sq.EventQuery, n_events: int) -> int:
    return hq.happening_count(store(target), q, n_events)


def happening_count(q: sq.EventQuery) -> int:
    """Happenings with a report in view (from the view's event count, ``counts``)."""
    return _happening_count(default_db(), version(), q, _events_in(q))


def _events_in(q: sq.EventQuery) -> int:
    """How many events match ``q``, from ``counts`` (asked for by every map run anyway)."""
    n_any, n_flagged = counts(q)
    return n_any - n_flagged if q.hide_unreal else n_any


@st.cache_resource(hash_funcs=HASH, max_entries=16, show_spinner=False)
def _happening_places(target: str, version: Version, q: sq.EventQuery) -> pd.DataFrame:
    return hq.place_counts(store(target), q)


def happening_place_counts(q: sq.EventQuery) -> pd.DataFrame:
    """Marker sizes of "Where events happened": one row per place with ``n_events``,
    ``top_code`` and ``n_happenings``, the marker size (read-only)."""
    return _happening_places(default_db(), version(), q)


@st.cache_resource(hash_funcs=HASH, max_entries=64, show_spinner=False)
def _happening_cards(
    target: str,
    version: Version,
    q: sq.EventQuery,
    place_id: str | None,
    limit: int,
    min_reports: int,
    carried: bool = False,
) -> tuple[int, tuple[hq.HappeningCard, ...]]:
    return hq.happening_cards(store(target), q, place_id, limit, min_reports, carried)


def happening_cards(
    q: sq.EventQuery, place_id: str | None, limit: int, min_reports: int = 1, carried: bool = False
) -> tuple[int, tuple[hq.HappeningCard, ...]]:
    """Happenings in view (at ``place_id``), newest first, with their reports; ``carried``:
    also a report other outlets carried word for word (``hq.happening_cards``)."""
    return _happening_cards(default_db(), version(), q, place_id, limit, min_reports, carried)


def split_report(event_id: str) -> None:
    """A user's split: the report leaves its happening for good; the cached answers go."""
    from dashboard.store.happenings import split_event

    split_event(current_store(), event_id)
    refresh_version()


def join_happenings(event_id: str, other: str) -> None:
    """A user's join of the happenings of two reports, for good."""
    from dashboard.store.happenings import join_events

    join_events(current_store(), event_id, other)
    refresh_version()


# ---------------------------------------------------------------- asked ahead (issue 15)

AHEAD_THREADS = int(os.environ.get("GEONEWS_AHEAD_THREADS", "2"))  # 0: none
_ahead = ThreadPoolExecutor(max_workers=max(1, AHEAD_THREADS), thread_name_prefix="geonews-ahead")


def ahead(q: sq.EventQuery) -> list[Future]:
    """Ask the store, in two worker threads at once, what the map page needs before it can
    draw the map for the filter state ``q``, which it otherwise asks one after another:
    the counts then the happening count (the heading), and the marker sizes (the places).
    Each is the cached function the page calls, with the page's arguments, so the page then
    finds its answer made, or waits for the thread making it (Streamlit computes one key
    once). The cards and the timeline, drawn after the map, are left to the page: asked
    here too, they took the CPU the map's questions needed (in-process at 1M, load 7-9:
    the cold run to the map 3.3-4.3 s without threads, 5.3-6.4 s with them). SQLite and
    the PostgreSQL driver release the GIL while a query runs. A question already cached
    returns at once; a failure here is left for the page to raise when it asks again.
    Returns the futures (tests wait on them)."""
    if AHEAD_THREADS < 1:  # GEONEWS_AHEAD_THREADS=0: the page asks them one after another
        return []
    target, v = default_db(), version()

    def counted() -> None:
        n_any, n_flagged = _counts(target, v, q)
        _happening_count(target, v, q, n_any - n_flagged if q.hide_unreal else n_any)

    return [_ahead.submit(counted), _ahead.submit(lambda: _happening_places(target, v, q))]


def ahead_rest(
    q: sq.EventQuery,
    place_id: str | None,
    offsets: tuple[int, int],
    limits: tuple[int, int, int],
    resolution: sq.Resolution,
    domain: tuple[date, date],
) -> list[Future]:
    """Ask, in the worker threads, the store questions the map page asks after the map:
    the timeline's (its events while at most ``limits[2]``, else its histogram at
    ``resolution`` over ``domain``) and the cards' (a page of ``limits[0]`` cards at
    ``offsets[0]`` of every event, or at ``offsets[1]`` of those at ``place_id`` when the
    view has it, with the events that only mention it, and ``limits[1]`` happening cards).
    The page asks them after drawing the map, one after another; made here, they are
    answered while it builds and sends the map (the date change at 1M events: 0.4-0.5 s of
    CPU of store questions after the map, on the script's path before the browser is told
    the run ended). Called once the map's own questions (``ahead``) are answered, so these
    do not take the CPU those needed. The same cached calls and arguments as the page's."""
    if AHEAD_THREADS < 1:
        return []
    target, v = default_db(), version()
    cards_n, happenings_n, marks = limits

    def n_events() -> int:
        n_any, n_flagged = _counts(target, v, q)
        return n_any - n_flagged if q.hide_unreal else n_any

    def timeline() -> None:
        if n_events() <= marks:
            _event_frame(target, v, q, marks)
        else:
            _histogram(target, v, q, resolution, domain)

    def card_pages() -> None:
        shown = _happening_places(target, v, q)
        at = place_id if place_id is not None and bool((shown["id"] == place_id).any()) else None
        if at is None:
            _cards(target, v, q, None, "all", offsets[0], cards_n, n_events())
        else:
            _cards(target, v, q, at, "here", offsets[1], cards_n, None)
            _cards(target, v, q, at, "mentioning", 0, cards_n, None)
        _happening_cards(target, v, q, at, happenings_n, 2, True)

    return [_ahead.submit(card_pages), _ahead.submit(timeline)]
