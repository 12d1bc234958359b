"""Header forms outlets print over a story, read for its publication day (dates15): a byline
before the date line, an update joined to the date on one line, a clock time before the
date, "Last modified" and "First published" labels, an "Updated" line above "Published", a
headline that is itself a date, and a day and month with no year. Unread, such a header left
the article undated or dated to its latest update, and every "on Tuesday" in it went with
it. Each positive case has a near miss that stays as it was. Every text is our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.articles.reader import parse_article
from dashboard.cli import main

BODY = "SEOUL (Harbour Wire) - The two leaders met in Seoul on Tuesday to sign a trade pact."
HEAD = "Leaders sign trade pact in Seoul"
JUNE_19 = date(2024, 6, 19)


def _read(header: str) -> tuple[date | None, str, str]:
    a = parse_article(f"{header}\n\n{BODY}\n", path="t.txt")
    return a.published, a.title, a.text


@pytest.mark.parametrize(
    "header",
    [
        "By Mira Castell, Harbour Wire\nJune 19, 2024",
        f"{HEAD}\nBy Mira Castell, Harbour Wire\nJune 19, 2024",
        f"{HEAD}\nBy Mira Castell and Tomas Reyes in Seoul\nPublished: 19 June 2024",
        f"{HEAD}\nBy Mira Castell, Seoul correspondent\n\n19 June 2024",
    ],
)
def test_a_byline_before_the_date_line(header: str) -> None:
    day, title, text = _read(header)
    assert day == JUNE_19
    assert title == (HEAD if header.startswith(HEAD) else BODY)  # never the byline
    assert text == BODY  # neither the byline nor the date is left as a sentence of the story


@pytest.mark.parametrize(
    "line",
    ["By noon, the streets of Seoul were empty.", "By Tuesday the two leaders had met."],
)
def test_near_miss_a_sentence_opening_with_by_stays_text(line: str) -> None:
    day, _title, text = _read(f"{HEAD}\n{line}\nJune 19, 2024")
    assert day is None
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        "19 June 2024 | Updated 20 June 2024 14:02 BST",
        "Published 19 June 2024 · Updated 20 June 2024",
        "Published 19 June 2024, updated 20 June 2024 14:02",
        "Updated 20 June 2024 14:02 BST | Published 19 June 2024",
    ],
)
def test_a_date_line_joined_to_its_update_is_the_first_publication(line: str) -> None:
    day, title, text = _read(f"{HEAD}\n{line}")
    assert (day, title, text) == (JUNE_19, HEAD, BODY)


def test_near_miss_a_date_and_a_clock_time_after_a_pipe_stay_one_date() -> None:
    assert _read(f"{HEAD}\n19 June 2024 | 14:02 BST")[0] == JUNE_19
    day, _title, text = _read(f"{HEAD}\n19 June 2024 | the day the pact was signed")
    assert day is None
    assert "the day the pact was signed" in text


@pytest.mark.parametrize(
    "line",
    ["10:42 BST, Wed 19 Jun 2024", "14:02 GMT 19 June 2024", "2.15pm 19 June 2024"],
)
def test_a_clock_time_before_the_date(line: str) -> None:
    assert _read(f"{HEAD}\n{line}")[:2] == (JUNE_19, HEAD)
    assert _read(line)[0] == JUNE_19


@pytest.mark.parametrize(
    "line",
    ["10:42 BST, Tue 19 Jun 2024", "25:10 GMT 19 June 2024", "14 19 June 2024"],
)
def test_near_miss_a_wrong_weekday_an_impossible_hour_or_a_bare_number(line: str) -> None:
    assert _read(f"{HEAD}\n{line}")[0] is None


@pytest.mark.parametrize(
    "header",
    [
        f"{HEAD}\nLast modified on 19 June 2024",
        f"{HEAD}\nFirst published on 19 June 2024\nLast modified on 21 June 2024",
        f"{HEAD}\nLast modified on 21 June 2024\nFirst published on 19 June 2024",
        f"{HEAD}\nUpdated: 21 June 2024\nPublished: 19 June 2024",
        f"{HEAD}\nLast updated 21 June 2024 08:15 BST\n\nPosted on 19 June 2024",
    ],
)
def test_the_publication_label_wins_over_an_update_whatever_the_order(header: str) -> None:
    day, title, text = _read(header)
    assert (day, title, text) == (JUNE_19, HEAD, BODY)


@pytest.mark.parametrize(
    "line", ["Updated: 21 June 2024", "Last updated: 21 June 2024, 09:00", "Posted: 21 June 2024"]
)
def test_near_miss_a_labelled_line_alone_is_still_the_day_given(line: str) -> None:
    assert _read(f"{HEAD}\n{line}")[:2] == (date(2024, 6, 21), HEAD)


def test_a_headline_that_is_a_date_over_a_labelled_date() -> None:
    day, title, text = _read("June 18, 2024\nDate: June 19, 2024")
    assert (day, title, text) == (JUNE_19, "June 18, 2024", BODY)
    day, title, _text = _read("Tue 18 Jun 2024\nPublished: 19 June 2024 | Updated 20 June 2024")
    assert (day, title) == (JUNE_19, "Tue 18 Jun 2024")


def test_a_bare_date_first_over_an_update_is_the_day_not_a_title() -> None:
    day, title, text = _read("June 19, 2024\nUpdated: June 21, 2024")
    assert (day, title, text) == (JUNE_19, BODY, BODY)


@pytest.mark.parametrize(
    "header",
    [f"{HEAD}\nPublished: June 19", f"{HEAD}\nWed 19 Jun, 10:42 BST", "date June 19"],
)
def test_a_date_with_no_year_is_left_unread_and_said(header: str) -> None:
    a = parse_article(f"{header}\n\n{BODY}\n", path="t.txt")
    assert a.published is None
    assert {"header_date_no_year", "no_publication_date"} <= set(a.flags)
    assert "header_date_unread" not in a.flags
    assert a.text == BODY  # the header line is not left in the text as a date


@pytest.mark.parametrize(
    ("header", "day"),
    [
        (f"{HEAD}\nPublished: June 19\nUpdated: June 20, 2024 10:00", JUNE_19),
        (f"{HEAD}\nPublished: December 31 | Updated: 2 January 2025", date(2024, 12, 31)),
        ("date June 19\nLast updated: 2024-06-21", JUNE_19),
    ],
)
def test_another_header_line_gives_the_missing_year(header: str, day: date) -> None:
    a = parse_article(f"{header}\n\n{BODY}\n", path="t.txt")
    assert a.published == day
    assert not {"header_date_no_year", "no_publication_date"} & set(a.flags)


@pytest.mark.parametrize(
    "first",
    ["June 19 was a hot day in Seoul.", "19 June 2024 was a hot day in Seoul.", "June 19"],
)
def test_near_miss_body_text_opening_with_a_date_stays_text(first: str) -> None:
    a = parse_article(f"{first} The two leaders met on Tuesday.\n\n{BODY}\n", path="t.txt")
    assert a.published is None
    assert a.text.startswith(first)
    assert "header_date_no_year" not in a.flags


def test_ingest_says_a_header_date_had_no_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"{HEAD}\nPublished: June 19\n\n{BODY}\n", encoding="utf-8")
    main(["ingest", str(f), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    assert "a header date with no year left unread" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["date_header_labels.csv", "date_bylines.csv"])
def test_the_header_lexicons_name_a_source_on_every_row(name: str) -> None:
    import csv

    from dashboard.paths import data_dir

    with (data_dir() / "lexicon" / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert all((row.get("source") or "").strip() for row in rows)
