"""A fault of ours while storing one article (here in the regroup of its happenings) costs
that article, named with the error, and never the rest of its batch or file: before, the
batch's one transaction rolled back and the ingest stopped with a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from dashboard import jobs
from dashboard.articles.formats import read_file
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store import saving
from dashboard.store.db import Store

_ROWS = [
    {"title": "Shelling in Goma", "text": "Rebels shelled Goma on Monday, officials said."},
    {"title": "Poisoned", "text": "Troops attacked Kharkiv on Monday, officials said."},
    {"title": "Talks in Geneva", "text": "Diplomats met in Geneva on Tuesday to discuss aid."},
]


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    """The regroup fails whenever it is given an event of the article titled "Poisoned"."""
    real = saving.refresh_happenings

    def refresh(conn: sa.Connection, event_ids: list[str], *args: object) -> object:
        bad = conn.execute(
            sa.text(
                "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                "WHERE a.title = 'Poisoned' AND e.id IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": list(event_ids) or [""]},
        ).scalar()
        if bad:
            raise ValueError("a fault in the regroup")
        return real(conn, event_ids, *args)

    monkeypatch.setattr(saving, "refresh_happenings", refresh)


def _feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({**r, "date": "2024-06-10"}) for r in _ROWS), "utf-8")
    return path


def _titles(store: Store) -> set[str]:
    return {row["title"] for row in store.article_rows()}


def test_the_batch_keeps_its_good_articles(
    tmp_path: Path, geoparser: Geoparser, poisoned: None
) -> None:
    store = Store(str(tmp_path / "batch.db"))
    (result,) = jobs.ingest(Pipeline(store, geoparser), [_feed(tmp_path)], jobs=1)
    assert result.status == "added"
    assert "2 added" in result.detail
    assert "Poisoned: not stored: internal error (ValueError: a fault in the regroup)" in (
        result.detail
    )
    assert _titles(store) == {"Shelling in Goma", "Talks in Geneva"}


def test_a_file_added_article_by_article_keeps_its_good_articles(
    tmp_path: Path, geoparser: Geoparser, poisoned: None
) -> None:
    store = Store(str(tmp_path / "one.db"))
    result = Pipeline(store, geoparser).add_file(read_file(_feed(tmp_path)))
    assert result.status == "added"
    assert "Poisoned: not stored: internal error" in result.detail
    assert _titles(store) == {"Shelling in Goma", "Talks in Geneva"}
