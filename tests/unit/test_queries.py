"""The SQL query layer agrees with the pandas views, filter by filter, on both backends."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pandas as pd
import pytest
import sqlalchemy as sa

from dashboard.events.cameo import ROOTS, event_type
from dashboard.model import Article, DateRange, Event, Evidence, Mention
from dashboard.places.gazetteer import load
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.filters import _share, _unbounded, _where
from dashboard.store.fingerprint import analysis_fingerprint
from dashboard.views import (
    Filters,
    apply_filters,
    events_at,
    events_split,
    in_range,
    load_frames,
    place_summary,
)

ACTORS = ("Police", "Protesters", "Army", "Red Cross", "Ministry of Health")
WORDS = ("strike", "flood", "Ceasefire", "talks", "shelling", "march", "Café", "aid convoy")
PLACE_IDS = ("gn:1850147", "gn:2643743", "gn:2988507", "gn:3143244", "gn:1848313")


def _places() -> list:
    gaz = load()
    points = [gaz.places[p] for p in PLACE_IDS if p in gaz.places]
    areas = [p for p in gaz.places.values() if p.is_area][:3]
    return points + areas


# as read by the current reader: the app re-reads other articles in the background
CURRENT = analysis_fingerprint()
FLAGS = ((), (), (), ("negated",), ("hypothetical", "planned"), ("planned",))


def generate(store: Store, n_articles: int, seed: int = 7) -> None:
    """Articles of four events each through ``Store.save``: random types, dates, actors,
    words, flags, a location and sometimes a second, mentioned place; every other article
    keeps its mentions as the article's own too. Then a few articles without events that
    name a place ("quiet"), published over the same years."""
    rng, gaz, pool = random.Random(seed), load(), _places()
    for a in range(n_articles):
        sentences = [
            f"Reports of {rng.choice(WORDS)} and {rng.choice(WORDS)} number {a}-{k}."
            for k in range(4)
        ]
        text = " ".join(sentences)
        art = Article(f"a{a:04d}", f"Article {a}", text, date(2024, 1, 1), "Wire", "", f"t:{a}")
        evs = []
        for k, s in enumerate(sentences):
            pos = text.index(s)
            here = Mention(pos, pos + 7, "Reports", rng.choice(pool), 1.0, "test")
            also = Mention(pos + 11, pos + 14, "of", rng.choice(pool), 1.0, "test")
            start = date(2023, 1, 1) + timedelta(days=rng.randrange(500))
            span = rng.choice([0, 0, 3, 20])
            evs.append(
                Event(
                    id=f"e{a:04d}{k}",
                    article_id=art.id,
                    summary=f"{rng.choice(WORDS)} {a}-{k}",
                    when=DateRange(
                        start, start + timedelta(days=span), 1 if not span else 3, None, "t"
                    ),
                    event_type=event_type(rng.choice(sorted(ROOTS)[:6])),
                    actors=tuple(rng.sample(ACTORS, rng.randrange(3))),
                    location=here if rng.random() > 0.1 else None,
                    location_reason="test",
                    places=(here, also) if rng.random() > 0.5 else (here,),
                    evidence=(Evidence(s, pos, pos + len(s)),),
                    flags=rng.choice(FLAGS),
                )
            )
        found = sorted(
            {m.start: m for ev in evs for m in ev.places}.values(), key=lambda m: m.start
        )
        found = found if a % 2 else []
        store.save(art, found, evs, gaz.geometries, analysis=CURRENT)
    for a in range(n_articles // 4):
        text = f"Quiet report {a} from a place."
        published = date(2023, 1, 1) + timedelta(days=rng.randrange(500))
        art = Article(f"q{a:04d}", f"Quiet {a}", text, published, "Wire", "", f"q:{a}")
        quiet = [Mention(0, 5, "Quiet", rng.choice(pool), 1.0, "test")]
        store.save(art, quiet, [], gaz.geometries, analysis=CURRENT)


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
    sq.EventQuery(hide_unreal=True),
    sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 9, 30), hide_unreal=True),
    sq.EventQuery(text="Article 1"),  # a title
    # short ranges near either end of the data: SQLite is told which date index to read
    sq.EventQuery(start=date(2023, 2, 1), end=date(2023, 3, 10), hide_unreal=True),
    sq.EventQuery(start=date(2024, 3, 1), end=date(2024, 4, 15)),
    # a text over months (under 40% of the span): SQLite tests one set of rowids, the text's
    # and its titles' events, on the range's events (filters.SQLITE_TEXT_AFTER_DATES)
    sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 9, 30), text="ceasefire"),
    sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 9, 30), text="Article 1"),
    # a text in a range under a twentieth of the data's span: SQLite tests the text on the
    # range's events rather than finding the text's events first (queries.TEXT_AFTER_DATES)
    sq.EventQuery(start=date(2023, 6, 1), end=date(2023, 6, 20), text="ceasefire"),
    sq.EventQuery(
        start=date(2023, 2, 1), end=date(2023, 2, 20), text="Article 1", hide_unreal=True
    ),
    sq.EventQuery(start=date(2024, 3, 1), end=date(2024, 3, 20), text="st"),
]


def _pandas(store: Store, q: sq.EventQuery) -> tuple:
    frames = load_frames(store)
    f = Filters(q.types, q.countries, q.actors, q.geo_precision, q.text)
    ev = apply_filters(frames, in_range(frames.events, q.start, q.end), f)
    if q.hide_unreal:
        ev = ev[~ev["flags"].map(lambda fl: bool({"negated", "hypothetical"} & set(fl)))]
    return frames, ev


@pytest.mark.parametrize("q", CASES, ids=repr)
def test_filters_select_the_events_pandas_selects(store: Store, q: sq.EventQuery) -> None:
    _, ev = _pandas(store, q)
    assert sq.event_ids(store, q) == ev["id"].tolist()
    assert sq.event_count(store, q) == len(ev)
    if not q.hide_unreal:
        hidden = sq.event_count(store, q) - sq.event_count(store, replace(q, hide_unreal=True))
        assert sq.event_counts(store, q) == (len(ev), hidden)


def test_a_text_in_a_short_range_is_tested_after_the_dates_on_sqlite(store: Store) -> None:
    """Not vacuous: the cases above reach both ways of reading a text on SQLite."""
    with store.engine.connect() as conn:
        for q, after in ((CASES[-3], True), (CASES[7], False), (CASES[1], False)):
            sql = " ".join(str(t.compile(conn)) for t in _where(conn, q))
            assert ("+events.rowid" in sql) == (after and conn.dialect.name == "sqlite"), q


def test_a_text_over_months_is_tested_after_the_dates_on_sqlite(store: Store) -> None:
    """A third of the span with a text: the range's events are read from the date index and
    each is looked up among the text's and its titles' matching rowids, not each matching
    event's row read to test its dates (the cases above check the answers)."""
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            pytest.skip("PostgreSQL's way is tested below")
        for q in CASES[18:20]:
            assert 0.05 < _share(conn, q) < 0.4, q
            sql = " ".join(str(t.compile(conn)) for t in _where(conn, q))
            assert "+events.rowid IN" in sql, q
            assert "+events.article_id" not in sql, q


