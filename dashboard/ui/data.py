"""Streamlit caching around the pure data layer: the only place the store is cached."""

from __future__ import annotations

import streamlit as st

from dashboard.paths import default_db
from dashboard.store.db import Store
from dashboard.views import Frames, load_frames


@st.cache_resource
def store(target: str) -> Store:
    # one engine per store: SQLAlchemy pools connections per thread, so reruns are safe
    return Store(target)


def current_store() -> Store:
    return store(default_db())


@st.cache_data(max_entries=4, show_spinner="Loading events…")
def _frames(target: str, version: tuple[int, str]) -> Frames:
    return load_frames(store(target))


def frames() -> Frames:
    """The store's frames, reloaded when articles were added since the last run."""
    s = current_store()
    return _frames(default_db(), s.version())


def md(text: object) -> str:
    """Article-derived text bound for st.markdown: Markdown syntax escaped."""
    from dashboard.ui.escape import markdown_text

    return markdown_text(text)
