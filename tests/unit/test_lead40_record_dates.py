"""A JSON record's date that cannot be taken whole says so (newuser17's finding, stop 40):
words and impossible days were only counted among the undated, and a timestamp with an
impossible clock was taken as its day without a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.articles.formats import read_file

TEXT = "LISBON — Fishermen stayed in port in Lisbon on {day}."


def _read(tmp_path: Path, date: object, day: str = "Monday"):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"title": "t", "text": TEXT.format(day=day), "date": date}) + "\n")
    return read_file(path)


def test_an_impossible_clock_keeps_the_day_and_says_so(tmp_path: Path) -> None:
    read = _read(tmp_path, "2025-11-28T25:99:00Z")
    assert read.articles[0].published is not None
    assert str(read.articles[0].published) == "2025-11-28"
    assert read.notes == [
        "line 1: 'date' '2025-11-28T25:99:00Z' has an impossible time; read as 2025-11-28"
    ]


@pytest.mark.parametrize("value", ["yesterday", "2025-02-30", "-0044-03-15"])
def test_words_and_impossible_days_are_named(tmp_path: Path, value: str) -> None:
    read = _read(tmp_path, value)
    assert read.articles[0].published is None
    assert read.notes == [f"line 1: 'date' {value!r} is not a date; read as undated"]


@pytest.mark.parametrize(
    "value", ["2025-11-28", "2025-11-28T09:30:00+02:00", "2025-11-28T23:30:00-07:00"]
)
def test_near_miss_good_dates_and_timestamps_pass_without_a_note(
    tmp_path: Path, value: str
) -> None:
    read = _read(tmp_path, value)
    assert str(read.articles[0].published) == "2025-11-28"
    assert read.notes == []