def test_a_text_in_a_short_range_is_tested_on_the_ranges_events_on_postgresql(
    store: Store,
) -> None:
    """PostgreSQL, too, tests the text on a short range's events (the cases above check the
    answers) instead of reading every event the word matches first (the UNION)."""
    with store.engine.connect() as conn:
        if conn.dialect.name != "postgresql":
            pytest.skip("SQLite's own way is tested above")
        for q, after in (
            (CASES[-3], True),
            (CASES[7], False),
            (replace(CASES[7], start=date(2023, 1, 1)), False),
        ):
            sql = " ".join(str(t.compile(conn)) for t in _where(conn, q))
            assert ("UNION" not in sql) == after, q


@pytest.mark.parametrize("q", [CASES[1], CASES[7], CASES[16], *CASES[-3:]], ids=repr)
def test_the_timeline_frame_holds_the_events_by_start_then_id(
    store: Store, q: sq.EventQuery
) -> None:
    _, ev = _pandas(store, q)
    frame = sq.event_frame(store, q, limit=25)
    assert frame["id"].tolist() == sq.event_ids(store, q, limit=25) == ev["id"].tolist()[:25]


@pytest.mark.parametrize("q", [CASES[0], CASES[7], CASES[-3]], ids=repr)
def test_cards_take_a_known_total_only_for_every_event_in_view(
    store: Store, q: sq.EventQuery
) -> None:
    n = sq.event_count(store, q)
    assert sq.cards(store, q, None, 0, 5, total=n) == sq.cards(store, q, None, 0, 5)
    place = sq.place_counts(store, q)["id"].iloc[0]
    # a place's cards count their own events, whatever total is passed
    assert sq.cards(store, q, place, 0, 5, "here", total=n) == sq.cards(
        store, q, place, 0, 5, "here"
    )


