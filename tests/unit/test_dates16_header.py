"""Header lines that give no day, over the page's date line (dates16, newuser18): a page's
age of the story ("Posted 3 hours ago", "12 mins ago"), a reading time and an outlet's name
beside the date ("Harbour Wire · 19 June 2024 · 4 min read"), and a sentence line over a
labelled date line ("date 2024-06-19"). Each stopped the header, so the article was undated
and the date line was glued into its title. Each positive case has a near miss that stays
as it was. Every text is our own."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.articles.reader import parse_article

BODY = "SEOUL (Harbour Wire) - The two leaders met in Seoul on Tuesday to sign a trade pact."
HEAD = "Leaders sign trade pact in Seoul"
JUNE_19 = date(2024, 6, 19)


def _read(header: str) -> tuple[date | None, str, str]:
    a = parse_article(f"{header}\n\n{BODY}\n", path="t.txt")
    return a.published, a.title, a.text


@pytest.mark.parametrize(
    "age", ["Posted 3 hours ago", "Updated 12 mins ago", "2 days ago", "Posted: just now"]
)
def test_a_pages_age_of_the_story_over_the_date_line(age: str) -> None:
    assert _read(f"{HEAD}\n{age}\nJune 19, 2024") == (JUNE_19, HEAD, BODY)


@pytest.mark.parametrize(
    "line", ["Posted 3 hours ago, the video spread fast.", "3 hours ago the talks broke down."]
)
def test_near_miss_a_sentence_about_hours_ago_stays_text(line: str) -> None:
    day, _title, text = _read(f"{HEAD}\n{line}\nJune 19, 2024")
    assert day is None
    assert line in text


@pytest.mark.parametrize(
    "line",
    ["Harbour Wire · 19 June 2024 · 4 min read", "The Seoul Ledger | 19 June 2024"],
)
def test_an_outlet_and_a_reading_time_beside_the_date(line: str) -> None:
    assert _read(f"{HEAD}\n{line}") == (JUNE_19, HEAD, BODY)


@pytest.mark.parametrize(
    "line",
    ["Harbour Wire · Talks resume in Seoul today · 19 June 2024", "Seoul · Tokyo · Busan"],
)
def test_near_miss_a_sentence_part_or_no_date_keeps_the_line_text(line: str) -> None:
    day, _title, text = _read(f"{HEAD}\n{line}")
    assert day is None
    assert line in text


@pytest.mark.parametrize("label", ["date 2024-06-19", "Published: 19 June 2024"])
def test_a_labelled_date_line_under_a_sentence_line(label: str) -> None:
    line = "19 June 2024 saw the talks collapse."
    day, title, text = _read(f"Sanctions guidance revised\n{line}\n{label}")
    assert (day, title) == (JUNE_19, "Sanctions guidance revised")
    assert text == f"{line}\n\n{BODY}"  # the sentence stays in the story, the label does not


def test_near_miss_a_bare_date_under_a_sentence_line_stays_text() -> None:
    day, _title, text = _read(f"{HEAD}\nThe streets were empty by noon.\nJune 19, 2024")
    assert day is None
    assert "June 19, 2024" in text
