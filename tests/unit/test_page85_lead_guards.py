"""Patterns that open with look-aheads, scanned from their body (dashboard/events/lead_guards.py):
the same matches as the pattern's own ``finditer``, for the hazard rows and for patterns
written here, and no split where it would not be exact (issue 15, reader speed)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dashboard.events.hazards as hazards_module
from dashboard.events.hazards import hazard_triggers
from dashboard.events.lead_guards import LeadGuarded, body_of

_GUARDED = [
    r"(?![^;]*\bsite\b)\bwall\s+collapsed\b",
    r"(?![^;]*\b(?:site|works?)\b)(?![^;]*\bshell(?:s|ed)?\b)\b(?:wall|roof)s?\s+(?:fell|collapsed)",
    r"(?=[^.]*\bfire\b)(?<!the )\b(?:blaze|fire)\b",
    r"(?![^;]*\)\])(?![^;]*[(\[])\bgas\s+(?:leak|blast)",  # parens and sets inside the guards
]
# sentences written for these tests: guards that hold, that fail, and a later match after one
_SENTENCES = [
    "A wall collapsed; a wall collapsed at the site.",
    "The wall collapsed near the works, and a roof fell; another roof collapsed overnight.",
    "Roofs fell when the town was shelled; walls collapsed in the storm.",
    "The fire spread and the blaze reached the fire station.",
    "A gas leak (a small one) and a gas blast; later a gas leak ] and [ more.",
    "wall collapsed wall collapsed site; wall collapsed",
    "",
]
_WORDS = st.sampled_from(
    ["wall", "walls", "collapsed", "site", "works", "roof", "fell", "shelled", "fire", "blaze",
     "the", "gas", "leak", "blast", ";", ".", "(", ")", "[", "]", "a", "storm"]
)  # fmt: skip


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", _GUARDED)
def test_a_guarded_pattern_is_split_and_finds_what_it_found(pattern: str) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    scan = LeadGuarded(rx)
    assert scan.body is not None
    for text in _SENTENCES:
        assert _spans(scan.finditer(text)) == _spans(rx.finditer(text)), text


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=30))
def test_the_split_scan_matches_re_on_any_text(words: list[str]) -> None:
    text = " ".join(words)
    for pattern in _GUARDED:
        rx = re.compile(pattern, re.IGNORECASE)
        assert _spans(LeadGuarded(rx).finditer(text)) == _spans(rx.finditer(text))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bwall\s+collapsed",  # no guard
        r"(?![^;]*\b(site)\b)\bwall",  # a guard with a group: the body's groups would move
        r"(?![^;]*\bsite\b)\bwall|\broof",  # the guard is the first branch's only
        r"(?![^;]*\bsite\b)(?:wall)?",  # a body that matches the empty string
        r"\bwall(?<!x)",  # a look-behind after the body's first word guards nothing
    ],
)
def test_no_split_where_it_would_not_be_exact(pattern: str) -> None:
    rx = re.compile(pattern)
    assert body_of(rx) is None
    text = "A wall fell; the roof and the wall at the site."
    assert _spans(LeadGuarded(rx).finditer(text)) == _spans(rx.finditer(text))


def test_a_verbose_pattern_is_not_split() -> None:
    assert body_of(re.compile(r"(?![^;]*site)  # a comment with a (\n wall", re.VERBOSE)) is None


def test_the_hazard_rows_that_open_with_guards_are_scanned_from_their_body() -> None:
    scans = hazards_module._scans()
    guarded = [s for _, s in scans if s.pattern.pattern.startswith("(?![^;]*")]
    assert len(guarded) >= 8
    assert sum(s.body is not None for s in guarded) >= len(guarded) - 1
    for _, scan in scans:  # every row: the same matches on sentences written here
        for text in _SENTENCES + _HAZARD_SENTENCES:
            assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))


_HAZARD_SENTENCES = [
    "A bridge collapsed in the capital on Monday, killing four people.",
    "A bridge collapsed after an airstrike hit it on Monday.",
    "The roof of the market collapsed at a construction site in the north.",
    "Gas escaped from a cylinder at the restaurant and exploded, killing two.",
]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A bridge collapsed in the capital on Monday, killing four people.", "DIS-ACCIDENT"),
        ("A bridge collapsed after an airstrike hit it on Monday.", None),
    ],
)
def test_hazard_triggers_read_the_guarded_rows_as_before(text: str, code: str | None) -> None:
    codes = {t.code for t in hazard_triggers(text)}
    assert (code in codes) if code else "DIS-ACCIDENT" not in codes
