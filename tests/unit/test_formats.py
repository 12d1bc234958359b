"""Every supported format and bad input, from fixture files written for these tests."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.articles.formats import read_bytes, read_file
from dashboard.errors import ArticleError
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store
from tests.conftest import FIXTURES


def test_json_list_with_text_and_body_fields() -> None:
    read = read_file(FIXTURES / "articles.json")
    assert [a.title for a in read.articles] == ["Drill off Busan", "Summit in Hanoi"]
    assert [a.published for a in read.articles] == [date(2024, 5, 2), date(2024, 5, 3)]
    assert read.articles[1].text.startswith("HANOI")
    assert read.problems == []


def test_single_json_object() -> None:
    (article,) = read_file(FIXTURES / "single.json").articles
    assert (article.source, article.published) == ("Test Wire", date(2024, 3, 1))


def test_jsonl_keeps_good_lines_and_names_bad_ones() -> None:
    read = read_file(FIXTURES / "lines.jsonl")
    assert [a.title for a in read.articles] == ["Protest in Lima", "Talks in Quito"]
    assert read.problems[0].startswith("line 2: invalid JSON")
    assert read.problems[1] == "line 3: no 'text' or 'body'"


def test_a_lone_surrogate_refuses_its_line_only(tmp_path: Path) -> None:
    # valid JSON ("\\ud83d" is half of an emoji's UTF-16 pair) that no UTF-8 store can hold:
    # it once failed the whole batch at the write, losing every good article with it
    lines = [
        {
            "title": "Talks \ud83d",
            "text": "Ministers met in Quito on Monday.",
            "date": "2024-03-11",
        },
        {"title": "Rally", "text": "Crowds marched in Lima\udc00 on Sunday.", "date": "2024-03-10"},
        {"title": "Drill", "text": "Navies drilled off Busan on Friday.", "date": "2024-03-08"},
    ]
    path = tmp_path / "surrogates.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    read = read_file(path)
    assert [a.title for a in read.articles] == ["Drill"]
    assert read.problems == [
        "line 1: 'title' holds a lone surrogate escape, not Unicode text",
        "line 2: 'text' holds a lone surrogate escape, not Unicode text",
    ]


def test_malformed_json_names_the_line() -> None:
    with pytest.raises(ArticleError, match=r"malformed.json: invalid JSON at line \d"):
        read_file(FIXTURES / "malformed.json")


def test_saved_html_page() -> None:
    (article,) = read_file(FIXTURES / "page.html").articles
    assert article.title == "Ministers meet in Nairobi"
    assert article.published == date(2024, 6, 20)
    assert "Foreign ministers" in article.text
    assert "Privacy" not in article.text
    assert "Sport" not in article.text


def test_rss_entries_with_text_become_articles() -> None:
    read = read_file(FIXTURES / "feed.rss")
    (article,) = read.articles
    assert (article.title, article.published, article.url) == (
        "Flooding in Dhaka",
        date(2024, 7, 2),
        "https://feed.example.org/dhaka",
    )
    assert article.text.startswith("DHAKA")
    assert "<p>" not in article.text
    assert read.problems == ["entry 2: no text"]


def test_atom_feed() -> None:
    (article,) = read_file(FIXTURES / "feed.atom").articles
    assert article.title == "Talks in Geneva"
    assert article.published == date(2024, 8, 1)


def test_unsupported_type_is_named() -> None:
    with pytest.raises(ArticleError, match=r"notes\.docx: unsupported file type \.docx"):
        read_file(FIXTURES / "notes.docx")


def test_upload_names_lose_their_path_parts(tmp_path: Path) -> None:
    before = set(tmp_path.parent.iterdir())
    read = read_bytes(b"date 2024-01-02\nOSLO - Talks in Oslo on Tuesday.", "../../etc/evil.txt")
    assert read.path == "evil.txt"
    assert read.articles[0].path == "upload:evil.txt"
    assert set(tmp_path.parent.iterdir()) == before  # nothing written beside us


def test_ingest_of_a_mixed_folder_reports_lines_and_exits_rejected(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    store = Store(str(tmp_path / "m.db"))
    results = {
        Path(r.path).name: r
        for r in Pipeline(store, geoparser).ingest(
            [FIXTURES / n for n in ("articles.json", "lines.jsonl", "feed.rss", "malformed.json")]
        )
    }
    assert results["articles.json"].status == "added"
    assert not results["articles.json"].rejected_anything
    assert results["lines.jsonl"].status == "added"
    assert results["lines.jsonl"].rejected_anything
    assert "line 2" in results["lines.jsonl"].detail
    assert results["malformed.json"].status == "rejected"
    assert store.article_count() == 5


@pytest.mark.parametrize("stamp", ["not a date", "sometime in spring", ""])
def test_an_unreadable_date_leaves_the_text_as_given(stamp: str) -> None:
    line = json.dumps({"text": "Riders crossed Timbuktu at dawn.", "date": stamp})
    (article,) = read_bytes(line.encode(), "one.jsonl").articles
    assert article.text == "Riders crossed Timbuktu at dawn."
    assert article.title == "Riders crossed Timbuktu at dawn."
    assert "no_publication_date" in article.flags


def test_a_record_whose_text_begins_with_date_keeps_it() -> None:
    raw = b'[{"text": "date palms burned near Kidal.", "date": "2024-02-03"}]'
    (article,) = read_bytes(raw, "palms.json").articles
    assert (article.text, article.published) == ("date palms burned near Kidal.", date(2024, 2, 3))


@pytest.mark.parametrize(
    ("raw", "name"),
    [(b"", "empty.txt"), (b"   \n", "blank.md"), (b"date 2024-01-02\n", "header.txt")],
)
def test_a_refused_upload_is_named_by_its_upload_name(raw: bytes, name: str) -> None:
    with pytest.raises(ArticleError) as refused:
        read_bytes(raw, f"../{name}")
    assert refused.value.path == name
    assert str(refused.value).startswith(f"{name}: ")


def test_a_lone_surrogate_in_front_matter_refuses_its_file(tmp_path: Path) -> None:
    # YAML unescapes "\ud83d" as JSON does: the one check in parse_article covers both
    path = tmp_path / "talks.txt"
    path.write_text('---\ntitle: "Talks \\ud83d"\ndate: 2024-03-11\n---\nMinisters met in Quito.\n')
    with pytest.raises(ArticleError, match="'title' holds a lone surrogate escape"):
        read_file(path)


def test_a_list_title_refuses_its_line_only(tmp_path: Path) -> None:
    # str(["a", "b"]) once became the stored title "['a', 'b']"
    lines = [
        {"title": ["Talks", "in Quito"], "text": "Ministers met in Quito.", "date": "2024-03-11"},
        {"title": "Rally", "source": {"name": "Wire"}, "text": "Crowds marched in Lima."},
        {"title": 1984, "text": "Navies drilled off Busan on Friday.", "date": "2024-03-08"},
    ]
    path = tmp_path / "lists.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    read = read_file(path)
    assert [a.title for a in read.articles] == ["1984"]
    assert read.problems == [
        "line 1: 'title' is a list, not text; give it as one string",
        "line 2: 'source' is a mapping, not text; give it as one string",
    ]


def test_a_list_title_in_front_matter_refuses_its_file(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text("---\ntitle: [Talks, in Quito]\ndate: 2024-03-11\n---\nMinisters met.\n")
    with pytest.raises(ArticleError) as refused:
        read_file(path)
    assert str(refused.value) == f"{path}: 'title' is a list, not text; give it as one string"


def test_a_publication_date_after_tomorrow_refuses_its_record(tmp_path: Path) -> None:
    tomorrow = date.today() + timedelta(days=1)
    lines = [
        {"title": "Typo", "text": "Ministers met in Quito.", "date": "2999-03-11"},
        {"title": "Late", "text": "Crowds marched in Lima.", "date": tomorrow.isoformat()},
    ]
    path = tmp_path / "future.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    read = read_file(path)
    # tomorrow is still today east of here; 2999 is a typo
    assert [(a.title, a.published) for a in read.articles] == [("Late", tomorrow)]
    (problem,) = read.problems
    assert problem.startswith("line 1: publication date 2999-03-11 is after ")
    assert "cannot be published in the future" in problem


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        # what Hugo and Jekyll write, and PyYAML reads as a datetime, not a date
        ("2024-03-11T23:30:00-08:00", date(2024, 3, 11)),
        ("2024-03-11 06:15:00", date(2024, 3, 11)),
        ("2999-03-11T08:00:00Z", None),
    ],
)
def test_a_front_matter_timestamp_is_its_day(tmp_path: Path, stamp: str, day: date | None) -> None:
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: Talks\ndate: {stamp}\n---\nMinisters met in Quito.\n")
    if day is None:  # a typo far ahead is refused like a plain date, not a crash
        with pytest.raises(ArticleError, match="cannot be published in the future"):
            read_file(path)
        return
    (article,) = read_file(path).articles
    assert article.published == day
    assert type(article.published) is date
