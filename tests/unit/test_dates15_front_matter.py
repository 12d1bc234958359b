"""Markdown and text front matter whose date is written in words (``date: June 19, 2024``,
``published: 19 June 2024``): only an ISO date was read, so the article was undated and
every "on Tuesday" in it undated too (dates15). The value is read as a header line's is,
and a day and month with no year is left unread and said. Every text is our own."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article

BODY = "SEOUL (Harbour Wire) - The two leaders met in Seoul on Tuesday to sign a trade pact."
HEAD = "Leaders sign trade pact in Seoul"
JUNE_19 = date(2024, 6, 19)


@pytest.mark.parametrize(
    "front",
    ["date: June 19, 2024", "published: 19 June 2024", "date: Wed 19 Jun 2024 10:42 BST"],
)
def test_front_matter_with_a_date_in_words(front: str) -> None:
    a = parse_article(f"---\ntitle: {HEAD}\n{front}\n---\n{BODY}\n", path="t.md")
    assert (a.published, a.title, a.text) == (JUNE_19, HEAD, BODY)


@pytest.mark.parametrize(
    ("front", "flag"),
    [("date: June 19", "header_date_no_year"), ("date: 07/05/2024", "header_date_unread")],
)
def test_near_miss_front_matter_with_no_year_or_an_open_order(front: str, flag: str) -> None:
    a = parse_article(f"---\ntitle: {HEAD}\n{front}\n---\n{BODY}\n", path="t.md")
    assert a.published is None
    assert {flag, "no_publication_date"} <= set(a.flags)


def test_front_matter_update_gives_the_year_not_the_day() -> None:
    text = f"---\ntitle: {HEAD}\ndate: June 19\nlastmod: 2024-06-21\n---\n{BODY}\n"
    assert parse_article(text, path="t.md").published == JUNE_19
