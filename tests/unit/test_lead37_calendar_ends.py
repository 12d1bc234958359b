"""Dates at the calendar's ends ("on 2 January 0001", a publication date in year 1, "31
December 9999") are stored like any other and never merged: the happenings' lookup windows
around them passed ``date.max`` and the whole ingest stopped with an OverflowError, losing
the batch's good articles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.happenings.model import in_calendar
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

_ROWS = [
    {"date": "0001-01-03", "text": "Troops attacked Kharkiv on Monday."},
    {"date": "2024-06-10", "text": "Diplomats met in Geneva on 2 January 0001."},
    {"date": "2024-06-10", "text": "Troops attacked Kharkiv on 31 December 9999."},
    {"date": "2024-06-10", "text": "Rebels shelled Goma on Monday."},
]


@pytest.mark.parametrize("rows", [_ROWS, _ROWS[::-1]])
def test_far_dates_are_stored_and_the_batch_goes_on(
    tmp_path: Path, geoparser: Geoparser, rows: list[dict[str, str]]
) -> None:
    path = tmp_path / "far.jsonl"
    path.write_text("\n".join(json.dumps({"title": r["text"], **r}) for r in rows), "utf-8")
    store = Store(str(tmp_path / "far.db"))
    (result,) = Pipeline(store, geoparser).ingest([path])
    assert result.status == "added"
    assert store.article_count() == 4


def test_the_calendar_margin() -> None:
    assert in_calendar(date(2024, 1, 1), date(2024, 12, 31))
    assert not in_calendar(date(1, 1, 2), date(1, 1, 2))
    assert not in_calendar(date(2024, 1, 1), date(9999, 12, 31))
