"""Review: places the geoparser was unsure of, and event dates, corrected by hand.
Corrections are stored, applied to every mention at once and used for future ingests."""

from __future__ import annotations

import functools
import json
from collections import defaultdict

import streamlit as st

from dashboard.errors import DashboardError
from dashboard.events.dates_common import precision_for
from dashboard.places.gazetteer import load
from dashboard.places.names import fold, sentences
from dashboard.store.queries import Card, EventQuery, cards, event_card
from dashboard.store.writes import EVENT_PLACE
from dashboard.ui import data, filters

store = data.current_store()
gaz = load()
DATES_LISTED = 500
SAVED = "review_saved"  # what the last save did, shown once after the rerun that reads it back
st.markdown("#### Review places and dates")
if said := st.session_state.pop(SAVED, None):
    st.success(said)


def saved(message: str) -> None:
    """Say ``message`` on the next run and rerun now, so every "Now:" line on the page shows
    the saved value (the forms above it were drawn before the save)."""
    st.session_state[SAVED] = message
    st.rerun()


def gazetteer_pick(name: str) -> str | None:
    """The most likely gazetteer place of that name: countries and regions first, then the
    most populous. "Washington (state)" narrows by kind."""
    kind = None
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]  # "the Gaza Strip" as the news writes it
    if name.endswith(")") and "(" in name:
        name, kind = name.rsplit("(", 1)
        kind = {"state": "admin1", "province": "admin1", "city": "city", "country": "country"}.get(
            kind.strip(" )").lower()
        )
    places = [p for p in gaz.lookup(name.strip()) if kind is None or p.kind == kind]
    order = {"country": 0, "region": 1, "sea": 1, "admin1": 2}
    places.sort(key=lambda p: (order.get(p.kind, 3), -p.population))
    if places and places[0].kind == "admin1":
        # a division named after its city (Tokyo, Kyiv, Aleppo, Minsk): the name alone means
        # the city, as in the news; "Tokyo (state)" still asks for the division
        cities = [
            p for p in places if p.kind == "city" and p.country_code == places[0].country_code
        ]
        return cities[0].id if cities else places[0].id
    return places[0].id if places else None


def scored_label(place_id: str, scores: dict[str, float]) -> str:
    return f"{label(place_id)} (score {scores[place_id]:.2f})"


def label(place_id: str) -> str:
    """'Augusta · city · Georgia (US-GA) · US · pop. 202,081': what tells same-named places apart."""
    p = gaz.get(place_id)
    if p is None:
        return place_id
    admin1 = gaz.get(f"a1:{p.admin1}") if p.admin1 else None
    parts = [p.name, p.kind]
    if admin1 is not None and p.kind != "admin1":
        parts.append(f"{admin1.name} ({p.admin1})")
    parts.append(p.country_code or "—")
    if p.population:
        parts.append(f"pop. {p.population:,}")
    return " · ".join(parts)


def correct_place(
    text: str, pick: str | None, entry: str, name: str, lat: float | None, lon: float | None
) -> None:
    """Apply a place correction to every mention of ``text``; say what happened."""
    try:
        found = gazetteer_pick(entry) if entry.strip() else None
        if entry.strip() and found is None:
            st.warning(f"No gazetteer place is called {data.md(entry)}.")
            return
        if pick or found:
            n = data.current_pipeline().correct_place(text, pick or found)
        elif lat is not None and lon is not None:
            n = data.current_pipeline().correct_place(text, point=(name or text, lat, lon))
        else:
            st.warning("Pick a candidate or give coordinates.")
            return
    except DashboardError as exc:
        st.error(data.md(exc))
        return
    saved(f"Corrected {data.md(text)}; {n} article(s) re-read.")