def test_the_generated_store_exercises_every_filter(store: Store) -> None:
    # a case that selects nothing (or everything) would compare nothing
    everything = sq.event_count(store, sq.EventQuery())
    sizes = [sq.event_count(store, q) for q in CASES[1:] if "no such" not in q.text]
    assert everything == 160
    assert all(0 < n < everything for n in sizes), sizes


@pytest.mark.parametrize("q", [*CASES[:8], *CASES[11:15], *CASES[15:]], ids=repr)
def test_counts_per_place_equal_the_place_summary(store: Store, q: sq.EventQuery) -> None:
    frames, ev = _pandas(store, q)
    want = place_summary(frames, ev).sort_values("id").reset_index(drop=True)
    got = sq.place_counts(store, q)
    assert got["id"].tolist() == want["id"].tolist()
    for col in ("n_events", "top_code"):
        assert got[col].tolist() == want[col].tolist(), col


def test_some_place_has_tied_top_types_so_the_tie_break_is_compared(store: Store) -> None:
    # the highest code wins a tie (conflict is not drawn as cooperation): the comparison
    # above checks that only if a tie occurs
    _, ev = _pandas(store, sq.EventQuery())
    n = ev.dropna(subset=["location_id"]).groupby(["location_id", "event_code"]).size()
    top = n.groupby(level="location_id").transform("max")
    tied = n[n == top].reset_index().groupby("location_id")["event_code"]
    assert (tied.size() > 1).any()
    winners = tied.max()[tied.size() > 1]
    got = sq.place_counts(store, sq.EventQuery()).set_index("id")["top_code"]
    assert all(got[pid] == code for pid, code in winners.items())


@pytest.mark.parametrize("hide", [False, True])
def test_a_range_over_every_date_counts_as_the_whole_store(store: Store, hide: bool) -> None:
    # two plans: without a range the whole store is grouped straight from the place index,
    # with one the events in range are read by date first; they must agree
    whole = sq.EventQuery(hide_unreal=hide)
    first, last = sq.extent(store, sq.EventQuery())
    ranged = replace(whole, start=first - timedelta(days=1), end=last + timedelta(days=1))
    pd.testing.assert_frame_equal(sq.place_counts(store, ranged), sq.place_counts(store, whole))
    size = 5.0
    pd.testing.assert_frame_equal(
        sq.cell_counts(store, ranged, size), sq.cell_counts(store, whole, size)
    )


def test_a_range_over_every_date_is_read_as_no_range_and_one_day_less_is_not(store: Store) -> None:
    lo, hi = sq.extent(store, sq.EventQuery())
    whole = sq.EventQuery(types=("01", "03"))
    assert _unbounded(replace(whole, start=lo, end=hi), lo, hi) == whole
    assert _unbounded(replace(whole, end=hi + timedelta(days=3)), lo, hi) == whole
    inside = replace(whole, start=lo + timedelta(days=1), end=hi)
    assert _unbounded(inside, lo, hi) == inside
    assert _unbounded(replace(whole, end=hi - timedelta(days=1)), lo, hi).end is not None


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
        row["summary"],
        tuple(row["actors"]),
        row["event_code"],
    )


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


def one_event(store: Store, title: str = "T", force: bool = False) -> Article:
    """One article under ``title`` with one event, "floods", whose sentence is "Floods hit
    the coast." (located at the first of ``PLACE_IDS``); saved again with ``force``."""
    text = "Floods hit the coast."
    art = Article("x1", title, text, date(2024, 1, 1), "W", "", "k:1")
    where = Mention(0, 6, "Floods", load().places[PLACE_IDS[0]], 1.0, "t")
    ev = Event(
        "ev1",
        "x1",
        "floods",
        DateRange(date(2024, 1, 1), date(2024, 1, 1), 1, None, "t"),
        event_type("02"),
        (),
        where,
        "t",
        (where,),
        (Evidence(text, 0, len(text)),),
    )
    store.save(art, [], [ev], force=force)
    return art


