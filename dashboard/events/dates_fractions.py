"""Counts with a half in them: "half a century ago", "a year and a half ago", "two and a half
decades later".

A half of a unit is a whole count of the next smaller one: half a century is 50 years, a year
and a half is 18 months, two and a half decades are 25 years. The phrase is read as that count
("fifty years ago", "18 months ago"), at the smaller unit's grain, as TIMEX3 gives a counted
phrase the grain of its unit (TimeML Annotation Guidelines 1.2.1 §2.2.2: "two years ago" is a
year). Before this rule "half a century ago" was read from its tail, "a century ago": a date
fifty years off. A half of a day, week or month is no whole count of anything smaller in the
calendar, so those are left unread. "A quarter of a century" ("a quarter-century ago") is
25 years the same way; read from its tail it was "a century ago", 75 years off.
"""

from __future__ import annotations

import re

from dashboard.events.dates_common import NUMBERS, Context, Got, number
from dashboard.events.dates_counts import _counted
from dashboard.events.dates_relative import _anchor
from dashboard.events.word_trie import case_blind_alternation

# a half of the unit, as a count of the smaller unit: year -> 6 months, decade -> 5 years
_HALF = {"year": (6, "month"), "decade": (5, "year"), "century": (50, "year")}

_UNIT = r"year|decade|century"
_UNITS = r"years|decades|centuries"
# a trie of the count words (``word_trie.case_blind_alternation``), as
# ``dates_common.NUMBER_WORDS_RX``
_NUM = case_blind_alternation(
    sorted((w for w in NUMBERS if w not in ("a", "an")), key=len, reverse=True)
)

# "half a century", "two and a half years", "a decade and a half"
FRACTION = (
    rf"(?:(?P<quarter>a\s+quarter(?:\s+of\s+a\s+|[- ])century)"
    rf"|half\s+an?\s+(?P<half>{_UNIT})"
    rf"|(?P<num>\d{{1,3}}|{_NUM})\s+and\s+a\s+half\s+(?P<units>{_UNITS})"
    rf"|(?:an?|one)\s+(?P<one>{_UNIT})\s+and\s+a\s+half)"
)
_HEDGE = r"(?:(?:almost|nearly|about|some|roughly|just|barely|more than|over|less than)\s+)?"
AGO = rf"\b{_HEDGE}{FRACTION}\s+ago\b"
LATER = rf"\b{FRACTION}\s+(?P<dir>later|earlier|afterwards?|after that|before that)\b"


def _count(m: re.Match[str]) -> tuple[int, str]:
    """(count, smaller unit) the fraction names: 'two and a half years' -> (30, 'month');
    'a quarter of a century' -> (25, 'year')."""
    if m["quarter"]:
        return 25, "year"
    if m["half"]:
        halves, unit = 1, m["half"].lower()
    elif m["one"]:
        halves, unit = 3, m["one"].lower()
    else:
        halves, unit = 2 * number(m["num"]) + 1, m["units"].lower()
        unit = "century" if unit == "centuries" else unit.rstrip("s")
    per_half, smaller = _HALF[unit]
    return halves * per_half, smaller


def half_ago(m: re.Match[str], ctx: Context) -> Got | None:
    """'half a century ago' told on 14 Oct 1998 -> the year 1948; 'a year and a half ago' ->
    April 1997 (18 months back). None without a publication date."""
    if ctx.pub is None:
        return None
    n, unit = _count(m)
    got = _counted(ctx.pub, (n, n), unit, -1, f"before publication ({ctx.pub})")
    return got._replace(reason=f"'{m.group().strip()}' is {got.reason}")


def half_later(m: re.Match[str], ctx: Context) -> Got | None:
    """'half a century later' after 1948 -> 1998: the count from the date named before (its
    end going forward, its start going back), else from publication."""
    anchor, label, rel = _anchor(ctx)
    if anchor is None:
        return None
    n, unit = _count(m)
    sign = -1 if m["dir"].lower() in ("earlier", "before that") else 1
    base = anchor.end if sign > 0 else anchor.start
    got = _counted(base, (n, n), unit, sign, "")
    side = "after" if sign > 0 else "before"
    why = f"'{m.group().strip()}': {n} {unit}(s) {side} {label}"
    return Got(got.start, got.end, why, relative=rel)
