"""The country filter keeps an event at sea whose actors include the country: ACLED codes an
at-sea event to the country whose actors or waters it concerns (``filters.in_countries``).
A boarding in the South China Sea had vanished under ``PH``. Articles written for these
tests; both backends."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.events.cameo import event_type
from dashboard.model import Article, DateRange, Event, Evidence, Mention
from dashboard.places.gazetteer import load
from dashboard.store import happening_queries as hq
from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.fingerprint import analysis_fingerprint

SEA, TOWN = "rg:south-china-sea", "gn:1701668"  # Manila


def _event(n: int, place_id: str, actors: tuple[str, ...], codes: tuple[str, ...]) -> Event:
    gaz = load()
    text = f"Report {n} of a boarding."
    where = Mention(0, 6, "Report", gaz.places[place_id], 1.0, "test")
    day = date(2024, 6, 17)
    return Event(
        id=f"e{n}",
        article_id=f"a{n}",
        summary=f"boarding {n}",
        when=DateRange(day, day, 1, None, "t"),
        event_type=event_type("17"),
        actors=actors,
        location=where,
        location_reason="test",
        places=(where,),
        evidence=(Evidence(text, 0, len(text)),),
        actor_countries=codes,
    )


@pytest.fixture
def store(store_url: str) -> Store:
    s, gaz = Store(store_url), load()
    rows = [
        (1, SEA, ("China", "Philippines"), ("CN", "PH")),  # the boarding, told twice
        (2, SEA, ("Philippines", "China"), ("PH", "CN")),
        (3, SEA, ("China",), ("CN",)),  # drills at sea: China's alone
        (4, TOWN, ("Police",), (None,)),  # in Manila
    ]
    for n, place, actors, codes in rows:
        ev = _event(n, place, actors, codes)
        art = Article(
            f"a{n}", f"Article {n}", ev.evidence[0].text, date(2024, 6, 18), f"W{n}", "", f"t:{n}"
        )
        s.save(art, list(ev.places), [ev], gaz.geometries, analysis=analysis_fingerprint())
    return s


def test_an_event_at_sea_counts_for_its_actors_countries(store: Store) -> None:
    assert sorted(sq.event_ids(store, sq.EventQuery(countries=("PH",)))) == ["e1", "e2", "e4"]
    assert sorted(sq.event_ids(store, sq.EventQuery(countries=("CN",)))) == ["e1", "e2", "e3"]
    assert sq.event_ids(store, sq.EventQuery(countries=("JP",))) == []


def test_the_map_keeps_the_sea_under_an_actors_country(store: Store) -> None:
    counts = hq.place_counts(store, sq.EventQuery(countries=("PH",)))
    assert dict(zip(counts["id"], counts["n_events"], strict=True)) == {SEA: 2, TOWN: 1}
    # the two reports of the boarding are one happening: read through merged_reports
    assert dict(zip(counts["id"], counts["n_happenings"], strict=True)) == {SEA: 1, TOWN: 1}
