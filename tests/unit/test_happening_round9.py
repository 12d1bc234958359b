"""Issue 16, ninth round: how the happenings scorer reads a wire copy (``bench/happenings_eval``).

The store keeps one article per text and lists an exact copy carried by another outlet with it
(``article_copies``); the scorer reads the copy's report as the article it copies. Reports
written for these tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

BENCH = Path(__file__).resolve().parents[2] / "bench" / "happenings_eval.py"
TEXT = (
    "Heavy rain flooded the lower town of Pakse, Laos, on Tuesday, forcing hundreds of "
    "families to leave their homes, the provincial governor said."
)
WIRE = {"title": "Floods hit Pakse", "date": "2024-09-10", "text": TEXT}
REPORTS = [
    {**WIRE, "source": "Mekong Wire", "url": "https://mekong.example/pakse-floods"},
    # the very text, carried by another outlet: a copy, not a second article
    {**WIRE, "source": "Vientiane Daily", "url": "https://vientiane.example/wire/pakse"},
    # near miss: one word changed, so not the very text; its own article, read on its own
    {
        **WIRE,
        "text": TEXT.replace("hundreds", "thousands"),
        "source": "River Post",
        "url": "https://river.example/pakse",
    },
]


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("happenings_eval", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("happenings_eval", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def db(tmp_path: Path, geoparser: Geoparser) -> str:
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    url = str(tmp_path / "store.db")
    Pipeline(Store(url), geoparser).ingest([path])
    return url


def test_a_wire_copy_is_read_as_the_article_it_copies(db: str) -> None:
    copied = _scorer()._copied(db)
    assert copied == {REPORTS[1]["url"]: REPORTS[0]["url"]}


def test_a_text_with_one_word_changed_is_no_copy(db: str) -> None:
    copied = _scorer()._copied(db)
    assert REPORTS[2]["url"] not in copied
    assert REPORTS[2]["url"] not in copied.values()
