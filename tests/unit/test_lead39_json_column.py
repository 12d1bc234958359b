"""A refused JSON Lines line says where in the line the decoder stopped: "(Unterminated
string starting at)" lost its place, so the fault could not be found in a long feed line
(newuser15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.articles.formats import read_file
from dashboard.errors import ArticleError


def test_a_refused_line_names_its_column(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = '{"title": "Talks", "text": "date 2025-01-02 Talks were held in Rome on Monday."}'
    feed.write_text(good + '\n{"title": "Cut off, "text": "x"}\n' + good + "\n", encoding="utf-8")
    read = read_file(feed)
    assert len(read.articles) == 2
    assert read.problems == ["line 2: invalid JSON (Expecting ',' delimiter at column 22)"]


def test_an_unterminated_string_says_where_it_starts(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "Talks", "text": "date 2025-01-02 unfinished\n', encoding="utf-8")
    with pytest.raises(
        ArticleError, match=r"line 1: invalid JSON \(Unterminated string starting at column 28\)"
    ):
        read_file(feed)
