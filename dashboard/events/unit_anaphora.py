""" "That month", "the same year", "later that month": the unit of the time told last.

An anaphoric time phrase refers to the reference time the narrative set last (TimeML 1.2.1
§2.2.1: an anaphoric TIMEX3 is anchored to the time the text last established; Reichenbach
1947, the reference time moves with each dated clause), and "that month" picks the month of
that time. A sentence that tells a date but holds no act the coder reads ("The currency
collapsed in June.") still moves the reference time, so "The minister quit that month" is
June, not the month of the last act read before it ("The strikes began in March").
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.dates import DateMention, find_dates
from dashboard.events.dates_common import week_of
from dashboard.events.drafts import _Draft
from dashboard.events.narrative import continued_range
from dashboard.model import DateRange

REACH_CHARS = 600  # how far back a told date may anchor the phrase with no story before it
# "that month", "the same year", "later that month", "that same week": a unit the text told
_UNIT = re.compile(r"\b(?:that|the\s+same)\s+(?:same\s+)?(?P<unit>day|week|month|year)\b", re.I)


def _one(unit: str, r: DateRange) -> bool:
    """Whether ``r`` lies within one calendar ``unit`` (a month in one month, ...)."""
    a, b = r.start, r.end
    if unit == "day":
        return a == b
    if unit == "week":
        return week_of(a) == week_of(b)
    if unit == "month":
        return (a.year, a.month) == (b.year, b.month)
    return a.year == b.year


def unit_told_after(
    text: str, story: _Draft | None, s: int, sentence: str, phrase: DateMention, pub: date
) -> DateRange | None:
    """The range of ``phrase`` (an anaphoric unit, "that month", flagged ``continues`` in
    ``sentence``, which starts at ``s`` in ``text``) counted from the last date told after
    the sentence of ``story`` (the act it would otherwise count from; None: within the
    ``REACH_CHARS`` before ``s``), when that date lies within the phrase's unit; else None.

    Example: "The strikes began in March. The currency collapsed in June. The minister quit
    that month." with the strikes as ``story`` -> June.
    """
    m = _UNIT.search(phrase.text)
    if m is None:
        return None
    start = max(0, s - REACH_CHARS)
    if story is not None:
        start = max(end for _, end in story.evidence)
    if start >= s:
        return None
    told = [d.range for d in find_dates(text[start:s], pub) if not d.continues]
    if not told or not _one(m["unit"].lower(), told[-1]):
        return None
    return continued_range(told[-1], sentence, phrase, pub)
