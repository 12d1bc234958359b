"""The date lexicons are data with a source on every row, and every holiday resolves."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from dashboard.events.dates_holidays import occurrence, table
from dashboard.paths import data_dir

LEXICONS = [
    "holidays.csv",
    "fiscal_years.csv",
    "date_order.csv",
    "time_zones.csv",
    "time_refs.csv",
    "vague_counts.csv",
    "day_adjectives.csv",
    "timetable_verbs.csv",
    "timetable_movers.csv",
    "date_names.csv",
    "game_periods.csv",
    "reprisal_causes.csv",
    "period_results.csv",
]


@pytest.mark.parametrize("name", LEXICONS)
def test_every_row_names_its_source(name: str) -> None:
    with (data_dir() / "lexicon" / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert all((row.get("source") or "").strip() for row in rows), name


@pytest.mark.parametrize("phrase", sorted(table()))
def test_every_holiday_falls_in_2024(phrase: str) -> None:
    got = occurrence(table()[phrase], 2024)
    assert got is not None, phrase
    start, end = got
    assert date(2023, 12, 1) <= start <= end <= date(2025, 1, 31)


def test_easter_comes_from_dateutil_in_any_gregorian_year() -> None:
    assert occurrence(table()["easter sunday"], 1818) == (date(1818, 3, 22), date(1818, 3, 22))
    assert occurrence(table()["good friday"], 2285) == (date(2285, 3, 20), date(2285, 3, 20))
