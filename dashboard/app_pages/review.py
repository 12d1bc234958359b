"""Review: places the geoparser was unsure of, and event dates, corrected by hand.
Corrections are stored, applied to every mention at once and used for future ingests."""

from __future__ import annotations

import functools
import json
from collections import defaultdict

import streamlit as st

from dashboard.errors import DashboardError
from dashboard.places.gazetteer import load
from dashboard.places.names import fold
from dashboard.ui import data

store = data.current_store()
gaz = load()
st.markdown("#### Review places and dates")
tab_places, tab_dates, tab_done = st.tabs(["Places to check", "Event dates", "Corrections made"])


def gazetteer_pick(name: str) -> str | None:
    """The most likely gazetteer place of that name: countries and regions first, then the
    most populous. "Washington (state)" narrows by kind."""
    kind = None
    if name.strip().endswith(")") and "(" in name:
        name, kind = name.rsplit("(", 1)
        kind = {"state": "admin1", "province": "admin1", "city": "city", "country": "country"}.get(
            kind.strip(" )").lower()
        )
    places = [p for p in gaz.lookup(name.strip()) if kind is None or p.kind == kind]
    order = {"country": 0, "region": 1, "sea": 1, "admin1": 2}
    places.sort(key=lambda p: (order.get(p.kind, 3), -p.population))
    return places[0].id if places else None


def scored_label(place_id: str, scores: dict[str, float]) -> str:
    return f"{label(place_id)} (score {scores[place_id]:.2f})"


def label(place_id: str) -> str:
    p = gaz.get(place_id)
    return f"{p.name} · {p.kind} · {p.country_code or '—'}" if p else place_id


with tab_places:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in store.review_rows():
        groups[fold(row["text"])].append(row)
    if not groups:
        st.success("Every place was resolved with confidence.")
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:40]:
        first = rows[0]
        with st.form(f"place_{key}"):
            now = first["name"] or "unresolved"
            st.markdown(f"**{data.md(first['text'])}** · {len(rows)} mention(s) · now: {data.md(now)} "
                        f"(score {first['score']:.2f})")  # fmt: skip
            st.caption(data.md(first["reason"]))
            options = [pid for pid, _ in json.loads(first["candidates"])]
            scores = dict(json.loads(first["candidates"]))
            pick = st.selectbox("Candidate", options, index=None, key=f"pick_{key}",
                                format_func=functools.partial(scored_label, scores=scores))  # fmt: skip
            entry = st.text_input("…or any gazetteer place, by name", key=f"entry_{key}",
                                  placeholder="e.g. Olympia, or Washington (state)")  # fmt: skip
            st.caption("…or a point of your own:")
            cols = st.columns(3)
            name = cols[0].text_input("Name", key=f"name_{key}")
            lat = cols[1].number_input("Latitude", -90.0, 90.0, value=None, key=f"lat_{key}")
            lon = cols[2].number_input("Longitude", -180.0, 180.0, value=None, key=f"lon_{key}")
            if st.form_submit_button("Apply to every mention", key=f"apply_{key}"):
                try:
                    found = gazetteer_pick(entry) if entry.strip() else None
                    if entry.strip() and found is None:
                        st.warning(f"No gazetteer place is called {data.md(entry)}.")
                        st.stop()
                    if pick or found:
                        n = data.current_pipeline().correct_place(first["text"], pick or found)
                    elif lat is not None and lon is not None:
                        n = data.current_pipeline().correct_place(
                            first["text"], point=(name or first["text"], lat, lon)
                        )
                    else:
                        st.warning("Pick a candidate or give coordinates.")
                        st.stop()
                    st.success(f"Corrected; {n} article(s) re-read.")
                except DashboardError as exc:
                    st.error(data.md(exc))

with tab_dates:
    events = data.frames().events.sort_values("date_start", ascending=False)
    if events.empty:
        st.info("No events yet.")
    else:
        labels = {r.id: f"{r.date_start} · {r.summary}" for r in events.itertuples()}
        chosen = st.selectbox("Event", list(labels), format_func=lambda i: labels[i], index=None)
        if chosen:
            ev = events.set_index("id").loc[chosen]
            st.caption(
                data.md(
                    f"Now {ev['date_start']} – {ev['date_end']}, precision {ev['time_precision']}: {ev['date_reason']}"
                )
            )
            with st.form("date_fix"):
                new = st.date_input(
                    "Dates", value=(ev["date_start"], ev["date_end"]), format="YYYY-MM-DD"
                )
                precision = st.selectbox("Time precision", [1, 2, 3, 4], index=int(ev["time_precision"]) - 1,
                                         format_func=lambda p: {1: "1 day", 2: "2 week", 3: "3 month", 4: "4 longer"}[p])  # fmt: skip
                if st.form_submit_button("Save date"):
                    picked = tuple(new) if isinstance(new, (tuple, list)) else (new, new)
                    start_d, end_d = (picked + picked)[:2] if len(picked) == 1 else picked
                    try:
                        data.current_pipeline().correct_date(chosen, start_d, end_d, precision)
                        st.success(f"Saved {start_d} – {end_d}.")
                    except DashboardError as exc:
                        st.error(data.md(exc))

with tab_done:
    done = store.correction_rows("place") + store.correction_rows("date")
    if not done:
        st.info("No corrections yet.")
    else:
        st.dataframe([{k: v for k, v in c.items() if v is not None and k != "id"} for c in done],
                     hide_index=True, width="stretch")  # fmt: skip
