"""The store's freshness in the app: a small notice while articles made by an older reader
are re-read, by one background thread per store and process, never inside a page rerun."""

from __future__ import annotations

import threading

import streamlit as st

from dashboard.paths import default_db
from dashboard.store.fingerprint import analysis_fingerprint
from dashboard.ui import data


@st.cache_resource(show_spinner=False)
def _rereader(target: str) -> threading.Thread:
    """Started once per store: the rerun that first sees stale articles only starts it."""

    def work() -> None:
        from dashboard.pipeline import Pipeline
        from dashboard.store.db import Store

        # its own store and pipeline: the sessions' cached ones stay untouched
        Pipeline(Store(target)).reanalyse()

    thread = threading.Thread(target=work, name="geonews-reanalyse", daemon=True)
    thread.start()
    return thread


# (store, data version, reader) found current: a store current at a version stays so until
# the version moves (an ingest, a re-read or a correction rewrites articles), and the reader
# is this process's. Counting stale articles read every article row, about 0.1 s per rerun
# at 100k articles, on every click, search and date change of a current store
_current: set[tuple[str, data.Version, str]] = set()


def notice() -> None:
    """One caption when some articles were read by an older reader; starts the re-read.
    A store found current is not asked again until its data version moves; a stale one is
    asked on every run, so the count follows the re-read."""
    key = (default_db(), data.version(), analysis_fingerprint())
    if key in _current:
        return
    stale, total = data.current_store().freshness(key[2])
    if not stale:
        if len(_current) > 64:  # one key per data version seen: forget the old ones
            _current.clear()
        _current.add(key)
        return
    running = _rereader(default_db()).is_alive()
    how = "re-reading them in the background" if running else "run `python -m dashboard reanalyse`"
    st.caption(f"{stale} of {total} articles were read by an older version of the reader; {how}.")
