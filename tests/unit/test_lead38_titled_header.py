"""A headline on the first line over the seed's ``date`` line is the title, and the date is
the publication date: read as text, the date was lost, its line became a date in the body
that every "on Tuesday" was reckoned from, and the headline was read as a sentence."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article

_TEXT = (
    "Navy ship rescues fishermen off Luzon\n"
    "date 2025-03-12\n"
    "MANILA — A navy ship rescued nine fishermen off Luzon on Tuesday, officials said.\n"
)


def test_the_headline_is_the_title_and_the_date_line_the_date() -> None:
    a = parse_article(_TEXT, path="rescue.txt")
    assert a.title == "Navy ship rescues fishermen off Luzon"
    assert a.published == date(2025, 3, 12)
    assert a.text.startswith("MANILA — A navy ship")
    assert "no_publication_date" not in a.flags


def test_a_date_in_words_under_a_headline() -> None:
    a = parse_article("Talks resume in Doha\ndate 4 May 2025\nDOHA — Talks resumed.", path="x")
    assert (a.title, a.published) == ("Talks resume in Doha", date(2025, 5, 4))
    assert a.text == "DOHA — Talks resumed."


def test_a_line_starting_with_date_that_is_no_date_stays_text() -> None:
    text = "Weekend in the city\ndate night at the cinema drew crowds on Friday.\n"
    a = parse_article(text, path="x")
    assert a.published is None
    assert "date night at the cinema" in a.text
    assert a.text.startswith("Weekend in the city")


def test_the_seed_form_is_read_as_before() -> None:
    a = parse_article("date 2024-11-07 TOKYO — Ships met near Tokyo on Wednesday.", path="x")
    assert a.published == date(2024, 11, 7)
    assert a.text == "TOKYO — Ships met near Tokyo on Wednesday."


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume in Doha\nDate: 2025-05-04\nDOHA — Talks resumed.",
        "\n\nTalks resume in Doha\n\nDATE 2025-05-04\nDOHA — Talks resumed.",
        "Talks resume in Doha\r\ndate 2025-05-04\r\nDOHA — Talks resumed.",
    ],
)
def test_the_date_line_in_other_hands(text: str) -> None:
    # a colon, capitals, blank lines around the headline, Windows line ends (newuser14)
    a = parse_article(text, path="x")
    assert (a.title, a.published, a.text) == ("Talks resume in Doha", date(2025, 5, 4), _DOHA)


def test_an_impossible_date_line_is_still_the_header() -> None:
    a = parse_article("Talks resume in Doha\ndate 2025-02-30\nDOHA — Talks resumed.", path="x")
    assert (a.title, a.published, a.text) == ("Talks resume in Doha", None, _DOHA)
    assert "no_publication_date" in a.flags


_DOHA = "DOHA — Talks resumed."
