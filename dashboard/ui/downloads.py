"""The Map page's downloads: the view's events as CSV, GeoJSON or JSON Lines."""

from __future__ import annotations

import functools

import streamlit as st

from dashboard.ui import data
from dashboard.ui.map_page import MapPage

DOWNLOADS_OPEN = "downloads_open"  # the downloads' expander: open or closed


def downloads_box(page: MapPage) -> None:
    """The downloads in an expander whose content is sent only while it is open (opening
    it reruns the page): closed, its caption, columns and three buttons were eight of the
    first page's 57 elements, each one more for the browser to lay out
    (bench/scale_paint.py)."""
    box = st.expander("Download the events in this view", key=DOWNLOADS_OPEN, on_change="rerun")
    if box.open:
        with box:
            downloads(page)


def downloads(page: MapPage) -> None:
    """CSV, GeoJSON and JSON Lines of the view's events, built when a button is pressed."""
    # the files hold what the view shows (see the README): say which events those are
    if page.show_unreal:
        said = "; negated and hypothetical events included, flagged"
    elif page.n_unreal:
        said = (
            f"; not the {page.n_unreal} hidden negated or hypothetical event(s) "
            "(show them in the sidebar to include them, flagged)"
        )
    else:
        said = ""
    st.caption(f"The {page.n_events} event(s) counted above{said}.")
    version = data.version()
    formats = [
        ("csv", "text/csv"),
        ("geojson", "application/geo+json"),
        ("jsonl", "application/x-ndjson"),
    ]
    for col, (fmt, mime) in zip(st.columns(3), formats, strict=True):
        # a callable: the export is built when the button is pressed, not on every rerun;
        # on_click="ignore": a click that also reran the page replaced the file it asked for
        # ("Deferred file … not found"), so every other click was lost
        export = functools.partial(
            data.export_text,
            data.default_db(),
            version,
            fmt,
            page.start,
            page.end,
            page.filters,
            page.show_unreal,
        )
        col.download_button(
            fmt.upper(),
            export,
            on_click="ignore",
            file_name=f"geonews-{page.start}-{page.end}.{fmt}",
            mime=mime,
            key=f"dl_{fmt}",
        )
