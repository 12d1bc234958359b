"""A batch written in one go stores what the same batch written article by article stores."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from dashboard.articles.reader import parse_article
from dashboard.model import Article
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import SaveItem, SaveResult, Store

TEXTS = [
    "OSLO — Police detained 40 protesters in Oslo on Tuesday after a march on parliament.",
    "LIMA — Troops clashed with rebels near Lima on Monday, the army said.",
    "HANOI — Ministers met in Hanoi on Wednesday to discuss trade with Seoul.",
    "NAIROBI — Workers went on strike in Nairobi on Thursday over unpaid wages.",
]
TABLES = (
    "articles",
    "places",
    "mentions",
    "events",
    "event_places",
    "happenings",
    "event_happenings",
)


def _article(text: str, day: int, path: str) -> Article:
    return parse_article(text, path=path, published=date(2024, 5, day), headers=False)


def _items(pipeline: Pipeline, articles: list[Article]) -> list[SaveItem]:
    out = []
    for a in articles:
        found, evs, _ = pipeline.analyse(a)
        out.append(SaveItem(a, found, evs))
    return out


def _rows(store: Store) -> dict[str, list[tuple[str, ...]]]:
    out = {}
    with store.engine.connect() as conn:
        for t in TABLES:
            cols = [
                c["name"] for c in sa.inspect(conn).get_columns(t) if c["name"] != "ingested_at"
            ]
            quoted = ", ".join(f'"{c}"' for c in cols)
            q = sa.text(f"SELECT {quoted} FROM {t}")
            out[t] = sorted(tuple(str(v) for v in r) for r in conn.execute(q))
    return out


def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "_save_batch", lambda *a, **k: None)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_batch_in_one_go_stores_what_savepoints_store(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path,
    geoparser: Geoparser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def new_store(name: str) -> Store:
        if backend == "sqlite":
            return Store(str(tmp_path / f"{name}.db"))
        return Store(request.getfixturevalue("pg_server").new_database())

    stores = [new_store("fast"), new_store("slow")]
    calls: list[int] = []
    real = Store._write_batch

    def counted(self: Store, *a, **k):  # type: ignore[no-untyped-def]
        calls.append(len(a[1]))
        return real(self, *a, **k)

    monkeypatch.setattr(Store, "_write_batch", counted)
    results: list[list[SaveResult | Exception]] = []
    for n, store in enumerate(stores):
        if n == 1:
            _one_by_one(monkeypatch)
        pipeline = Pipeline(store, geoparser)
        first = [_article(TEXTS[0], 1, "a.txt"), _article(TEXTS[1], 2, "b.txt")]
        # the second batch: a new article, the same article again (twice), an edit of b.txt
        # (same key, new text: it replaces), and an article already stored under another name
        second = [
            _article(TEXTS[2], 3, "c.txt"),
            _article(TEXTS[2], 3, "c2.txt"),
            _article(TEXTS[3], 4, "b.txt"),
            _article(TEXTS[0], 1, "a2.txt"),
        ]
        got = store.save_many(_items(pipeline, first), geoparser.gaz.geometries, "fp")
        got += store.save_many(_items(pipeline, second), geoparser.gaz.geometries, "fp")
        results.append(got)
    assert calls == [2, 4]  # the fast store wrote both batches in one go each
    assert results[0] == results[1]
    assert [r.status for r in results[0]] == [  # type: ignore[union-attr]
        "added",
        "added",
        "added",
        "duplicate",
        "replaced",
        "duplicate",
    ]
    fast, slow = (_rows(s) for s in stores)
    assert fast == slow
    assert len(fast["events"]) >= 3
    assert len(fast["articles"]) == 3


def test_an_article_an_earlier_one_replaces_is_written_in_order(
    tmp_path, geoparser: Geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """b.txt's edit deletes the stored article X; a later article with X's very id is then
    new again, as it is when each goes in its own savepoint."""
    stores = [Store(str(tmp_path / "fast.db")), Store(str(tmp_path / "slow.db"))]
    results = []
    for n, store in enumerate(stores):
        if n == 1:
            _one_by_one(monkeypatch)
        pipeline = Pipeline(store, geoparser)
        x = _article(TEXTS[1], 2, "b.txt")
        store.save_many(_items(pipeline, [x, _article(TEXTS[0], 1, "a.txt")]))
        again = [_article(TEXTS[3], 4, "b.txt"), _article(TEXTS[1], 2, "x.txt")]
        results.append(store.save_many(_items(pipeline, again)))
    assert results[0] == results[1]
    assert [r.status for r in results[0]] == ["replaced", "added"]  # type: ignore[union-attr]
    assert _rows(stores[0]) == _rows(stores[1])


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_article_whose_own_rows_clash_is_refused_alone(
    backend: str, request: pytest.FixtureRequest, tmp_path, geoparser: Geoparser
) -> None:
    """Two of one article's events under one id (a reader fault) refuse that article with
    its reason; the rest of the batch is written (SQLite once retried the whole batch as if
    a racing writer had collided, then refused every article in it)."""
    if backend == "sqlite":
        store = Store(str(tmp_path / "s.db"))
    else:
        store = Store(request.getfixturevalue("pg_server").new_database())
    pipeline = Pipeline(store, geoparser)
    items = _items(pipeline, [_article(t, n + 1, f"{n}.txt") for n, t in enumerate(TEXTS[:3])])
    bad = items[1]
    assert bad.events
    items[1] = SaveItem(bad.article, bad.found, [*bad.events, bad.events[0]])
    got = store.save_many(items)
    assert [type(r).__name__ for r in got] == ["SaveResult", "StoreError", "SaveResult"]
    assert "events" in str(got[1])  # the table whose rows clashed, as both backends say
    assert len(_rows(store)["articles"]) == 2


@pytest.mark.parametrize(
    "record",
    [
        {"id": "e", "event_code": None, "roles": {"source": "POL", "source_country": "PER"}},
        {"id": "e", "roles": {"source": None, "source_country": None}},
        {"id": "e", "roles": {"source": "a}b", "source_country": "PER"}},  # a brace in a string
        {"id": "e", "roles": {"source_country": "PER"}, "after": 1},  # not last: decoded whole
        {"id": "e", "x": {"roles": {"source_country": "NOR"}}},  # nested only
        {"id": "e", "x": {"roles": {"source_country": "NOR"}}, "roles": {"source_country": "PER"}},
        {"id": "e", "roles": {"source_country": "caf\u00e9 \\"}},  # escapes
        {"id": "e"},
    ],
)
def test_the_roles_read_alone_are_the_roles_of_the_whole_record(record: dict) -> None:
    import json

    from dashboard.store.happening_reports import _roles

    for ascii_only in (False, True):
        text = json.dumps(record, ensure_ascii=ascii_only)
        assert _roles(text) == json.loads(text).get("roles")
