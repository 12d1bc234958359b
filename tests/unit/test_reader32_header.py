"""reader32 (stop 42): header lines that give no day ("Posted 3 hours ago", "6 min read", a
byline) under a headline are the page's header even when no line gives a date: the headline
is the title and the story starts under them. Near misses: a headline straight over the
story stays as it was, and a story with no header keeps its first sentence as title.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article


@pytest.mark.parametrize(
    "raw",
    [
        "Floods cut roads in Sylhet\nPosted 5 hours ago\nDHAKA — Floods cut two roads on Monday.",
        "Floods cut roads in Sylhet\n\n6 min read\n\nDHAKA — Floods cut two roads on Monday.",
        "Floods cut roads in Sylhet\nBy Ana Ruiz, Reuters\nDHAKA — Floods cut two roads on Monday.",
    ],
)
def test_a_headline_over_dayless_header_lines_is_the_title(raw: str) -> None:
    a = parse_article(raw, path="t")
    assert a.title == "Floods cut roads in Sylhet"
    assert a.text == "DHAKA — Floods cut two roads on Monday."
    assert a.published is None


def test_a_headline_straight_over_the_story_stays_text() -> None:
    # near miss: no header line under the headline, so nothing is dropped
    a = parse_article("Floods cut roads\nDHAKA — Floods cut two roads on Monday.", path="t")
    assert a.text.startswith("Floods cut roads\n")


def test_a_story_with_no_header_keeps_its_first_sentence_as_title() -> None:
    # near miss: two lines of story, neither a header line
    a = parse_article("Floods cut two roads on Monday.\nMore rain fell later.", path="t")
    assert (a.title, a.text) == (
        "Floods cut two roads on Monday.",
        "Floods cut two roads on Monday.\nMore rain fell later.",
    )
