from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.reader import MAX_BYTES, check_published, read_article
from dashboard.errors import ArticleError
from tests.conftest import FIXTURES, SEED


def test_seed_format_with_date_and_dateline_on_one_line() -> None:
    a = read_article(SEED)
    assert a.published == date(2024, 11, 7)
    assert a.text.startswith("TOKYO — Japan")
    assert a.title.startswith("Japan")
    assert "TOKYO" not in a.title


def test_seed_format_with_date_on_its_own_line() -> None:
    a = read_article(FIXTURES / "plain_seed_format.txt")
    assert a.published == date(2024, 3, 2)
    assert a.text.startswith("NAIROBI")


def test_front_matter() -> None:
    a = read_article(FIXTURES / "front_matter.md")
    assert (a.title, a.published, a.source, a.url) == (
        "Talks in Geneva",
        date(2023, 6, 14),
        "Example Wire",
        "https://example.org/geneva",
    )


def test_ids_are_content_hashes(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    assert read_article(copy).id == read_article(SEED).id
    copy.write_text(SEED.read_text() + " Edited.")
    assert read_article(copy).id != read_article(SEED).id


def test_missing_date_is_flagged_not_rejected() -> None:
    a = read_article(FIXTURES / "no_date.md")
    assert a.published is None
    assert "no_publication_date" in a.flags


def test_non_utf8_is_decoded_and_flagged() -> None:
    a = read_article(FIXTURES / "latin1.txt")
    assert "café" in a.text
    assert "decoded_cp1252" in a.flags


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("bad_yaml.md", "front matter is not valid YAML"),
    ],
)
def test_bad_files_name_the_file_and_the_reason(name: str, reason: str) -> None:
    with pytest.raises(ArticleError) as err:
        read_article(FIXTURES / name)
    assert name in str(err.value)
    assert reason in err.value.reason


def test_oversized_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"date 2024-01-01\n" + b"x" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError, match="over the"):
        read_article(big)


def test_a_front_matter_date_in_the_future_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "typo.md"
    path.write_text("---\ntitle: Talks\ndate: 2999-06-14\n---\nMinisters met in Geneva.\n")
    with pytest.raises(ArticleError, match=r"publication date 2999-06-14 is after \d{4}-"):
        read_article(path)


def test_the_future_bound_is_a_day_after_today() -> None:
    today = date(2024, 5, 1)
    check_published(date(2024, 5, 2), "a.txt", today=today)
    with pytest.raises(ArticleError, match="2024-05-03 is after 2024-05-02"):
        check_published(date(2024, 5, 3), "a.txt", today=today)


def test_an_article_over_the_text_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    from dashboard.articles.reader import MAX_TEXT_CHARS

    big = tmp_path / "book.txt"
    sentence = "Troops crossed the river near the town on Monday. "
    big.write_text("date 2024-01-01\n" + sentence * (MAX_TEXT_CHARS // len(sentence) + 2))
    with pytest.raises(ArticleError, match=r"over the 150,000-character limit for one article"):
        read_article(big)


def test_an_article_at_the_text_limit_is_read(tmp_path: Path) -> None:
    # near miss: a long feature under the limit goes in whole
    from dashboard.articles.reader import MAX_TEXT_CHARS

    long = tmp_path / "feature.txt"
    sentence = "Troops crossed the river near the town on Monday. "
    body = (sentence * (MAX_TEXT_CHARS // len(sentence)))[: MAX_TEXT_CHARS - 10]
    long.write_text("date 2024-01-01\n" + body)
    assert len(read_article(long).text) == len(body.strip())