def test_replacing_an_article_keeps_the_text_index_in_step(tmp_path) -> None:
    s = Store(str(tmp_path / "r.db"))
    art = one_event(s)
    assert sq.event_ids(s, sq.EventQuery(text="coast")) == ["ev1"]
    s.save(art, [], [], force=True)  # re-analysed: the event is gone, and so is its index entry
    assert sq.event_ids(s, sq.EventQuery(text="coast")) == []


def _newest_first(ev: pd.DataFrame) -> list[str]:
    return ev.sort_values(["date_start", "date_end"], ascending=False, kind="stable")["id"].tolist()


def _all_pages(store: Store, q: sq.EventQuery, place_id: str | None, part: sq.Part) -> list[str]:
    ids, offset = [], 0
    while page := sq.cards(store, q, place_id, offset=offset, limit=9, part=part).cards:
        ids.extend(c.id for c in page)
        offset += 9
    return ids


@pytest.mark.parametrize("q", [CASES[0], CASES[3], CASES[13], CASES[15], CASES[16]], ids=repr)
def test_card_parts_split_what_happened_there_from_what_only_mentions_it(
    store: Store, q: sq.EventQuery
) -> None:
    frames, ev = _pandas(store, q)
    assert _all_pages(store, q, None, "all") == _newest_first(ev)
    for pid in sq.place_counts(store, q)["id"]:
        here, mentioning = events_split(frames, ev, pid)
        assert _all_pages(store, q, pid, "here") == here["id"].tolist(), pid
        assert _all_pages(store, q, pid, "mentioning") == mentioning["id"].tolist(), pid
        assert sq.cards(store, q, pid, part="mentioning").total == len(mentioning)


def test_the_generated_store_has_article_mentions_and_hidden_events(store: Store) -> None:
    # otherwise the "mentions it" and hide_unreal comparisons would compare nothing
    frames, _ = _pandas(store, sq.EventQuery())
    by_article = set(frames.mentions["article_id"]) & set(frames.events["article_id"])
    assert by_article
    assert 0 < sq.event_count(store, sq.EventQuery(hide_unreal=True)) < 160


def _in_view(frames, ev: pd.DataFrame, q: sq.EventQuery, quiet: bool) -> set[str]:
    ids = set(ev["article_id"])
    if quiet:
        arts = frames.articles
        pub = arts["published"]
        keep = ~arts["id"].isin(set(frames.events["article_id"])) & pub.notna()
        if q.start is not None:
            keep &= pub >= q.start
        if q.end is not None:
            keep &= pub <= q.end
        ids |= set(arts.loc[keep.astype(bool), "id"])
    return ids


@pytest.mark.parametrize(
    ("q", "quiet"), [(CASES[1], True), (CASES[13], True), (CASES[3], False)], ids=repr
)
def test_places_mentioned_count_the_articles_in_view(
    store: Store, q: sq.EventQuery, quiet: bool
) -> None:
    frames, ev = _pandas(store, q)
    arts = _in_view(frames, ev, q, quiet)
    m = frames.mentions[frames.mentions["article_id"].isin(arts)]
    want = m.groupby("place_id")["article_id"].nunique().sort_index()
    got, n_articles = sq.mention_counts(store, q, quiet)
    assert n_articles == len(arts)
    assert dict(zip(got["id"], got["n_events"], strict=True)) == want.to_dict()
    assert got["top_code"].isna().all()


def test_articles_without_events_that_name_a_place(store: Store) -> None:
    q = CASES[1]
    frames, ev = _pandas(store, q)
    quiet = _in_view(frames, ev, q, True) - set(frames.events["article_id"])
    assert quiet  # the case holds some
    for pid in set(frames.mentions["place_id"]):
        naming = set(frames.mentions.loc[frames.mentions["place_id"] == pid, "article_id"])
        got = sq.quiet_articles(store, q, pid)
        assert set(got["id"]) == quiet & naming, pid
        assert got["published"].is_monotonic_decreasing