def place_form(key: str, mention: dict, mentions: str) -> None:
    """The correction form for one mentioned name: candidates with what tells them apart.
    ``mentions`` says how many mentions the form corrects and where ("3 mentions in this
    article")."""
    with st.form(f"place_{key}"):
        now = mention["name"] or "unresolved"
        st.markdown(
            f"**{data.md(mention['text'])}** · {mentions} · now: {data.md(now)} "
            f"(score {mention['score']:.2f})"
        )
        st.caption(data.md(mention["reason"]))
        sentence = mention.get("sentence")
        if sentence:
            st.caption(f"“{data.md(sentence)}”")
        options = [pid for pid, _ in json.loads(mention["candidates"])]
        scores = dict(json.loads(mention["candidates"]))
        pick = st.selectbox(
            "Candidate",
            options,
            index=None,
            key=f"pick_{key}",
            format_func=functools.partial(scored_label, scores=scores),
        )
        entry = st.text_input(
            "…or any gazetteer place, by name",
            key=f"entry_{key}",
            placeholder="e.g. Olympia, the Gaza Strip, or Washington (state)",
        )
        st.caption("…or a point of your own:")
        cols = st.columns(3)
        name = cols[0].text_input("Name", key=f"name_{key}")
        lat = cols[1].number_input("Latitude", -90.0, 90.0, value=None, key=f"lat_{key}")
        lon = cols[2].number_input("Longitude", -180.0, 180.0, value=None, key=f"lon_{key}")
        if st.form_submit_button("Apply to every mention", key=f"apply_{key}"):
            correct_place(mention["text"], pick, entry, name, lat, lon)


def move_form(event_id: str) -> None:
    """Move this one event, not every mention of its place's name: a gazetteer place by
    name, or a point of the user's own."""
    with st.form(f"move_{event_id}"):
        st.markdown("**Move only this event**")
        entry = st.text_input(
            "To a gazetteer place, by name",
            key=f"move_to_{event_id}",
            placeholder="e.g. Rafah, the Gaza Strip, or Georgia (country)",
        )
        cols = st.columns(3)
        name = cols[0].text_input("…or a point: name", key=f"move_name_{event_id}")
        lat = cols[1].number_input("Latitude", -90.0, 90.0, value=None, key=f"move_lat_{event_id}")
        lon = cols[2].number_input(
            "Longitude", -180.0, 180.0, value=None, key=f"move_lon_{event_id}"
        )
        if not st.form_submit_button("Move this event", key=f"move_{event_id}_apply"):
            return
    found = gazetteer_pick(entry) if entry.strip() else None
    pipeline = data.current_pipeline()
    point_given = bool(name.strip()) or lat is not None or lon is not None
    try:
        if entry.strip() and point_given:
            st.warning("Give a gazetteer place or a point, not both: nothing was moved.")
            return
        if entry.strip() and found is None:
            st.warning(f"No gazetteer place is called {data.md(entry)}.")
            return
        if found is not None:
            pipeline.correct_event_place(event_id, found)
            where = label(found)
        elif lat is not None and lon is not None:
            pipeline.correct_event_place(event_id, point=(name, lat, lon))
            where = name or f"{lat:.4f}, {lon:.4f}"
        else:
            st.warning("Give a gazetteer place, or a point with both latitude and longitude.")
            return
    except DashboardError as exc:
        st.error(data.md(exc))
        return
    saved(f"Moved this event to {data.md(where)}; the other events and mentions stay as read.")


def sentence_of(text: str, start: int) -> str:
    """The sentence around offset ``start`` of an article's text, split as the readers split
    it (so "U.S. forces" does not end a sentence)."""
    return next((text[s:e].strip() for s, e in sentences(text) if s <= start < e), "")


# ACLED's time precision codes, as the cards name them; 0 reads it from the dates typed, so
# that a one-day date saved over a month-precision reading is not kept at month precision
PRECISIONS = {
    0: "from the dates (a day, a week, a month or longer)",
    1: "1 day",
    2: "2 week",
    3: "3 month",
    4: "4 longer",
}


