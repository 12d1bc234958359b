"""Patterns that open with look-behind guards, scanned from their body (lead_guards.py): the
date plan's rows and hazard rows that open with "(?<!every )(?<!each )…" or a group of
look-behinds; the same matches as the pattern's own ``finditer`` (issue 15, reader speed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dashboard.events.dates as dates_module
from dashboard.events.dates import find_dates
from dashboard.events.lead_guards import LeadGuarded, body_of

# patterns written for these tests, in the shapes of the date rows: a run of look-behinds
# after a word boundary, and a group whose every branch is a look-behind
_BEHIND = [
    r"\b(?<!every )(?<!each )(?<!that )(?:(?P<which>last|next)\s+)?(?P<day>monday|friday)\b",
    r"(?:(?<=\d{3}0s and )|(?<=\d{3}0s to )|(?<=['’]\d0s to ))(?:the\s+)?(?P<short>\d0)s\b",
    r"(?<!fiscal )\bQ(?P<q>[1-4])\b",
    r"(?![^;]*\bdrill\b)(?<!mock )\b(?:raid|attack)s?\b",  # a look-ahead and a look-behind
]
# sentences written for these tests: guards that hold, that fail, and matches after a failure
_SENTENCES = [
    "They met last Friday, and every Monday since; each Friday that Monday passed.",
    "Prices rose through the 1970s and 80s, from the 1990s to 2000s and the '60s to 70s.",
    "Output fell in Q3 while fiscal Q4 and Q2 rose; Q5 is no quarter.",
    "A mock attack, then a raid; attacks followed the drill and raids went on.",
    "Friday next Friday everyFriday monday",
    "",
]
_WORDS = st.sampled_from(
    ["last", "next", "every", "each", "that", "Monday", "friday", "1990s", "and", "to", "80s",
     "'60s", "the", "fiscal", "Q1", "Q4", "mock", "raid", "attacks", "drill", ";", ",", "s"]
)  # fmt: skip


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", _BEHIND[:3])
def test_a_pattern_opening_with_look_behinds_is_split(pattern: str) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    scan = LeadGuarded(rx)
    assert scan.body is not None
    for text in _SENTENCES:
        assert _spans(scan.finditer(text)) == _spans(rx.finditer(text)), text


def test_the_guards_word_boundary_goes_with_the_body() -> None:
    body = body_of(re.compile(r"\b(?<!every )(?<!each )(?:last\s+)?monday", re.I))
    assert body is not None
    assert body.pattern == r"\b(?:last\s+)?monday"


def test_a_look_behind_after_a_look_ahead_is_a_guard_too() -> None:
    body = body_of(re.compile(_BEHIND[3], re.I))
    assert body is not None
    assert body.pattern == r"\b(?:raid|attack)s?\b"


def test_a_group_of_look_behinds_is_one_guard() -> None:
    body = body_of(re.compile(r"(?:(?<=1990s and )|(?<=1990s to ))(?P<short>\d0)s\b"))
    assert body is not None
    assert body.pattern == r"(?P<short>\d0)s\b"


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=30), glue=st.sampled_from([" ", "", "-"]))
def test_the_split_scan_matches_re_on_any_text(words: list[str], glue: str) -> None:
    text = glue.join(words)
    for pattern in _BEHIND:
        rx = re.compile(pattern, re.IGNORECASE)
        assert _spans(LeadGuarded(rx).finditer(text)) == _spans(rx.finditer(text))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bwall",  # a word boundary alone: ``re`` tests it first anyway
        r"(?:(?<=x)wall|roof)s",  # a group that consumes text is no guard
        r"(?:(?<=x)|wall)s",  # nor one with a branch that consumes
        r"(?<=(x))wall",  # a guard with a group: the groups would move
        r"(?<!x)(?:wall)?",  # a body that matches the empty string
    ],
)
def test_no_split_where_it_would_not_be_exact(pattern: str) -> None:
    rx = re.compile(pattern)
    assert body_of(rx) is None
    text = "xwall walls roofs xroofs x"
    assert _spans(LeadGuarded(rx).finditer(text)) == _spans(rx.finditer(text))


def test_the_date_rows_with_look_behind_guards_scan_from_their_body() -> None:
    split = [row[5] for row in dates_module._PLAN_ROWS if row[5] in dates_module._SCANS]
    assert any(p.pattern.startswith("(?:(?<=") for p in split)
    assert any(p.pattern.startswith(r"\b(?<!") for p in split)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks resumed last Friday in Geneva.", ["last Friday"]),
        ("Rallies were held every Friday in the capital.", []),  # a recurring day, no date
        ("Prices climbed through the 1970s and 80s.", ["the 1970s", "80s"]),
    ],
)
def test_dates_read_as_before(sentence: str, expected: list[str]) -> None:
    from datetime import date

    found = find_dates(sentence, date(2024, 11, 7))
    assert [d.text for d in found] == expected
