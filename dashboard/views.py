"""Pure, Streamlit-free views: the filters, playback, and the pandas reference of the query layer.

The app asks ``store/queries.py`` (SQL) for what it draws; nothing there loads every event.
``load_frames`` and the pandas filters and aggregates below load the whole store: they stay as
the reference the query layer is tested against (``tests/unit/test_queries.py``) and timed
against (``bench/scale.py``), not for the app.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from dashboard.store.db import Store

EVENT_COLUMNS = [
    "id",
    "article_id",
    "summary",
    "date_start",
    "date_end",
    "time_precision",
    "date_text",
    "date_reason",
    "reference_date",
    "event_code",
    "event_name",
    "actors",
    "actor_countries",
    "location_id",
    "location_name",
    "location_kind",
    "geo_precision",
    "location_reason",
    "evidence",
    "flags",
    "alt_dates",
    "title",
    "source",
    "url",
    "published",
    "detail",
]
_JSON_COLUMNS = ("actors", "actor_countries", "evidence", "flags", "alt_dates")


@dataclass(frozen=True, slots=True)
class Frames:
    events: pd.DataFrame  # one row per event
    links: pd.DataFrame  # event_id, place_id, role ("location" | "mentioned")
    places: pd.DataFrame  # id, name, kind, lat, lon, country_code, geo_precision, geometry
    # article_id, place_id of every resolved mention (articles without events too)
    mentions: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["article_id", "place_id"])
    )
    # id, title, published: every article, for the "places mentioned" layer
    articles: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["id", "title", "published"])
    )

    @property
    def extent(self) -> tuple[date, date] | None:
        if self.events.empty:
            return None
        return self.events["date_start"].min(), self.events["date_end"].max()


def load_frames(store: Store) -> Frames:
    rows = store.event_rows()
    events = (
        pd.DataFrame(rows, columns=EVENT_COLUMNS) if rows else pd.DataFrame(columns=EVENT_COLUMNS)
    )
    # the place spans inside each event's sentences, for highlighting on cards
    events["place_spans"] = events["detail"].map(
        lambda d: [(p["start"], p["end"]) for p in json.loads(d)["places"]]
    )
    events = events.drop(columns="detail")
    for col in _JSON_COLUMNS:
        events[col] = events[col].map(json.loads)
    links = pd.DataFrame(store.event_place_rows(), columns=["event_id", "place_id", "role"])
    places = pd.DataFrame(
        store.place_rows(),
        columns=[
            "id",
            "name",
            "kind",
            "lat",
            "lon",
            "country_code",
            "geo_precision",
            "geonameid",
            "geometry",
        ],
    )
    mentions = pd.DataFrame(store.mention_place_rows(), columns=["article_id", "place_id"])
    articles = pd.DataFrame(
        [
            {"id": r["id"], "title": r["title"], "published": r["published"]}
            for r in store.article_rows()
        ],
        columns=["id", "title", "published"],
    )
    return Frames(events, links, places, mentions, articles)


def in_range(events: pd.DataFrame, start: date | None, end: date | None) -> pd.DataFrame:
    """Events whose range overlaps [start, end] (either end open)."""
    mask = pd.Series(True, index=events.index)
    if start is not None:
        mask &= events["date_end"] >= start
    if end is not None:
        mask &= events["date_start"] <= end
    return events[mask]


SUMMARY_EXTRA = ["n_events", "top_code"]


def place_summary(frames: Frames, events: pd.DataFrame) -> pd.DataFrame:
    """ "Where events happened": one row per event location of ``events``, with the number of
    events located there and the dominant event type. Places merely mentioned are not counted."""
    located = events.dropna(subset=["location_id"])
    if located.empty:
        return pd.DataFrame(columns=[*frames.places.columns, *SUMMARY_EXTRA])
    counts = located.groupby("location_id")["id"].nunique().rename("n_events")
    # the dominant type: most events of that type at the place (vectorised; a Python
    # function per group cost 0.6 s at 3k places)
    per_code = located.groupby(["location_id", "event_code"]).size().rename("n").reset_index()
    # ties to the highest code, as ``store.queries.place_counts`` (conflict is not hidden)
    per_code = per_code.sort_values(
        ["location_id", "n", "event_code"], ascending=[True, False, False]
    )
    top = per_code.drop_duplicates("location_id").set_index("location_id")["event_code"]
    out = frames.places.set_index("id").join(counts, how="inner").join(top.rename("top_code"))
    return out.reset_index().rename(columns={"index": "id"})


def events_at(frames: Frames, events: pd.DataFrame, place_id: str) -> pd.DataFrame:
    """``events`` linked to a place, those located there first, then by date."""
    here, mentioning = events_split(frames, events, place_id)
    return pd.concat([here, mentioning])


def events_split(
    frames: Frames, events: pd.DataFrame, place_id: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events that happened at the place, events whose article only mentions it), each
    newest first, as the list of all events is. "Mentions it" covers the event's own
    mentioned places and its article's mentions."""
    here = newest_first(events[events["location_id"] == place_id])
    links = frames.links[(frames.links["place_id"] == place_id)]
    arts = set(frames.mentions.loc[frames.mentions["place_id"] == place_id, "article_id"])
    others = events[events["location_id"] != place_id]
    mentioning = others[others["id"].isin(links["event_id"]) | others["article_id"].isin(arts)]
    return here, newest_first(mentioning)


