"""The shared filters, drawn once in the entry script; their state lives in the URL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import streamlit as st

from dashboard.events.cameo import ROOTS
from dashboard.ui import data, state
from dashboard.views import Filters

MIN = date(*state.MIN_DATE)
MAX = date(*state.MAX_DATE)


def date_range(
    picked_from: date | None, picked_to: date | None, default: tuple[date, date]
) -> tuple[date, date]:
    """The filter range, whatever half-typed state the two inputs are in."""
    start = picked_from or default[0]
    end = picked_to or default[1]
    return (start, end) if start <= end else (end, start)


PENDING = "_pending_range"  # a range set after the date inputs were drawn (timeline brush)


def set_dates(start: date, end: date) -> None:
    """Set the date filter from outside the sidebar: applied before the inputs are drawn."""
    st.session_state[PENDING] = (start, end)
    st.rerun()


def sidebar() -> None:
    extent = data.frames().extent or (date.today(), date.today())
    pending = st.session_state.pop(PENDING, None)
    if pending:
        st.session_state[state.FROM], st.session_state[state.TO] = pending
    with st.sidebar:
        st.markdown("### Dates")
        st.caption(
            "Events overlapping this range are shown on the map, the cards and the timeline."
        )
        st.pills("Range", list(PRESETS), key="preset", on_change=_apply_preset, args=(extent,),
                 label_visibility="collapsed")  # fmt: skip
        _date_input("From", state.FROM, extent[0])
        _date_input("To", state.TO, extent[1])
        if st.button("All dates", icon=":material/restart_alt:", width="stretch"):
            reset_dates()
        facets()


GEO_LABELS = {
    1: "1 · town or landmark",
    2: "2 · near a town / part of a region",
    3: "3 · region, sea or country",
}


def facets() -> None:
    options = data.filter_options()
    st.markdown("### Filters")
    _multiselect(
        "Event type (CAMEO)", options["types"], state.TYPES, lambda c: f"{c} {ROOTS.get(c, '')}"
    )
    _multiselect("Country of the event", options["countries"], state.COUNTRIES, _country_name)
    _multiselect("Actor", options["actors"], state.ACTORS, str)
    _multiselect("Geo precision", [1, 2, 3], state.GEO, lambda g: GEO_LABELS[g])
    st.text_input("Search summaries and sentences", key=state.QUERY, bind="query-params")
    if current_filters().active and st.button("Clear filters", width="stretch"):
        clear_filters()


def _multiselect(label: str, options: list, key: str, fmt: Callable[[Any], str]) -> None:
    """A multiselect whose value lives in the URL as plain codes (?type=15&type=04).
    (bind="query-params" would write the formatted labels instead.)"""
    if key not in st.session_state:
        wanted = set(st.query_params.get_all(key))
        st.session_state[key] = [o for o in options if str(o) in wanted]
    value = st.multiselect(label, options, key=key, format_func=fmt)
    if value:
        st.query_params[key] = [str(v) for v in value]
    else:
        st.query_params.pop(key, None)


def current_filters() -> Filters:
    ss = st.session_state
    return Filters(
        types=tuple(ss.get(state.TYPES) or ()),
        countries=tuple(ss.get(state.COUNTRIES) or ()),
        actors=tuple(ss.get(state.ACTORS) or ()),
        geo_precision=tuple(int(g) for g in ss.get(state.GEO) or ()),
        text=str(ss.get(state.QUERY) or ""),
    )


def clear_filters() -> None:
    for key in state.FILTER_KEYS:
        st.session_state.pop(key, None)
        st.query_params.pop(key, None)
    st.rerun()


def _country_name(code: str) -> str:
    from dashboard.places.gazetteer import load

    place = load().country(code)
    return f"{place.name} ({code})" if place else code


# Presets count back from the newest event in the store, not from today: an archive of
# last year's news should not open on an empty "last 7 days".
PRESETS = {"Last 7 days": 7, "Last 30 days": 30, "Last year": 365, "All": None}


def preset_range(name: str, extent: tuple[date, date]) -> tuple[date, date]:
    days = PRESETS[name]
    return extent if days is None else (extent[1] - timedelta(days=days - 1), extent[1])


def _apply_preset(extent: tuple[date, date]) -> None:
    name = st.session_state.get("preset")
    if name:
        st.session_state[state.FROM], st.session_state[state.TO] = preset_range(name, extent)


def _date_input(label: str, key: str, default: date) -> None:
    """A date input whose value lives in the URL (?from=YYYY-MM-DD) however it was set: typed,
    a preset or the timeline brush. (bind="query-params" follows only what is typed.)"""
    if key not in st.session_state:
        st.session_state[key] = _url_date(key) or default
    value = st.date_input(label, min_value=MIN, max_value=MAX, key=key, format="YYYY-MM-DD")
    if isinstance(value, date) and value != default:
        st.query_params[key] = value.isoformat()
    else:
        st.query_params.pop(key, None)


def _url_date(key: str) -> date | None:
    try:
        return date.fromisoformat(st.query_params.get(key, ""))
    except ValueError:
        return None


def reset_dates() -> None:
    for key in (state.FROM, state.TO):
        st.session_state.pop(key, None)
        st.query_params.pop(key, None)
    st.rerun()


def current() -> tuple[date, date]:
    extent = data.frames().extent or (date.today(), date.today())
    return date_range(st.session_state.get(state.FROM), st.session_state.get(state.TO), extent)