def date_form(event_id: str, ev: Card) -> None:
    st.caption(
        data.md(
            f"Now {ev.date_start} – {ev.date_end}, precision {ev.time_precision}: {ev.date_reason}"
        )
    )
    lo, hi = min(filters.MIN, ev.date_start), max(filters.MAX, ev.date_end)  # any year
    with st.form(f"date_fix_{event_id}"):
        # two fields, not one range picker: a one-day event is typed as easily as a span
        cols = st.columns(2)
        start_d = cols[0].date_input(
            "Start", ev.date_start, lo, hi, key=f"start_{event_id}", format="YYYY-MM-DD"
        )
        end_d = cols[1].date_input(
            "End", ev.date_end, lo, hi, key=f"end_{event_id}", format="YYYY-MM-DD"
        )
        chosen = st.selectbox(
            "Time precision",
            list(PRECISIONS),
            index=0,
            format_func=PRECISIONS.__getitem__,
            key=f"precision_{event_id}",
        )
        if st.form_submit_button("Save date"):
            precision = chosen or precision_for(min(start_d, end_d), max(start_d, end_d))
            try:
                data.current_pipeline().correct_date(event_id, start_d, end_d, precision)
            except DashboardError as exc:
                st.error(data.md(exc))
                return
            published = (store.article(ev.article_id) or {}).get("published")
            ahead = (
                f" It is after the article's publication ({published}): a planned event?"
                if published is not None and start_d > published
                else ""
            )
            saved(
                f"Saved {start_d} – {end_d} at {PRECISIONS[precision]} precision. The map, "
                "cards, timeline and downloads show it now." + ahead
            )


def event_fix(event_id: str, fix: str) -> None:
    """The form a card's "Wrong place?" or "Wrong date?" opened, for that one event."""
    ev = event_card(store, event_id)
    if ev is None:
        st.warning("That event is no longer in the store (its article was re-read or replaced).")
        return
    with st.container(border=True, key="event_fix"):
        st.markdown(f"**{data.md(ev.summary)}**")
        if ev.evidence:
            st.caption(f"“{data.md(ev.evidence[0][0])}”")
        if fix == "date":
            st.markdown("**Wrong date?** Set the dates this event happened.")
            date_form(event_id, ev)
            return
        st.markdown(
            f"**Wrong place?** Now: {data.md(ev.location_name or 'not located')} · "
            f"{data.md(ev.location_reason)}"
        )
        move_form(event_id)
        article = store.article(ev.article_id) or {"text": ""}
        mentions = [
            m
            for m in store.mention_rows(ev.article_id)
            if m["place_id"] == ev.location_id or (m["text"] == ev.location_text)
        ]
        if not mentions:
            st.caption("No place name in the text became this location: move the event above.")
            return
        st.markdown("**…or correct the name everywhere it is mentioned**")
        first = {**mentions[0], "sentence": sentence_of(article["text"], mentions[0]["start"])}
        place_form(f"ev_{event_id}", first, f"{len(mentions)} mention(s) in this article")


asked_event, asked_fix = st.query_params.get("event"), st.query_params.get("fix", "place")
if asked_event:
    event_fix(asked_event, asked_fix)
tab_places, tab_dates, tab_done = st.tabs(["Places to check", "Event dates", "Corrections made"])


with tab_places:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in store.review_rows():
        groups[fold(row["text"])].append(row)
    if not groups:
        st.success("Every place was resolved with confidence.")
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:40]:
        first = rows[0]
        text = (store.article(first["article_id"]) or {"text": ""})["text"]
        n_articles = len({r["article_id"] for r in rows})
        place_form(
            key,
            {**first, "sentence": sentence_of(text, first["start"])},
            f"{len(rows)} mention(s) in {n_articles} article(s)",
        )

with tab_dates:
    # the newest events, a page from the store: a list of every event would not load at scale
    newest = {c.id: c for c in cards(store, EventQuery(), limit=DATES_LISTED).cards}
    if not newest:
        st.info("No events yet.")
    else:
        labels = {i: f"{c.date_start} · {c.summary}" for i, c in newest.items()}
        chosen = st.selectbox(
            "Event",
            list(labels),
            format_func=labels.__getitem__,
            index=None,
            help=f"The newest {DATES_LISTED}; older events: a card's *Wrong date?* link",
        )
        if chosen:
            date_form(chosen, newest[chosen])

with tab_done:
    done = [r for kind in ("place", EVENT_PLACE, "date") for r in store.correction_rows(kind)]
    if not done:
        st.info("No corrections yet.")
    else:
        rows = [{k: v for k, v in c.items() if v is not None and k != "id"} for c in done]
        st.dataframe(rows, hide_index=True, width="stretch")