def test_facets_count_values_across_the_store(store: Store) -> None:
    frames, ev = _pandas(store, sq.EventQuery())
    got = sq.facets(store)
    assert got["types"] == sorted(set(ev["event_code"]))
    country = ev["location_id"].map(frames.places.set_index("id")["country_code"]).dropna()
    ranked = (
        country.value_counts()
        .reset_index()
        .sort_values(["count", "location_id"], ascending=[False, True])
    )
    assert got["countries"] == ranked["location_id"].tolist()
    actors = ev["actors"].explode().dropna().value_counts()
    assert got["actors"] == sorted(actors.index, key=lambda a: (-actors[a], a))


@pytest.mark.parametrize("hide", [False, True])
def test_the_extent_spans_the_events_shown(store: Store, hide: bool) -> None:
    _, ev = _pandas(store, sq.EventQuery(hide_unreal=hide))
    assert sq.extent(store, sq.EventQuery(hide_unreal=hide)) == (
        min(ev["date_start"]),
        max(ev["date_end"]),
    )
    assert sq.extent(store, sq.EventQuery(text="no such words anywhere")) is None


def test_export_rows_stream_the_matching_events_in_id_order(store: Store) -> None:
    q = CASES[11]
    rows = list(sq.export_rows(store, q, batch=3))
    assert [r["id"] for r in rows] == sorted(sq.event_ids(store, q))
    assert rows
    assert {"detail", "title", "location_name", "latitude"} <= set(rows[0])


def test_one_event_its_article_and_its_place(store: Store) -> None:
    _, ev = _pandas(store, sq.EventQuery())
    row = ev[ev["location_id"].notna()].iloc[0]
    card = sq.event_card(store, row["id"])
    assert card is not None
    assert (card.summary, card.location_id, card.date_reason) == (
        row["summary"],
        row["location_id"],
        row["date_reason"],
    )
    assert sq.event_card(store, "no such event") is None
    mine = ev[ev["article_id"] == row["article_id"]].sort_values(["date_start", "id"])
    assert [c.id for c in sq.article_cards(store, row["article_id"])] == mine["id"].tolist()
    assert sq.event_location(store, sq.EventQuery(), row["id"]) == row["location_id"]
    other = next(c for c in ROOTS if c != row["event_code"])
    assert sq.event_location(store, sq.EventQuery(types=(other,)), row["id"]) is None
    assert (sq.place(store, row["location_id"]) or {})["id"] == row["location_id"]
    assert sq.place(store, "no such place") is None


def _dated(s: Store, rows: list[tuple[str, date, date, tuple[str, ...]]]) -> None:
    place = load().places[PLACE_IDS[0]]
    for eid, start, end, flags in rows:
        text = f"Report {eid}."
        art = Article(f"a-{eid}", eid, text, date(2024, 1, 1), "W", "", f"k:{eid}")
        where = Mention(0, 6, "Report", place, 1.0, "t")
        ev = Event(
            eid,
            art.id,
            eid,
            DateRange(start, end, 1, None, "t"),
            event_type("01"),
            (),
            where,
            "t",
            (where,),
            (Evidence(text, 0, len(text)),),
            flags=flags,
        )
        s.save(art, [], [ev])


def test_the_default_range_ends_at_the_newest_event_that_has_happened(tmp_path) -> None:
    s = Store(str(tmp_path / "d.db"))
    _dated(
        s,
        [
            ("past", date(2024, 3, 1), date(2024, 3, 1), ()),
            ("planned", date(2024, 3, 9), date(2024, 3, 9), ("planned",)),
            ("future", date(2024, 4, 2), date(2024, 4, 2), ()),
            ("ongoing", date(2024, 2, 1), date(2024, 12, 31), ()),
        ],
    )
    today, q = date(2024, 3, 20), sq.EventQuery(hide_unreal=True)
    # the ongoing range is clipped to today; the planned and the future event do not count
    assert sq.default_range(s, q, today) == (date(2024, 2, 20), today)
    assert sq.default_range(s, replace(q, types=("02",)), today) is None
    only_planned = replace(q, text="Report planned")
    assert sq.default_range(s, only_planned, today) == (date(2024, 2, 9), date(2024, 3, 9))


