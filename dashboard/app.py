"""GeoNews, the Streamlit entry point: page frame, the shared date filter, navigation.

Run with ``make run`` (or ``streamlit run dashboard/app.py``).
"""

from __future__ import annotations

import streamlit as st

from dashboard.errors import DashboardError
from dashboard.ui import data, filters, freshness

# no page_icon: an emoji or Material icon favicon is fetched from Google's servers
st.set_page_config(page_title="GeoNews", layout="wide")

# served at "/"; a default page still reserves a pathname, so "map" is left to the old link
map_page = st.Page("app_pages/map.py", title="Map", default=True, url_path="home")
pages = [
    map_page,
    st.Page("app_pages/articles.py", title="Articles", url_path="articles"),
    st.Page("app_pages/article.py", title="Article view", url_path="article"),
    st.Page("app_pages/add.py", title="Add articles", url_path="add"),
    st.Page("app_pages/review.py", title="Review", url_path="review"),
]


def _old_map_link() -> None:
    # the default page is served at "/", so a link to "/map" (what the nav's url_path
    # suggests) would be "Page not found": it lands on the map with its filters
    st.switch_page(map_page, query_params=st.query_params.to_dict())


pages.append(st.Page(_old_map_link, title="Map link", url_path="map", visibility="hidden"))
page = st.navigation(pages)
# narrow windows (1024 px with the sidebar open): the cards go under the map instead of
# squeezing into a 200 px column; the map keeps the full width
st.html(
    "<style>[data-testid='stMainBlockContainer'] {padding-top: 2.2rem}"
    "@media (max-width: 1180px) {"
    ".st-key-map_row [data-testid='stHorizontalBlock'] {flex-wrap: wrap}"
    ".st-key-map_row [data-testid='stColumn'] {min-width: 100% !important; flex: 1 1 100% !important}"
    "}</style>"
)
try:
    data.refresh_version()  # once per run: every cached answer below is keyed on it
    later = None
    if page.title == map_page.title:  # the dates and filters act on the Map page only
        later = filters.sidebar()
    freshness.notice()
    try:
        page.run()
    except filters.PageEndedError:
        pass  # the page said all it has; the filters below are still drawn
    finally:  # after the page (also one that stopped early): see filters.sidebar
        if later is not None:
            with later:
                filters.facets()
except DashboardError as exc:
    st.error(data.md(exc))
