"""What a file says about itself: a JSON record saved as text, the outlet a dateline credits."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard.articles.formats import read_file

_RECORD = {
    "title": "Ferry runs aground off Mokpo",
    "date": "2024-02-06",
    "source": "Harbour Post",
    "url": "https://example.org/ferry",
    "text": "MOKPO, Feb 6 -- A ferry ran aground off Mokpo on Tuesday, the coast guard said.",
}


def test_a_json_record_saved_as_txt_keeps_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(json.dumps(_RECORD), encoding="utf-8")
    read = read_file(path)
    (article,) = read.articles
    assert (article.title, article.published, article.source) == (
        "Ferry runs aground off Mokpo",
        date(2024, 2, 6),
        "Harbour Post",
    )
    assert article.text.startswith("MOKPO, Feb 6")
    assert read.notes == ["a .txt file holding JSON: read as JSON"]


def test_prose_that_opens_with_a_brace_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("date 2024-02-06\n{Editor's note} A ferry ran aground off Mokpo.", "utf-8")
    (article,) = read_file(path).articles
    assert article.text.startswith("{Editor's note}")


def test_a_text_that_is_json_without_an_article_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text('["Mokpo", "Busan"]', encoding="utf-8")
    read = read_file(path)
    assert read.articles[0].text == '["Mokpo", "Busan"]'
    assert read.notes == []


def test_a_story_without_a_source_takes_its_datelines_outlet(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "date 2024-02-06\n\nMOKPO, Feb 6 (Harbour Wire) - A ferry ran aground on Tuesday.",
        encoding="utf-8",
    )
    assert read_file(path).articles[0].source == "Harbour Wire"


def test_front_matter_source_beats_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "own.md"
    path.write_text(
        "---\ndate: 2024-02-06\nsource: Coast Post\n---\nMOKPO (Harbour Wire) — A ferry ran aground.",
        encoding="utf-8",
    )
    assert read_file(path).articles[0].source == "Coast Post"


def test_a_time_in_the_datelines_parentheses_is_no_outlet(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    path.write_text("date 2024-02-06\n\nMOKPO (updated 14:00) — A ferry ran aground.", "utf-8")
    assert read_file(path).articles[0].source == ""
