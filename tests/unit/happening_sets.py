"""Helpers the happenings tests share: articles as JSON lines and the happening each one's
first event falls in, from a real ingest into a throwaway SQLite store. Not a test module."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


def article(n: int, date: str, text: str) -> dict[str, str]:
    """One article of outlet ``n`` (its own title, source and URL) dated ``date``."""
    return {
        "title": f"t{n}",
        "date": date,
        "source": f"Outlet {n}",
        "url": f"https://o{n}.example/{n}",
        "text": text,
    }


def happenings_of(geoparser: Geoparser, tmp_path: Path, *arts: dict[str, str]) -> list[str]:
    """The happening of each article's first event, in the order given ("" for none)."""
    by_url: dict[str, str] = {}
    for url, hid in _ingested(geoparser, tmp_path, arts):
        by_url.setdefault(url, hid)
    return [by_url.get(a["url"], "") for a in arts]


def happening_sets_of(
    geoparser: Geoparser, tmp_path: Path, *arts: dict[str, str]
) -> list[set[str]]:
    """The happenings of each article's events, in the order given (empty for none)."""
    found: dict[str, set[str]] = {}
    for url, hid in _ingested(geoparser, tmp_path, arts):
        found.setdefault(url, set()).add(hid)
    return [found.get(a["url"], set()) for a in arts]


def _ingested(
    geoparser: Geoparser, tmp_path: Path, arts: tuple[dict[str, str], ...]
) -> list[tuple[str, str]]:
    """(article url, happening id) of every event, in event order, after ingesting ``arts``
    as one JSON Lines file into a new SQLite store under ``tmp_path``."""
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    store = Store(str(tmp_path / "store.db"))
    Pipeline(store, geoparser).ingest([path])
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.url, h.happening_id FROM events e JOIN articles a ON a.id = e.article_id "
                "JOIN event_happenings h ON h.event_id = e.id ORDER BY e.id"
            )
        )
        return [(url, hid) for url, hid in rows]
