"""The floor for ``bench/scale_browser.py``: a bare ``st_folium`` page of the same places.

The same map frame (``base_map``: local Leaflet, the offline basemap) and the same places the
app's first view draws, as one plain GeoJSON layer of points, with the same three inputs the
benchmark drives (a search box, range pills, a click on a place) and, for the clicked place,
a plain list of its newest events. Nothing cached, no areas, no styles, no timeline, no
filters: what any Streamlit page pays to show these places and their events. Run by the
benchmark from a folder beside ``dashboard/static`` (Streamlit serves ``static/`` next to
the script), with ``GEONEWS_DB`` and ``GEONEWS_ROOT`` set.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta

sys.path.insert(0, os.environ["GEONEWS_ROOT"])

import folium
import streamlit as st
from streamlit_folium import st_folium

from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.ui.escape import html_text, map_text
from dashboard.ui.map import base_map

RANGES: dict[str, int | None] = {
    "Last 7 days": 7,
    "Last 30 days": 30,
    "Last year": 365,
    "All": None,
}

st.set_page_config(page_title="floor", layout="wide")
store = Store(os.environ["GEONEWS_DB"])
newest = sq.default_range(store, sq.EventQuery(hide_unreal=True), date.today())
last = newest[1] if newest else date.today()
with st.sidebar:
    picked = st.pills("Range", list(RANGES), default="Last 30 days", key="preset")
    text = st.text_input("Search titles, summaries and sentences", key="q")
days = RANGES[picked or "Last 30 days"]
start, end = (last - timedelta(days=days - 1), last) if days else (None, None)  # "All": every date
q = sq.EventQuery(start=start, end=end, text=text, hide_unreal=True)
counts = sq.place_counts(store, q)
st.markdown(f"#### {sq.event_count(store, q)} event(s) at {len(counts)} place(s)")
features = [
    {
        "type": "Feature",
        "id": r.id,
        "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
        "properties": {"place_id": r.id, "label": map_text(r.name)},
    }
    for r in counts.itertuples()
    if r.lat is not None
]
group = folium.FeatureGroup(name="Places", control=False)
folium.GeoJson(
    {"type": "FeatureCollection", "features": features},
    marker=folium.CircleMarker(radius=6, fill=True, fill_opacity=0.9),
    tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
).add_to(group)
left, right = st.columns([3, 2])
with left:
    out = st_folium(
        base_map(),
        key="map",
        height=500,
        use_container_width=True,
        feature_group_to_add=group,
        center=(30, 40),
        zoom=2,
        returned_objects=["last_active_drawing"],
    )
chosen = ((out or {}).get("last_active_drawing") or {}).get("properties", {}).get("place_id")
with right:
    if chosen:
        page = sq.cards(store, q, str(chosen), limit=60, part="here")
        name = next((r.name for r in counts.itertuples() if r.id == chosen), chosen)
        st.markdown(f"**{name}** · {page.total} event(s) placed here")
        st.html(
            "".join(
                f'<div data-event-id="{html_text(c.id)}">{html_text(c.date_start)} · {html_text(c.summary)}</div>'
                for c in page.cards
            )
        )
