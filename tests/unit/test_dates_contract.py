"""The ``dates`` command's contract, publication dates in the outlet's own day, and the
properties every resolved range keeps."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.articles.formats import local_day, read_file
from dashboard.cli import main
from dashboard.events.dates import find_dates, precision_for, publication_range
from dashboard.events.dates_document import document_dates, parse_when


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lines: list[str]
) -> tuple[int, list[dict], str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(line + "\n" for line in lines)))
    code = main(["dates"])
    out, err = capsys.readouterr()
    return code, [json.loads(x) for x in out.splitlines()], err


def test_dates_command_prints_one_line_per_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Rebels seized Goma on Friday. They will meet again next week."
    code, out, err = _run(
        monkeypatch, capsys, [json.dumps({"id": "a", "text": text, "date": "2024-11-07"})]
    )
    assert code == 0
    assert err == ""
    (rec,) = out
    assert rec["id"] == "a"
    friday, week = rec["dates"]
    assert text[friday["start"] : friday["end"]] == friday["text"] == "on Friday"
    assert (friday["date_start"], friday["date_end"], friday["precision"]) == (
        "2024-11-01",
        "2024-11-01",
        1,
    )
    assert (week["date_start"], week["date_end"], week["precision"]) == (
        "2024-11-11",
        "2024-11-17",
        2,
    )
    assert set(friday) == {
        "text",
        "start",
        "end",
        "date_start",
        "date_end",
        "precision",
        "reason",
        "mod",
    }
    assert friday["mod"] is None


def test_a_part_of_a_unit_keeps_the_whole_unit_with_timemls_mod(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Rebels seized Goma late last year and lost it in early March."
    line = json.dumps({"id": "m", "text": text, "date": "2024-11-07"})
    _, (rec,), _ = _run(monkeypatch, capsys, [line])
    late, early = rec["dates"]
    assert (late["date_start"], late["date_end"], late["mod"]) == (
        "2023-01-01",
        "2023-12-31",
        "END",
    )
    assert (early["date_start"], early["date_end"], early["mod"]) == (
        "2024-03-01",
        "2024-03-31",
        "START",
    )


def test_without_a_date_relative_phrases_have_no_anchor(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps({"id": 7, "text": "They met on Friday, in 1777."})
    _, (rec,), _ = _run(monkeypatch, capsys, [line])
    friday, year = rec["dates"]
    assert (friday["date_start"], friday["date_end"], friday["reason"]) == (None, None, "no anchor")
    assert (year["date_start"], year["date_end"]) == ("1777-01-01", "1777-12-31")


def test_an_absolute_date_inside_a_relative_phrase_keeps_its_value_without_a_date() -> None:
    (year,) = document_dates("Sweden has not fought a war since 1814.", None)
    assert (year.text, year.range and year.range.start) == ("1814", date(1814, 1, 1))
    (day,) = document_dates("The vote fell on 26 February.", None)
    assert (day.text, day.range) == ("on 26 February", None)


def test_bad_lines_go_to_stderr_with_their_number(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        "not json",
        json.dumps({"id": "b", "text": "today", "date": "yesterday"}),
        json.dumps({"id": "c", "text": "on 4 May 2020"}),
    ]
    code, out, err = _run(monkeypatch, capsys, lines)
    assert code == 1
    assert "line 1: skipped" in err
    # a date that is no ISO date is named, and the line is read without one: "today" has
    # no anchor then, but nothing else the line holds is lost
    assert "line 2: 'date' not read" in err
    assert [r["id"] for r in out] == ["b", "c"]
    assert out[0]["dates"][0]["date_start"] is None


def test_a_datetime_with_an_offset_is_read_as_its_local_day(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    line = json.dumps(
        {"id": "d", "text": "It happened yesterday.", "date": "2024-11-07T23:30:00-07:00"}
    )
    _, (rec,), _ = _run(monkeypatch, capsys, [line])
    assert rec["dates"][0]["date_start"] == "2024-11-06"
    assert parse_when("2024-11-07T23:30:00-07:00") == (date(2024, 11, 7), -420)


def test_the_document_reads_on_from_the_date_before() -> None:
    text = "The siege began on 3 March 2022. Two days later the city fell. Later that year, it was retaken."
    found = document_dates(text, date(2024, 11, 7))
    assert [(f.text, f.range and (f.range.start, f.range.end)) for f in found] == [
        ("3 March 2022", (date(2022, 3, 3), date(2022, 3, 3))),
        ("Two days later", (date(2022, 3, 5), date(2022, 3, 5))),
        ("Later that year", (date(2022, 1, 1), date(2022, 12, 31))),
    ]


def test_numeric_order_follows_the_articles_unambiguous_date() -> None:
    text = "The first raid came on 24/03/2021. A second followed on 05/04/2021."
    second = document_dates(text, date(2024, 11, 7))[1]
    assert second.range is not None
    assert second.range.start == date(2021, 4, 5)


# ---------------------------------------------------------------- publication dates


def test_an_event_without_a_date_phrase_gets_the_week_up_to_publication() -> None:
    r = publication_range(date(2024, 11, 7))
    assert (r.start, r.end, r.precision) == (date(2024, 11, 1), date(2024, 11, 7), 2)
    assert "inferred" in r.reason


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("Thu, 07 Nov 2024 23:30:00 -0700", "2024-11-07"),
        ("2024-11-07T23:30:00-07:00", "2024-11-07"),
        ("2024-11-08T06:30:00Z", "2024-11-08"),
        ("2024-11-07", "2024-11-07"),
        ("last Tuesday", None),
        (None, None),
    ],
)
def test_local_day_keeps_the_outlets_offset(stamp: str | None, want: str | None) -> None:
    assert local_day(stamp) == want


def test_a_late_evening_feed_item_keeps_its_day(tmp_path: object) -> None:
    from pathlib import Path

    feed = Path(str(tmp_path)) / "late.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Late</title><link>https://example.org/a</link>"
        "<description>Rebels shelled the port of Hodeidah on Thursday.</description>"
        "<pubDate>Thu, 07 Nov 2024 23:30:00 -0700</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    (article,) = read_file(feed).articles
    assert article.published == date(2024, 11, 7)


# ---------------------------------------------------------------- properties

PHRASES = st.sampled_from(
    [
        "24/4/2019",
        "5/4/2019",
        "the first quarter of 2023",
        "Q2",
        "fiscal 2024",
        "last summer",
        "this winter",
        "Thanksgiving Day",
        "Easter",
        "Ramadan",
        "the 1990s",
        "the 19th century",
        "the 1996 vote",
        "in nineteen ninety-six",
        "last October",
        "early December",
        "over the weekend",
        "within the next two weeks",
        "in two weeks",
        "a year earlier",
        "later that year",
        "earlier that day",
        "the day before",
        "now",
        "last Thursday",
        "at 11 p.m. GMT on Wednesday",
        "between 1994 and 1997",
        "since 1990",
        "in 1777",
        "April 24 and 25",
        "the week of March 6",
    ]
)
VERBS = st.sampled_from(["", "They met ", "They will meet ", "The vote was delayed to "])
PUBS = st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    phrase=PHRASES,
    verb=VERBS,
    pub=PUBS,
    country=st.sampled_from([None, "US", "AU", "JP", "ZZ"]),
    offset=st.sampled_from([None, -420, 0, 540]),
)
def test_every_range_is_ordered_and_its_precision_matches_its_length(
    phrase: str, verb: str, pub: date, country: str | None, offset: int | None
) -> None:
    for found in find_dates(verb + phrase + ".", pub, country=country, utc_offset=offset):
        r = found.range
        assert r.start <= r.end
        assert r.precision == precision_for(r.start, r.end)
        for part in found.parts:
            assert part.range.start <= part.range.end


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), pub=st.one_of(st.none(), PUBS))
def test_a_whole_document_never_raises(text: str, pub: date | None) -> None:
    for f in document_dates(text, pub):
        assert 0 <= f.start <= f.end <= len(text)
        if f.range is not None:
            assert f.range.start <= f.range.end


def test_precision_is_acleds_plus_one() -> None:
    d = date(2024, 1, 1)
    assert precision_for(d, d) == 1
    assert precision_for(d, d + timedelta(days=6)) == 2
    assert precision_for(d, d + timedelta(days=30)) == 3
    assert precision_for(d, d + timedelta(days=31)) == 4


@settings(max_examples=200, deadline=None)
@given(
    phrase=PHRASES,
    verb=VERBS,
    pub=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
)
def test_the_cue_filter_never_changes_what_is_found(phrase: str, verb: str, pub: date) -> None:
    import dashboard.events.dates as dates_module

    text = verb + phrase + "."
    filtered = find_dates(text, pub)
    real = dates_module._features
    try:
        dates_module._features = lambda *_args: dict.fromkeys(
            [*dates_module._CUES, "", "digit"], True
        )  # type: ignore[assignment]
        unfiltered = find_dates(text, pub)
    finally:
        dates_module._features = real  # type: ignore[assignment]
    assert filtered == unfiltered


def test_a_narrative_phrase_with_no_date_before_it_is_never_a_day() -> None:
    pub = date(2024, 11, 7)
    (nxt,) = document_dates("The next day, inspectors reached the dam.", pub)
    assert nxt.range is not None
    assert (nxt.range.start, nxt.range.end, nxt.range.precision) == (date(2024, 11, 1), pub, 2)


def test_a_narrative_phrase_after_a_date_keeps_its_day() -> None:
    text = "The dam burst on Monday. The next day, inspectors reached it."
    _, nxt = document_dates(text, date(2024, 11, 7))  # near miss: the date before is given
    assert nxt.range is not None
    assert (nxt.range.start, nxt.range.precision) == (date(2024, 11, 5), 1)
