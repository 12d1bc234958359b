"""The shared filters, drawn once in the entry script; their state lives in the URL."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.ui import data, state

MIN = date(*state.MIN_DATE)
MAX = date(*state.MAX_DATE)


def date_range(
    picked_from: date | None, picked_to: date | None, default: tuple[date, date]
) -> tuple[date, date]:
    """The filter range, whatever half-typed state the two inputs are in."""
    start = picked_from or default[0]
    end = picked_to or default[1]
    return (start, end) if start <= end else (end, start)


def sidebar() -> None:
    extent = data.frames().extent or (date.today(), date.today())
    with st.sidebar:
        st.markdown("### Dates")
        st.caption(
            "Events overlapping this range are shown on the map, the cards and the timeline."
        )
        st.date_input("From", value=extent[0], min_value=MIN, max_value=MAX, key=state.FROM,
                      bind="query-params", format="YYYY-MM-DD")  # fmt: skip
        st.date_input("To", value=extent[1], min_value=MIN, max_value=MAX, key=state.TO,
                      bind="query-params", format="YYYY-MM-DD")  # fmt: skip
        if st.button("All dates", icon=":material/restart_alt:", width="stretch"):
            reset_dates()


def reset_dates() -> None:
    for key in (state.FROM, state.TO):
        st.session_state.pop(key, None)
        st.query_params.pop(key, None)
    st.rerun()


def current() -> tuple[date, date]:
    extent = data.frames().extent or (date.today(), date.today())
    return date_range(st.session_state.get(state.FROM), st.session_state.get(state.TO), extent)
