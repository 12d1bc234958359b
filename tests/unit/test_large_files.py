"""Large JSON Lines and feed files: the 5 MB limit applies to one article, not the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.articles import formats
from dashboard.articles.formats import read_file
from dashboard.articles.reader import MAX_BYTES
from dashboard.errors import ArticleError

PAD = "The harbour authority in Gdansk reported calm seas and normal traffic. " * 40


def _record(k: int) -> str:
    return json.dumps(
        {
            "title": f"Port report {k}",
            "date": "2024-03-0" + str(1 + k % 9),
            "text": f"GDANSK — Report {k}. {PAD}",
        }
    )


def test_a_jsonl_file_over_the_limit_is_read_line_by_line(tmp_path: Path) -> None:
    big = tmp_path / "many.jsonl"
    lines = [_record(k) for k in range(MAX_BYTES // len(_record(0)) + 50)]
    lines[3] = "{not json"
    lines[7] = json.dumps({"title": "huge", "text": "x" * (MAX_BYTES + 10)})
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert big.stat().st_size > MAX_BYTES
    read = read_file(big)
    assert len(read.articles) == len(lines) - 2
    assert read.problems == [
        "line 4: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"line 8: over the {MAX_BYTES:,}-byte limit",
    ]
    assert read.articles[-1].title == f"Port report {len(lines) - 1}"
    assert read.articles[0].path == f"{big}#1"  # the same keys as the whole-file reader


def test_a_small_jsonl_reads_the_same_either_way(tmp_path: Path) -> None:
    small = tmp_path / "few.jsonl"
    small.write_text("\n".join(_record(k) for k in range(5)) + "\n\n{bad\n", encoding="utf-8")
    whole = read_file(small)
    streamed = formats._stream_jsonl(small, str(small))
    assert streamed.articles == whole.articles
    assert streamed.problems == whole.problems


def test_a_wide_encoded_jsonl_keeps_the_file_limit(tmp_path: Path) -> None:
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(("\ufeff" + _record(1) + "\n").encode("utf-16-le") * 1 + b"\x00" * MAX_BYTES)
    with pytest.raises(ArticleError, match="over the 5,242,880-byte limit"):
        read_file(wide)


def test_a_feed_may_be_larger_than_one_article(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Port {k}</title><link>https://example.org/{k}</link>"
        f"<description>GDANSK — Report {k}. {PAD}</description></item>"
        for k in range(MAX_BYTES // (len(PAD) + 100) + 20)
    )
    feed = tmp_path / "big.rss"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>{items}'
        "</channel></rss>",
        encoding="utf-8",
    )
    assert feed.stat().st_size > MAX_BYTES
    assert len(read_file(feed).articles) == items.count("<item>")


def test_a_feed_over_its_own_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formats, "MAX_FEED_BYTES", 1000)
    feed = tmp_path / "big.rss"
    feed.write_text("<rss>" + "x" * 2000 + "</rss>", encoding="utf-8")
    with pytest.raises(ArticleError, match="over the 1,000-byte limit"):
        read_file(feed)
