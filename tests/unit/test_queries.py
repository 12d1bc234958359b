"""The SQL query layer agrees with the pandas views, filter by filter, on both backends."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard.events.cameo import ROOTS, event_type
from dashboard.model import Article, DateRange, Event, Evidence, Mention
from dashboard.places.gazetteer import load
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.views import Filters, apply_filters, events_at, in_range, load_frames, place_summary

ACTORS = ("Police", "Protesters", "Army", "Red Cross", "Ministry of Health")
WORDS = ("strike", "flood", "Ceasefire", "talks", "shelling", "march", "Café", "aid convoy")
PLACE_IDS = ("gn:1850147", "gn:2643743", "gn:2988507", "gn:3143244", "gn:1848313")


def _places() -> list:
    gaz = load()
    points = [gaz.places[p] for p in PLACE_IDS if p in gaz.places]
    areas = [p for p in gaz.places.values() if p.is_area][:3]
    return points + areas


def generate(store: Store, n_articles: int, seed: int = 7) -> None:
    """Articles of four events each through ``Store.save``: random types, dates, actors,
    words, a location and sometimes a second, mentioned place."""
    rng, gaz, pool = random.Random(seed), load(), _places()
    for a in range(n_articles):
        sentences = [f"Reports of {rng.choice(WORDS)} and {rng.choice(WORDS)} number {a}-{k}."
                     for k in range(4)]  # fmt: skip
        text = " ".join(sentences)
        art = Article(f"a{a:04d}", f"Article {a}", text, date(2024, 1, 1), "Wire", "", f"t:{a}")
        evs = []
        for k, s in enumerate(sentences):
            pos = text.index(s)
            here = Mention(pos, pos + 7, "Reports", rng.choice(pool), 1.0, "test")
            also = Mention(pos + 11, pos + 14, "of", rng.choice(pool), 1.0, "test")
            start = date(2023, 1, 1) + timedelta(days=rng.randrange(500))
            span = rng.choice([0, 0, 3, 20])
            evs.append(Event(
                id=f"e{a:04d}{k}", article_id=art.id, summary=f"{rng.choice(WORDS)} {a}-{k}",
                when=DateRange(start, start + timedelta(days=span), 1 if not span else 3, None, "t"),
                event_type=event_type(rng.choice(sorted(ROOTS)[:6])),
                actors=tuple(rng.sample(ACTORS, rng.randrange(3))),
                location=here if rng.random() > 0.1 else None, location_reason="test",
                places=(here, also) if rng.random() > 0.5 else (here,),
                evidence=(Evidence(s, pos, pos + len(s)),),
            ))  # fmt: skip
        store.save(art, [], evs, gaz.geometries)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("q") / "q.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 40)
    return s


CASES = [
    sq.EventQuery(),
    sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 9, 30)),
    sq.EventQuery(end=date(2023, 3, 1)),
    sq.EventQuery(types=("01", "03")),
    sq.EventQuery(countries=("JP", "GB")),
    sq.EventQuery(actors=("Police", "Red Cross")),
    sq.EventQuery(geo_precision=(1,)),
    sq.EventQuery(text="ceasefire"),
    sq.EventQuery(text="Aid convoy number 1"),
    sq.EventQuery(text="café"),
    sq.EventQuery(text="st"),  # under three characters: no trigram, a scan
    sq.EventQuery(start=date(2023, 4, 1), types=("02",), actors=("Army",), text="march"),
    sq.EventQuery(text="no such words anywhere"),
]


def _pandas(store: Store, q: sq.EventQuery) -> tuple:
    frames = load_frames(store)
    f = Filters(q.types, q.countries, q.actors, q.geo_precision, q.text)
    return frames, apply_filters(frames, in_range(frames.events, q.start, q.end), f)


@pytest.mark.parametrize("q", CASES, ids=repr)
def test_filters_select_the_events_pandas_selects(store: Store, q: sq.EventQuery) -> None:
    _, ev = _pandas(store, q)
    assert sq.event_ids(store, q) == ev["id"].tolist()
    assert sq.event_count(store, q) == len(ev)


def test_the_generated_store_exercises_every_filter(store: Store) -> None:
    # a case that selects nothing (or everything) would compare nothing
    everything = sq.event_count(store, sq.EventQuery())
    sizes = [sq.event_count(store, q) for q in CASES[1:-1]]
    assert everything == 160
    assert all(0 < n < everything for n in sizes), sizes


@pytest.mark.parametrize("q", CASES[:8], ids=repr)
def test_counts_per_place_equal_the_place_summary(store: Store, q: sq.EventQuery) -> None:
    frames, ev = _pandas(store, q)
    want = place_summary(frames, ev).sort_values("id").reset_index(drop=True)
    got = sq.place_counts(store, q)
    assert got["id"].tolist() == want["id"].tolist()
    for col in ("n_events", "top_code"):
        assert got[col].tolist() == want[col].tolist(), col


@pytest.mark.parametrize("q", [CASES[0], CASES[3], CASES[11]], ids=repr)
def test_cards_page_through_the_events_at_a_place(store: Store, q: sq.EventQuery) -> None:
    frames, ev = _pandas(store, q)
    busiest = sq.place_counts(store, q).sort_values("n_events").iloc[-1]["id"]
    want = events_at(frames, ev, busiest)["id"].tolist()
    pages, offset = [], 0
    while True:
        page = sq.cards(store, q, busiest, offset=offset, limit=7)
        assert page.total == len(want)
        if not page.cards:
            break
        pages.extend(c.id for c in page.cards)
        offset += 7
    assert pages == want
    first = sq.cards(store, q, busiest, limit=1).cards[0]
    row = ev.set_index("id").loc[first.id]
    assert (first.summary, first.actors, first.event_code) == (
        row["summary"], tuple(row["actors"]), row["event_code"])  # fmt: skip


@pytest.mark.parametrize("resolution", sq.RESOLUTIONS)
def test_timeline_counts_per_bucket_equal_pandas(store: Store, resolution: sq.Resolution) -> None:
    q = CASES[1]
    _, ev = _pandas(store, q)
    start = pd.to_datetime(ev["date_start"])
    period = {"day": "D", "week": "W", "month": "M"}[resolution]
    bucket = start.dt.to_period(period).dt.start_time.dt.date
    want = ev.assign(bucket=bucket).groupby(["bucket", "event_code"]).size()
    got = sq.timeline(store, q, resolution)
    assert list(zip(got["bucket"], got["event_code"], got["events"], strict=True)) == [
        (b, c, n) for (b, c), n in want.items()
    ]


def test_an_unknown_resolution_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="resolution must be one of"):
        sq.timeline(store, sq.EventQuery(), "hour")  # type: ignore[arg-type]


def test_replacing_an_article_keeps_the_text_index_in_step(tmp_path) -> None:
    s = Store(str(tmp_path / "r.db"))
    text = "Floods hit the coast."
    art = Article("x1", "T", text, date(2024, 1, 1), "W", "", "k:1")
    where = Mention(0, 6, "Floods", load().places[PLACE_IDS[0]], 1.0, "t")
    ev = Event("ev1", "x1", "floods", DateRange(date(2024, 1, 1), date(2024, 1, 1), 1, None, "t"),
               event_type("02"), (), where, "t", (where,), (Evidence(text, 0, len(text)),))  # fmt: skip
    s.save(art, [], [ev])
    assert sq.event_ids(s, sq.EventQuery(text="coast")) == ["ev1"]
    s.save(art, [], [], force=True)  # re-analysed: the event is gone, and so is its index entry
    assert sq.event_ids(s, sq.EventQuery(text="coast")) == []
