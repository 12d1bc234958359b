"""Articles page: what is in the store, with the events found in each."""

from __future__ import annotations

import streamlit as st

from dashboard.ui import data

frames = data.frames()
events = frames.events
st.markdown("#### Articles")
if events.empty:
    st.info("The store has no articles yet. Run `python -m dashboard ingest PATH` to add some.")
    st.stop()
table = (
    events.groupby(["article_id", "title", "source", "published"], dropna=False)
    .agg(events=("id", "count"), first=("date_start", "min"), last=("date_end", "max"))
    .reset_index()
    .sort_values("published", ascending=False, na_position="last")
)
st.dataframe(table.drop(columns=["article_id"]), hide_index=True, width="stretch",
             column_config={"published": st.column_config.DateColumn("Published")})  # fmt: skip
