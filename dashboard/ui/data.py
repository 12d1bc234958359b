"""Streamlit caching around the pure data layer: the only place the store is cached."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.paths import default_db
from dashboard.pipeline import Pipeline
from dashboard.store.db import Store
from dashboard.views import (
    Filters,
    Frames,
    events_in_view,
    facet_options,
    load_frames,
    shown_extent,
)
from dashboard.views import (
    default_range as _default_range,
)

Version = tuple


@st.cache_resource
def store(target: str) -> Store:
    # one engine per store: SQLAlchemy pools connections per thread, so reruns are safe
    return Store(target)


def current_store() -> Store:
    return store(default_db())


# a resource, not data: cache_data would hand every caller a fresh copy of every frame on
# every rerun; the frames are only ever read (views build new frames), so one copy is shared
@st.cache_resource(max_entries=4, show_spinner="Loading events…")
def _frames(target: str, version: Version) -> Frames:
    return load_frames(store(target))


@st.cache_resource(max_entries=4)
def facets(target: str, version: Version) -> dict[str, list]:
    return facet_options(_frames(target, version))


def filter_options() -> dict[str, list]:
    return facets(default_db(), version())


def version() -> Version:
    """The store's data version: changes with ingests, corrections and re-analysis."""
    return current_store().data_version()


def frames() -> Frames:
    """The store's frames, reloaded whenever the store's data changed since the last run."""
    return _frames(default_db(), version())


@st.cache_resource(max_entries=8)
def _default(target: str, version: Version, today: date, unreal: bool) -> tuple[date, date] | None:
    return _default_range(_frames(target, version).events, today, include_unreal=unreal)


def default_range() -> tuple[date, date]:
    """The first view's range: the last 30 days up to the newest shown event that has happened."""
    today = date.today()
    return _default(default_db(), version(), today, show_unreal()) or (today, today)


@st.cache_resource(max_entries=8)
def _extent(target: str, version: Version, unreal: bool) -> tuple[date, date] | None:
    return shown_extent(_frames(target, version).events, unreal)


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
    # one geoparser (gazetteer in memory) per store, shared by every session
    return Pipeline(store(target))


def current_pipeline() -> Pipeline:
    return pipeline(default_db())


@st.cache_data(max_entries=8, show_spinner=False)
def export_text(target: str, version: Version, fmt: str, start: date, end: date, filters: Filters,
                unreal: bool = False) -> str:  # fmt: skip
    """The current view in an export format: the same events as the map and the count above
    it (date range, filters, and the negated/hypothetical toggle: hidden events are left out,
    shown ones keep their flag)."""
    from dashboard.export import to_text

    keep = set(events_in_view(_frames(target, version), start, end, filters, unreal)["id"])
    return to_text([r for r in store(target).event_rows(start, end) if r["id"] in keep], fmt)