def test_hidden_events_do_not_stretch_the_range_or_the_default(tmp_path) -> None:
    s = Store(str(tmp_path / "h.db"))
    _dated(
        s,
        [
            ("real", date(2023, 5, 1), date(2023, 5, 1), ()),
            ("denied", date(1901, 1, 1), date(1901, 1, 1), ("negated",)),
            ("maybe", date(2023, 9, 1), date(2023, 9, 1), ("hypothetical",)),
        ],
    )
    shown, every = sq.EventQuery(hide_unreal=True), sq.EventQuery()
    assert sq.extent(s, shown) == (date(2023, 5, 1), date(2023, 5, 1))
    assert sq.extent(s, every) == (date(1901, 1, 1), date(2023, 9, 1))
    today = date(2024, 1, 1)
    assert sq.default_range(s, shown, today, days=1) == (date(2023, 5, 1), date(2023, 5, 1))
    assert sq.default_range(s, every, today, days=1) == (date(2023, 9, 1), date(2023, 9, 1))
    assert sq.event_ids(s, shown) == ["real"]


def _cells_of(frame: pd.DataFrame, size: float, box: sq.Box | None = None) -> dict:
    """The cells of a per-place frame (lat, lon, n_events), grouped in pandas."""
    import numpy as np

    pts = frame.dropna(subset=["lat", "lon"]).astype({"lat": float, "lon": float})
    if box is not None:
        south, west, north, east = box
        keep = pts["lat"].between(south, north)
        if east - west < 360:
            # the box on any copy of the world: shift each lon into [west, west + 360)
            shifted = west + (pts["lon"] - west) % 360
            keep &= shifted <= east
        pts = pts[keep]
    cx = np.floor((pts["lon"] + 180) / size).astype(int)
    cy = np.floor((pts["lat"] + 90) / size).astype(int)
    out = {}
    for (x, y), g in pts.groupby([cx, cy]):
        out[(int(x), int(y))] = (
            len(g),
            int(g["n_events"].sum()),
            round(g["lat"].mean(), 6),
            round(g["lon"].min(), 6),
            round(g["lat"].max(), 6),
        )
    return out


def _cells_got(cells: pd.DataFrame) -> dict:
    return {
        (int(r.cx), int(r.cy)): (
            int(r.n_places),
            int(r.n_events),
            round(r.lat, 6),
            round(r.west, 6),
            round(r.north, 6),
        )
        for r in cells.itertuples()
    }


@pytest.mark.parametrize("size", [0.5, 1.0, 16.0, 90.0])
@pytest.mark.parametrize("q", [CASES[0], CASES[1], CASES[7], CASES[13]], ids=repr)
def test_cells_group_the_places_of_the_view(store: Store, q: sq.EventQuery, size: float) -> None:
    per_place = sq.place_counts(store, q)
    got = sq.cell_counts(store, q, size)
    assert _cells_got(got) == _cells_of(per_place, size)
    # every located place is in one cell, and its events with it
    located = per_place.dropna(subset=["lat"])
    assert got["n_places"].sum() == len(located)
    assert got["n_events"].sum() == located["n_events"].sum()


def test_nearby_places_share_a_cell_until_the_cells_are_small(store: Store) -> None:
    # Tokyo and Yokosuka, 45 km apart, are one cell at 1 degree and two at 0.25
    pair = {"gn:1850147", "gn:1848313"}
    q = sq.EventQuery()
    assert pair <= set(sq.place_counts(store, q)["id"])

    def cell_of_pair(size: float) -> int:
        cells = sq.cell_counts(store, q, size, box=(35.0, 139.0, 36.0, 140.0))
        return len(cells)

    assert cell_of_pair(1.0) == 1
    assert cell_of_pair(0.25) == 2


BOXES = [
    (30.0, 120.0, 60.0, 150.0),  # Japan only
    (40.0, -10.0, 60.0, 10.0),  # London and Paris
    (-90.0, 100.0, 90.0, 400.0),  # past the antimeridian: lon 100..180 and -180..40
    (-90.0, -540.0, 90.0, -180.0),  # a copy of the world to the west, 360 wide
    (0.0, -200.0, 80.0, -170.0),  # lon 160..190, east of the antimeridian on the west copy
]


@pytest.mark.parametrize("box", BOXES, ids=repr)
def test_cells_keep_the_places_inside_the_box(store: Store, box: sq.Box) -> None:
    q = sq.EventQuery()
    want = _cells_of(sq.place_counts(store, q), 1.0, box)
    assert _cells_got(sq.cell_counts(store, q, 1.0, box)) == want


