"""A line that is wholly a date with no label, first or under a headline, as outlets' pages
print it, is the publication day: read as text, it left the article undated and every event
with no date of its own held back (newuser15: "June 19, 2024", "Wed 19 Jun 2024 10.42 BST").
Every text was written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.cli import main

BODY = "SEOUL (Harbour Wire) - The two leaders met in Seoul on Wednesday."


@pytest.mark.parametrize(
    "line",
    ["June 19, 2024", "19 June 2024", "Wed 19 Jun 2024 10.42 BST", "2024-06-19T08:00:00Z"],
)
def test_a_bare_date_under_a_headline(line: str) -> None:
    a = parse_article(f"Leaders meet in Seoul\n{line}\n\n{BODY}", path="t")
    assert a.published == date(2024, 6, 19)
    assert a.title == "Leaders meet in Seoul"
    assert line not in a.text


def test_a_bare_date_first() -> None:
    a = parse_article(f"June 19, 2024\n\n{BODY}", path="t")
    assert a.published == date(2024, 6, 19)


@pytest.mark.parametrize(
    "line",
    ["07/05/2024", "Leaders met on June 19, 2024 in Seoul."],
)
def test_near_miss_an_ambiguous_date_or_a_sentence_stays_text(line: str) -> None:
    a = parse_article(f"Leaders meet in Seoul\n{line}\n\n{BODY}", path="t")
    assert a.published is None
    assert line in a.text


def test_ingest_says_why_a_header_date_was_left_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"Leaders meet in Seoul\ndate 07/05/2024\n\n{BODY}\n", encoding="utf-8")
    main(["ingest", str(f), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    out = capsys.readouterr().out
    assert "a header date left unread (day/month order or weekday unclear" in out
