"""Articles page: what is in the store, and a date for articles that came without one."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.articles.urls import http_url
from dashboard.errors import DashboardError
from dashboard.ui import data, state

store = data.current_store()
rows = store.article_rows()
st.markdown(f"#### Articles · {len(rows)}")
if not rows:
    st.info("The store has no articles yet. Add some on the *Add articles* page.")
    st.stop()

undated = [r for r in rows if "no_publication_date" in json.loads(r["flags"])]
if undated:
    st.warning(
        f"{len(undated)} article(s) have no publication date: only explicit dates in them are used. "
        "Set the date to read 'yesterday' or 'on Monday' in them too."
    )
    for r in undated[:20]:
        with st.form(f"date_{r['id']}"):
            st.text(r["title"] or "(untitled)")
            when = st.date_input(
                "Publication date",
                value=None,
                format="YYYY-MM-DD",
                key=f"d_{r['id']}",
                min_value=date(*state.ANY_MIN),
                max_value=date(*state.ANY_MAX),
            )
            if st.form_submit_button("Set date") and when is not None:
                try:
                    result = data.current_pipeline().set_date(r["id"], when)
                    st.success(f"Dated {when}: {data.md(result.detail)}")
                except DashboardError as exc:
                    st.error(data.md(exc))

table = pd.DataFrame(rows)[["title", "source", "published", "events", "url"]]
table["url"] = table["url"].map(lambda u: http_url(u) or "")  # only http(s) becomes a link
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    column_config={
        "published": st.column_config.DateColumn("Published"),
        "url": st.column_config.LinkColumn("URL"),
    },
)
