"""Pure, Streamlit-free views over the store: frames, date filtering, per-place aggregation.

The UI caches ``load_frames`` and calls the rest on every rerun, so they stay vectorised:
tens of thousands of events filter and aggregate in milliseconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from dashboard.store.db import Store

EVENT_COLUMNS = [
    "id", "article_id", "summary", "date_start", "date_end", "time_precision", "date_text",
    "date_reason", "reference_date", "event_code", "event_name", "actors", "actor_countries",
    "location_id", "location_name",
    "location_kind", "geo_precision", "location_reason", "evidence", "flags", "alt_dates",
    "title", "source", "url", "published", "detail",
]  # fmt: skip
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
        [{"id": r["id"], "title": r["title"], "published": r["published"]} for r in store.article_rows()],
        columns=["id", "title", "published"],
    )  # fmt: skip
    return Frames(events, links, places, mentions, articles)


# Events that the text says did not happen, or might: kept, but off the map by default.
HIDDEN_FLAGS = frozenset({"negated", "hypothetical"})
DEFAULT_DAYS = 30


def happened(events: pd.DataFrame, include_unreal: bool = False) -> pd.DataFrame:
    """The events the map counts: neither negated nor hypothetical (all with ``include_unreal``)."""
    if include_unreal or events.empty:
        return events
    return events[~events["flags"].map(lambda fl: bool(HIDDEN_FLAGS & set(fl)))]


def shown_extent(events: pd.DataFrame, include_unreal: bool = False) -> tuple[date, date] | None:
    """First and last day of the events the map shows (``happened``): a hidden negated event
    ("has not fought a war since 1814") must not stretch the "All" range or the timeline to
    1814. None when nothing is shown."""
    shown = happened(events, include_unreal)
    if shown.empty:
        return None
    return shown["date_start"].min(), shown["date_end"].max()


def default_range(
    events: pd.DataFrame, today: date, days: int = DEFAULT_DAYS, include_unreal: bool = False
) -> tuple[date, date] | None:
    """The first view's range: the last ``days`` days of the data, ending at its newest event
    that is not planned and has begun by ``today`` (clipped to today). Planned or future events
    do not pull the range into the future; with only such events, the newest one anchors it.
    Only shown events count (negated and hypothetical ones unless ``include_unreal``).
    None without events."""
    events = happened(events, include_unreal)
    if events.empty:
        return None
    planned = events["flags"].map(lambda fl: "planned" in fl)
    past = events[~planned & (events["date_start"] <= today)]
    end = max(events["date_end"]) if past.empty else max(min(d, today) for d in past["date_end"])
    return end - timedelta(days=days - 1), end


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
    per_code = per_code.sort_values(
        ["location_id", "n", "event_code"], ascending=[True, False, True]
    )
    top = per_code.drop_duplicates("location_id").set_index("location_id")["event_code"]
    out = frames.places.set_index("id").join(counts, how="inner").join(top.rename("top_code"))
    return out.reset_index().rename(columns={"index": "id"})


def articles_in_view(frames: Frames, events: pd.DataFrame, start: date, end: date) -> set[str]:
    """Articles behind ``events``, and articles without any event published in [start, end]."""
    ids = set(events["article_id"])
    with_events = set(frames.events["article_id"])
    arts = frames.articles
    if not arts.empty:
        pub = arts["published"]
        quiet = arts[~arts["id"].isin(with_events) & pub.notna()]
        quiet = quiet[(quiet["published"] >= start) & (quiet["published"] <= end)]
        ids |= set(quiet["id"])
    return ids


def mention_summary(frames: Frames, article_ids: set[str]) -> pd.DataFrame:
    """ "Places mentioned": one row per resolved place named in ``article_ids``, with the
    number of articles naming it (``n_events`` holds that count, so the map draws it alike)."""
    m = frames.mentions[frames.mentions["article_id"].isin(article_ids)]
    if m.empty:
        return pd.DataFrame(columns=[*frames.places.columns, *SUMMARY_EXTRA])
    counts = m.groupby("place_id")["article_id"].nunique().rename("n_events")
    out = frames.places.set_index("id").join(counts, how="inner").assign(top_code=None)
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


def articles_only_mentioning(frames: Frames, article_ids: set[str], place_id: str) -> pd.DataFrame:
    """Articles in view naming the place that have no coded event at all."""
    arts = set(frames.mentions.loc[frames.mentions["place_id"] == place_id, "article_id"])
    arts &= article_ids
    arts -= set(frames.events["article_id"])
    return frames.articles[frames.articles["id"].isin(arts)]


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
        country = events["location_id"].map(frames.places.set_index("id")["country_code"])
        mask &= country.isin(f.countries)
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


def events_in_view(frames: Frames, start: date, end: date, f: Filters,
                   include_unreal: bool = False) -> pd.DataFrame:  # fmt: skip
    """The events the Map page shows, and so what its downloads hold: in the date range,
    matching the filters, and neither negated nor hypothetical unless ``include_unreal``
    (then they are kept with their flag)."""
    return happened(apply_filters(frames, in_range(frames.events, start, end), f), include_unreal)


def facet_options(frames: Frames) -> dict[str, list]:
    """The values each filter can take, most frequent first."""
    ev = frames.events
    countries = ev["location_id"].map(frames.places.set_index("id")["country_code"]).dropna()
    actors = ev["actors"].explode().dropna()
    return {
        "types": sorted(ev["event_code"].unique().tolist()),
        "countries": countries.value_counts().index.tolist(),
        "actors": actors.value_counts().index.tolist()[:300],
    }


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


def _later(day: date, days: int) -> date:
    """``days`` after ``day``, stopping at ``date.max``: a range may end in 9999 (a link can
    ask for it) and playing through it must not overflow."""
    return day + timedelta(days=days) if (date.max - day).days >= days else date.max
