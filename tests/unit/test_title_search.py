"""A search matches an event's article title through the titles' own full-text index on
SQLite (migration 0020), kept in step with the articles, with the answers the pandas views
give (``test_queries``: the title cases there run on both backends)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from dashboard.store import queries as sq
from dashboard.store.db import Store
from dashboard.store.filters import _where
from tests.unit.test_queries import one_event


@pytest.mark.parametrize("typed", ["harbour", "HARBOUR", "our Bay", "Café Harbour"])
def test_a_word_of_the_title_finds_the_event_whose_sentences_lack_it(
    store_url: str, typed: str
) -> None:
    s = Store(store_url)
    one_event(s, "Café Harbour Bay under water")
    assert sq.event_ids(s, sq.EventQuery(text=typed)) == ["ev1"]


@pytest.mark.parametrize("typed", ["harbours", "Harbour Café", "Bay  Harbour"])
def test_near_misses_of_the_title_find_nothing(store_url: str, typed: str) -> None:
    s = Store(store_url)
    one_event(s, "Café Harbour Bay under water")
    assert sq.event_ids(s, sq.EventQuery(text=typed)) == []


def test_a_new_title_replaces_the_old_one_in_the_index(tmp_path) -> None:
    s = Store(str(tmp_path / "t.db"))
    art = one_event(s, "Harbour under water")
    s.save(replace(art, title="Quay under water"), [], [], force=True)  # no event left
    assert sq.event_ids(s, sq.EventQuery(text="harbour")) == []
    one_event(s, "Quay under water", force=True)  # re-analysed: its event back
    assert sq.event_ids(s, sq.EventQuery(text="quay")) == ["ev1"]
    assert sq.event_ids(s, sq.EventQuery(text="harbour")) == []


def test_on_sqlite_the_titles_are_read_from_their_index_not_scanned(tmp_path) -> None:
    """Scanning every title cost each question of a search 0.13 s at 1M events; a text
    under three characters, which no trigram can match, still scans."""
    s = Store(str(tmp_path / "t.db"))
    with s.engine.connect() as conn:
        for text, indexed in (("harbour", True), ("ha", False)):
            where = _where(conn, sq.EventQuery(text=text))
            sql = str(sa.and_(*where).compile(conn))
            assert ("articles_title_fts" in sql) == indexed, text
            assert ("lower(articles.title)" in sql) != indexed, text