def test_the_boxes_cut_somewhere(store: Store) -> None:
    # a box that keeps every place or none would test nothing
    everything = len(sq.place_counts(store, sq.EventQuery()).dropna(subset=["lat"]))
    kept = [int(sq.cell_counts(store, sq.EventQuery(), 1.0, b)["n_places"].sum()) for b in BOXES]
    assert any(0 < k < everything for k in kept), kept


@pytest.mark.parametrize("quiet", [True, False])
def test_cells_of_places_mentioned_count_their_articles(store: Store, quiet: bool) -> None:
    q = CASES[1]
    per_place, _ = sq.mention_counts(store, q, quiet)
    got = sq.cell_counts(store, q, 16.0, mentioned=True, quiet=quiet)
    assert _cells_got(got) == _cells_of(per_place, 16.0)


def test_a_cell_size_must_be_positive(store: Store) -> None:
    with pytest.raises(ValueError, match="positive"):
        sq.cell_counts(store, sq.EventQuery(), 0)


@pytest.mark.parametrize("size", [1.0, 16.0])
@pytest.mark.parametrize("box", [(-90.0, -180.0, 90.0, 180.0), BOXES[1], BOXES[2]], ids=repr)
def test_the_page_groups_its_places_as_the_store_does(
    store: Store, size: float, box: sq.Box
) -> None:
    from dashboard.ui.grid import cells_of

    q = CASES[1]
    got = cells_of(sq.place_counts(store, q), size, box)
    want = sq.cell_counts(store, q, size, box)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want, check_dtype=False)


def test_places_named_finds_names_containing_the_text_from_the_start_first(store: Store) -> None:
    names = dict(
        zip(
            sq.place_counts(store, sq.EventQuery())["id"],
            sq.place_counts(store, sq.EventQuery())["name"],
            strict=True,
        )
    )
    for text in ("to", "LON", "o"):
        got = sq.places_named(store, text)
        want = {pid for pid, name in names.items() if text.casefold() in name.casefold()}
        assert want <= set(got["id"]), text  # every place with events, and any others named so
        assert all(text.casefold() in n.casefold() for n in got["name"])
        starts = got["name"].str.casefold().str.startswith(text.casefold()).tolist()
        assert got["prefix"].tolist() == starts
        assert starts == sorted(starts, reverse=True)  # names that start with it come first
    assert "gn:1850147" in set(sq.places_named(store, "tokyo")["id"])
    assert sq.places_named(store, "  ").empty
    assert sq.places_named(store, "no such place name").empty
    assert len(sq.places_named(store, "o", limit=2)) == 2


def test_the_place_total_counts_every_place_of_the_store(store: Store) -> None:
    frames, _ = _pandas(store, sq.EventQuery())
    assert sq.place_total(store) == len(frames.places)


@pytest.mark.parametrize("typed", ['"ceasefire"', "“ceasefire”", ' "Aid convoy number 1" '])
def test_a_search_in_quotes_is_the_phrase_inside_them(store: Store, typed: str) -> None:
    # the search is a phrase match already; a quoted phrase, as typed into most search
    # boxes, had matched nothing, since no text holds the quote marks
    bare = typed.strip().strip('"“”')
    found = sq.event_ids(store, sq.EventQuery(text=typed))
    assert found
    assert found == sq.event_ids(store, sq.EventQuery(text=bare))


@pytest.mark.parametrize("resolution", ["week", "month"])
def test_on_sqlite_the_timeline_counts_days_and_sums_them_in_weeks_or_months(
    store: Store, resolution: sq.Resolution
) -> None:
    """SQLite's date functions on every event cost 14 us each (a year of 1M events: 0.4 s of
    the timeline's time): the store counts per start day, Python sums the days (the answers
    are compared with pandas above)."""
    if store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's date_trunc is cheap: it counts per bucket")
    seen: list[str] = []

    def keep(conn, cursor, statement, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", keep)
    try:
        sq.timeline(store, CASES[1], resolution)
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", keep)
    grouped = [s for s in seen if "GROUP BY" in s]
    assert grouped
    assert not [s for s in grouped if "strftime" in s]
