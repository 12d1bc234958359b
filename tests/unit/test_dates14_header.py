"""Header date lines in the forms outlets print them: a weekday before the date, a clock time
and zone after it, a "Published:" or "Updated" label, a numeric day and month. Unread, such a
line left the article undated and its date became a date in the body. A numeric day/month
that could be either way round is settled by the project's day-order rules or left unread,
never guessed."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article

_BODY = "KYIV — Russian forces shelled Kharkiv on Monday, officials said."


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("date Tuesday, 6 May 2025", date(2025, 5, 6)),
        ("date Tue 6 May 2025", date(2025, 5, 6)),
        ("Date: 6 May 2025, 14:05", date(2025, 5, 6)),
        ("DATE: 6th May 2025 at 14:05 GMT", date(2025, 5, 6)),
        ("Published: 2025-05-06T14:05:00Z", date(2025, 5, 6)),
        ("Published: 2025-05-06T23:30:00-07:00", date(2025, 5, 6)),
        ("Published on Tue, 06 May 2025 14:05:00 +0000", date(2025, 5, 6)),
        ("Updated May 6, 2025 2:05 p.m. ET", date(2025, 5, 6)),
        ("Last updated: Sept. 6, 2025, 9:00 am", date(2025, 9, 6)),
        ("Posted: 2025/05/06 14:05", date(2025, 5, 6)),
        ("date 13/05/2025", date(2025, 5, 13)),
        ("date 05/13/2025", date(2025, 5, 13)),
        ("date Wednesday 07/05/2025", date(2025, 5, 7)),
        ("date Saturday 07/05/2025", date(2025, 7, 5)),
    ],
)
def test_a_header_date_line_is_the_publication_day(header: str, day: date) -> None:
    a = parse_article(f"{header}\n{_BODY}", path="t.txt")
    assert a.published == day
    assert a.text == _BODY
    assert "no_publication_date" not in a.flags


def test_a_headline_over_a_published_line_is_the_title() -> None:
    text = f"Shelling hits Kharkiv\nPublished: 6 May 2025, 14:05 BST\n{_BODY}"
    a = parse_article(text, path="t.txt")
    assert (a.title, a.published, a.text) == ("Shelling hits Kharkiv", date(2025, 5, 6), _BODY)


def test_an_updated_line_under_the_published_line_is_dropped_and_not_the_day() -> None:
    text = f"Published: 6 May 2025\nUpdated: 8 May 2025, 10:00\n{_BODY}"
    a = parse_article(text, path="t.txt")
    assert (a.published, a.text) == (date(2025, 5, 6), _BODY)


def test_a_day_and_month_either_way_round_is_left_unread_and_said() -> None:
    a = parse_article(f"date 07/05/2025\n{_BODY}", path="t.txt")
    assert a.published is None
    assert {"no_publication_date", "header_date_unread"} <= set(a.flags)
    assert a.text == _BODY  # the header line is not left in the text as a date


def test_the_article_s_own_numeric_dates_settle_the_header_order() -> None:
    body = "KYIV — The ceasefire signed on 25/04/2025 broke down on Monday."
    a = parse_article(f"date 07/05/2025\n{body}", path="t.txt")
    assert a.published == date(2025, 5, 7)
    a = parse_article(f"date 05/07/2025\n{body.replace('25/04', '04/25')}", path="t.txt")
    assert a.published == date(2025, 5, 7)


def test_a_weekday_that_is_not_the_date_s_leaves_it_unread() -> None:
    a = parse_article(f"date Monday, 6 May 2025\n{_BODY}", path="t.txt")
    assert a.published is None
    assert "header_date_unread" in a.flags


@pytest.mark.parametrize(
    "first",
    [
        "Published in 1998, the report found that Kharkiv had grown.",
        "Updated figures show the toll rose on Monday.",
        "Posted on 6 May 2025 by a reader, the video spread.",
    ],
)
def test_a_sentence_opening_with_a_label_word_stays_text(first: str) -> None:
    a = parse_article(f"Published: 6 May 2025\n{first}\n{_BODY}", path="t.txt")
    assert a.published == date(2025, 5, 6)
    assert a.text.startswith(first)
    alone = parse_article(f"{first}\n{_BODY}", path="t.txt")
    assert (alone.published, alone.text[: len(first)]) == (None, first)
