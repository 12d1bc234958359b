"""Helpers the happenings tests share: an article record as ingest reads it from JSON Lines,
and the ingest of a list of them into a store. Not a test module."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store


def article(slug: str, day: str, text: str, source: str = "Hill Herald") -> dict:
    """One report: ``slug`` is its title and the last part of its URL on the outlet's host."""
    host = source.lower().replace(" ", "")
    return {
        "title": slug,
        "date": day,
        "source": source,
        "url": f"https://{host}.example/{slug}",
        "text": text,
    }


def ingest(store_url: str, geoparser: Geoparser, tmp_path: Path, articles: list[dict]) -> dict:
    """Ingest ``articles`` into the store at ``store_url``; their event rows by URL slug."""
    pipe = Pipeline(Store(store_url), geoparser)
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in articles), encoding="utf-8")
    pipe.ingest([path])
    return {r["url"].rsplit("/", 1)[1]: r for r in pipe.store.event_rows()}
