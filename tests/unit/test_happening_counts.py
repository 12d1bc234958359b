"""The map's happening counts read ``merged_reports`` (0009) and equal what the direct query
over every matching event and its happening gives, over many filter states, on both
backends, and stay so as articles are replaced and users split and join happenings."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from dashboard.events.cameo import event_type
from dashboard.model import Article, DateRange, Event, Evidence, Mention
from dashboard.places.gazetteer import load
from dashboard.store import happening_queries as hq
from dashboard.store import merged
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.fingerprint import analysis_fingerprint
from dashboard.store.happenings import join_events, split_event
from dashboard.store.schema import event_happenings, events, merged_reports

# cities, and the countries that hold them: a report "in Japan" joins one in Tokyo
PLACES = (
    "gn:1850147",
    "gn:1853909",
    "gn:1848313",
    "cc:JP",
    "gn:2643743",
    "cc:GB",
    "gn:2988507",
    "gn:3143244",
)
ROOTS = ("14", "18", "19", "03")
ACTORS = ("Police", "Protesters", "Army", "Red Cross")
WORDS = ("strike", "march", "Ceasefire", "shelling", "talks", "flood")
FLAGS = ((), (), (), ("negated",), ("hypothetical",), ("planned",))
DAY0 = date(2023, 1, 1)


def generate(store: Store, n_articles: int, seed: int = 11) -> None:
    """Articles of three or four reports, each of one of a few dozen stories (a type, a
    place, a day): different articles telling one story are merged into one happening,
    some reports placed at the country of the story's city, some spanning a few days, some
    negated or hypothetical, with random actors and words."""
    rng, gaz = random.Random(seed), load()
    stories = [
        (rng.choice(ROOTS), rng.choice(PLACES), DAY0 + timedelta(days=rng.randrange(400)))
        for _ in range(30)
    ]
    for a in range(n_articles):
        told = rng.sample(stories, rng.choice([3, 4]))
        sentences = [
            f"Reports of {rng.choice(WORDS)} and {rng.choice(WORDS)} in story {a}-{k}."
            for k in range(len(told))
        ]
        text = " ".join(sentences)
        art = Article(f"a{a:04d}", f"Article {a}", text, DAY0, f"Outlet {a % 7}", "", f"t:{a}")
        evs = []
        for k, ((root, pid, day), s) in enumerate(zip(told, sentences, strict=True)):
            if rng.random() < 0.25 and not pid.startswith("cc:"):
                pid = "cc:" + gaz.places[pid].country_code  # the story's country
            pos = text.index(s)
            here = Mention(pos, pos + 7, "Reports", gaz.places[pid], 1.0, "test")
            span = rng.choice([0, 0, 0, 2])
            evs.append(
                Event(
                    id=f"e{a:04d}{k}",
                    article_id=art.id,
                    summary=f"{rng.choice(WORDS)} {a}-{k}",
                    when=DateRange(
                        day, day + timedelta(days=span), 1 if not span else 2, None, "t"
                    ),
                    event_type=event_type(root),
                    actors=tuple(rng.sample(ACTORS, rng.randrange(3))),
                    location=here if rng.random() > 0.05 else None,
                    location_reason="test",
                    places=(here,),
                    evidence=(Evidence(s, pos, pos + len(s)),),
                    flags=rng.choice(FLAGS),
                )
            )
        store.save(art, [], evs, gaz.geometries, analysis=analysis_fingerprint())


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("hc") / "hc.db")
    else:
        url = request.getfixturevalue("pg_server").new_database()
    s = Store(url)
    generate(s, 60)
    return s


def by_links(store: Store, q: sq.EventQuery) -> tuple[int, dict[str, int]]:
    """(happenings, happenings per place) as the map counted them before 0009: distinct
    happenings over every matching event joined to its happening."""
    with store.engine.connect() as conn:
        where = sq.conditions(q, conn.dialect.name)
        h = sa.func.count(sa.distinct(event_happenings.c.happening_id))
        joined = events.join(event_happenings, event_happenings.c.event_id == events.c.id)
        total = conn.execute(sa.select(h).select_from(joined).where(*where)).scalar_one()
        stmt = (
            sa.select(events.c.location_id, h)
            .select_from(joined)
            .where(events.c.location_id.is_not(None), *where)
            .group_by(events.c.location_id)
        )
        return int(total), {pid: int(n) for pid, n in conn.execute(stmt)}


def states(n: int, seed: int = 5) -> list[sq.EventQuery]:
    """Hand-picked filter states, then ``n`` random mixes of every filter."""
    picked = [
        sq.EventQuery(),
        sq.EventQuery(hide_unreal=True),
        sq.EventQuery(start=date(2023, 3, 1), end=date(2023, 8, 31)),
        sq.EventQuery(start=date(2023, 5, 1), end=date(2023, 5, 31), hide_unreal=True),
        sq.EventQuery(end=date(2023, 4, 1)),
        sq.EventQuery(start=date(2023, 10, 1)),
        sq.EventQuery(types=("19",)),
        sq.EventQuery(countries=("JP",)),
        sq.EventQuery(geo_precision=(3,)),
        sq.EventQuery(actors=("Army", "Police")),
        sq.EventQuery(text="ceasefire"),
        sq.EventQuery(text="st"),  # under a trigram: a scan
        sq.EventQuery(text="Article 1"),  # titles
        sq.EventQuery(text="no such words"),
    ]
    rng = random.Random(seed)
    for _ in range(n):
        start = DAY0 + timedelta(days=rng.randrange(400))
        picked.append(
            sq.EventQuery(
                start=rng.choice([None, start]),
                end=rng.choice([None, start + timedelta(days=rng.choice([0, 6, 30, 200]))]),
                types=tuple(rng.sample(ROOTS, rng.choice([0, 0, 1, 2]))),
                countries=tuple(rng.sample(("JP", "GB", "FR", "NO"), rng.choice([0, 0, 1, 2]))),
                actors=tuple(rng.sample(ACTORS, rng.choice([0, 0, 0, 1]))),
                geo_precision=tuple(rng.sample((1, 3), rng.choice([0, 0, 1]))),
                text=rng.choice(["", "", "", "strike", "march in"]),
                hide_unreal=rng.random() < 0.5,
            )
        )
    return picked


STATES = states(50)


@pytest.mark.parametrize("q", STATES, ids=repr)
def test_the_counts_from_merged_reports_equal_the_join_over_every_event(
    store: Store, q: sq.EventQuery
) -> None:
    total, per_place = by_links(store, q)
    frame = hq.place_counts(store, q)
    assert dict(zip(frame["id"], frame["n_happenings"], strict=True)) == per_place
    assert hq.happening_count(store, q) == total


def test_the_store_merges_enough_for_the_counts_to_differ(store: Store) -> None:
    """Not vacuous: happenings of several reports at one place, and across places."""
    frame = hq.place_counts(store, sq.EventQuery())
    assert (frame["n_happenings"] < frame["n_events"]).sum() >= 5
    assert hq.happening_count(store, sq.EventQuery()) < sq.event_count(store, sq.EventQuery())
    with store.engine.connect() as conn:
        places_per = (
            sa.select(merged_reports.c.happening_id)
            .group_by(merged_reports.c.happening_id)
            .having(sa.func.count(sa.distinct(merged_reports.c.location_id)) > 1)
        )
        assert conn.execute(sa.select(sa.func.count()).select_from(places_per.subquery())).scalar()
    nonzero = [q for q in STATES if by_links(store, q)[0]]
    assert len(nonzero) >= len(STATES) // 2


def rows(store: Store) -> set[tuple]:
    with store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(sa.select(merged_reports))}


def refilled(store: Store) -> set[tuple]:
    """The rows the migration would write from the links as they are now."""
    with store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(merged.source())}


def test_the_table_follows_replaced_articles_and_users_corrections(tmp_path) -> None:
    s = Store(str(tmp_path / "c.db"))
    generate(s, 30, seed=3)
    assert rows(s) == refilled(s) != set()
    gaz = load()
    # an article re-read with its reports moved a day on: they leave their happenings
    old = [r for r in s.event_rows() if r["article_id"] == "a0003"]
    art = Article("a0003b", "Article 3", "Moved.", DAY0, "Outlet 3", "", "t:3")  # its key: replaced
    here = Mention(0, 5, "Moved", gaz.places["gn:1850147"], 1.0, "test")
    moved = [
        Event(
            id=f"m{n}",
            article_id=art.id,
            summary="moved",
            event_type=event_type("19"),
            when=DateRange(
                r["date_start"] + timedelta(days=1), r["date_end"] + timedelta(days=1), 1, None, "t"
            ),
            actors=(),
            location=here,
            location_reason="test",
            places=(here,),
            evidence=(Evidence("Moved.", 0, 6),),
        )
        for n, r in enumerate(old)
    ]
    s.save(art, [], moved, gaz.geometries, analysis=analysis_fingerprint())
    assert rows(s) == refilled(s)
    assert not {r["id"] for r in old} & {r[0] for r in rows(s)}
    merged_ids = sorted(r[0] for r in rows(s))
    split_event(s, merged_ids[0])
    assert rows(s) == refilled(s)
    lone = sorted(r["id"] for r in s.event_rows() if r["id"] not in set(merged_ids))
    join_events(s, lone[0], lone[1])
    assert rows(s) == refilled(s)
    s.add_correction(
        "date",
        merged_ids[1],
        date_start=date(2022, 1, 1),
        date_end=date(2022, 1, 1),
        time_precision=1,
    )
    assert rows(s) == refilled(s)
    for q in STATES[:20]:
        total, per_place = by_links(s, q)
        frame = hq.place_counts(s, q)
        assert dict(zip(frame["id"], frame["n_happenings"], strict=True)) == per_place
        assert hq.happening_count(s, q) == total


def test_events_not_yet_grouped_count_as_happenings_of_their_own(tmp_path) -> None:
    s = Store(str(tmp_path / "b.db"))
    generate(s, 10)
    with s.writer.begin() as conn:  # as a store filled by bulk insert, before regrouping
        conn.execute(merged_reports.delete())
        conn.execute(event_happenings.delete())
    q = replace(sq.EventQuery(), hide_unreal=True)
    frame = hq.place_counts(s, q)
    assert frame["n_happenings"].tolist() == frame["n_events"].tolist()
    assert hq.happening_count(s, q) == sq.event_count(s, q)
