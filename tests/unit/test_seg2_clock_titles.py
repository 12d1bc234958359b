"""An untitled article's title is its first sentence as the splitter reads it: a clock
reading ("at 4 a.m. local time"), "U.S." or "Sept." inside it cuts nothing."""

from __future__ import annotations

import pytest

from dashboard.articles.reader import parse_article


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "The curfew took effect at 4 a.m. local time across Zubakor province. Shops shut.",
            "The curfew took effect at 4 a.m. local time across Zubakor province.",
        ),
        (
            "The U.S. envoy reached Kelivun on Sept. 3 for talks. She left later.",
            "The U.S. envoy reached Kelivun on Sept. 3 for talks.",
        ),
        (
            "The shelling stopped at 4 a.m. Residents came out to count the dead.",
            "The shelling stopped at 4 a.m.",
        ),
    ],
)
def test_an_untitled_article_keeps_its_first_sentence_whole(body: str, title: str) -> None:
    assert parse_article(f"date 2025-03-04\n{body}\n", path="paste:untitled").title == title
