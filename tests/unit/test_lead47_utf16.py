"""UTF-16 saved without a byte-order mark is read, by where its NULs fall; a binary file is
still refused. Texts written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import decode
from dashboard.errors import ArticleError

TEXT = "SEOUL, March 3 — Officials in Pyeongchang said the café reopened on Monday."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_is_read(codec: str) -> None:
    text, flags = decode(TEXT.encode(codec), "a.txt")
    assert text == TEXT
    assert flags == ("decoded_utf16_no_bom",)


def test_a_binary_file_is_still_refused() -> None:
    raw = bytes(range(256)) * 8
    with pytest.raises(ArticleError, match="binary file"):
        decode(raw, "a.bin")


def test_odd_length_utf16_like_bytes_are_refused_not_garbled() -> None:
    # a truncated code unit cannot be read as UTF-16: refused, never half-read
    with pytest.raises(ArticleError, match="binary file"):
        decode(TEXT.encode("utf-16-le") + b"A", "a.txt")