def newest_first(events: pd.DataFrame) -> pd.DataFrame:
    """Cards in one order everywhere: latest start first, a longer range first on the same
    day; ties keep their order (a stable sort)."""
    return events.sort_values(["date_start", "date_end"], ascending=False, kind="stable")


@dataclass(frozen=True, slots=True)
class Filters:
    """Everything but the date range; empty means "no restriction"."""

    types: tuple[str, ...] = ()  # CAMEO root codes
    countries: tuple[str, ...] = ()  # ISO2 of the event location's country
    actors: tuple[str, ...] = ()
    geo_precision: tuple[int, ...] = ()
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(
            self.types or self.countries or self.actors or self.geo_precision or self.text.strip()
        )


def apply_filters(frames: Frames, events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    mask = pd.Series(True, index=events.index)
    if f.types:
        mask &= events["event_code"].isin(f.types)
    if f.countries:
        # as the store's ``filters.in_countries``: an event at a place of no country (at sea)
        # counts for the countries of its actors
        codes = frames.places.set_index("id")["country_code"]
        country = events["location_id"].map(codes)
        at_sea = events["location_id"].isin(codes.index[codes.isna()])
        theirs = events["actor_countries"].map(lambda cs: bool(set(f.countries) & set(cs)))
        mask &= country.isin(f.countries) | (at_sea & theirs)
    if f.actors:
        wanted = set(f.actors)
        mask &= events["actors"].map(lambda names: bool(wanted & set(names)))
    if f.geo_precision:
        mask &= events["geo_precision"].isin(f.geo_precision)
    if f.text.strip():
        needle = f.text.strip().casefold()
        # the article's title too: a headline often names what the sentences only describe
        haystack = (
            events["summary"]
            + " "
            + events["title"].fillna("")
            + " "
            + events["evidence"].map(lambda ev: " ".join(e["text"] for e in ev))
        )
        mask &= haystack.str.casefold().str.contains(needle, regex=False)
    return events[mask]


def playback_window(
    start: date, end: date, position: date, days: int, cumulative: bool
) -> tuple[date, date]:
    """The dates shown at a playback position: a moving window of ``days`` from
    ``position``, or everything from ``start`` up to the window's end (cumulative)."""
    w_end = min(end, _later(position, days - 1))
    return (start if cumulative else position), w_end


def next_position(start: date, end: date, position: date, days: int) -> date:
    """Advance by half a window; after the end, start again (a loop, as kepler.gl plays)."""
    nxt = _later(position, max(1, days // 2))
    return start if nxt > end or nxt == position else nxt


def skip_empty(position: date, days: int, busy: list[date], start: date, end: date) -> date:
    """Playback's next position with events: ``position`` when its window of ``days`` holds
    one of the ``busy`` days (sorted start days of the events in view; one before ``start``
    counts as ``start``, where its event overlaps the range), else the first busy day after
    it, or the first in [start, end] when none is left (a loop). An event starting in a
    window overlaps it, so a window played is never empty. Playing 1900-2026 stepped through
    ~1,500 empty windows before (a fresh user's trial); months as busy days still let
    through a window of 11 Nov - 10 Dec, empty while December's events came after the 10th.
    A window holding only events that started before it is skipped."""
    w_end = _later(position, days - 1)
    if not busy or _around(busy, position, w_end) or (busy[0] < start and position <= start):
        return position
    ahead = next((d for d in busy[bisect_right(busy, w_end) :] if d <= end), None)
    if ahead is not None:
        return max(ahead, start)
    return next((max(d, start) for d in busy if d <= end), position)


def _around(busy: list[date], lo: date, hi: date) -> list[date]:
    """The busy days in [lo, hi], found by bisection: a century of months is short, but a
    rerun should not walk it."""
    return busy[bisect_left(busy, lo) : bisect_right(busy, hi)]


def _later(day: date, days: int) -> date:
    """``days`` after ``day``, stopping at ``date.max``: a range may end in 9999 (a link can
    ask for it) and playing through it must not overflow."""
    return day + timedelta(days=days) if (date.max - day).days >= days else date.max
