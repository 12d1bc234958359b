"""GeoNews, the Streamlit entry point: page frame, the shared date filter, navigation.

Run with ``make run`` (or ``streamlit run dashboard/app.py``).
"""

from __future__ import annotations

import streamlit as st

from dashboard.errors import DashboardError
from dashboard.ui import data, filters, freshness

# no page_icon: an emoji or Material icon favicon is fetched from Google's servers
st.set_page_config(page_title="GeoNews", layout="wide")

pages = [
    st.Page("app_pages/map.py", title="Map", default=True, url_path="map"),
    st.Page("app_pages/articles.py", title="Articles", url_path="articles"),
    st.Page("app_pages/article.py", title="Article view", url_path="article"),
    st.Page("app_pages/add.py", title="Add articles", url_path="add"),
    st.Page("app_pages/review.py", title="Review", url_path="review"),
]
page = st.navigation(pages)
try:
    filters.sidebar()
    freshness.notice()
    page.run()
except DashboardError as exc:
    st.error(data.md(exc))
