"""Two times joined by "and" after one act: "the valley saw fighting in April 2021 and
September 2022", "rebels raided the town on Monday and again on Thursday".

TimeML 1.2.1 (one event instance per time: "taught on Monday and Wednesday" is two MAKEINSTANCEs
of one event): a time adjunct coordinated of two times that do not meet tells the act once at
each; the reader dated only the first, so the second was lost. Two days that meet ("on Monday
and Tuesday") may be one stretch of the act, so they stay one event; so does a time after
"between" ("between March and May", a stretch), which ``find_dates`` reads whole anyway.
"""

from __future__ import annotations

import itertools
import re

from dashboard.events.dates import DateMention

# only "and" (with "again" or "then") between the two times, and each time's preposition
_JOINED = re.compile(r"\s*,?\s+and\s+(?:again\s+|then\s+)?(?:in\s+|on\s+)?", re.IGNORECASE)
# the first time as a prepositional adjunct of the act ("in April 2021", "on Monday")
_ADJUNCT = re.compile(r"\b(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)
_OWN_PREPOSITION = re.compile(r"(?:in|on|during)\s", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:\w+\s+)?$", re.IGNORECASE)


def paired_date(sent: str, trig: int, dates: list[DateMention]) -> tuple[int, DateMention] | None:
    """(where the act's clause starts for the second time, that time) when the first two
    dates after the trigger starting at ``trig`` (offsets into ``sent``) are joined by "and"
    alone and do not meet; else None. The clause starts at the trigger, so the second card
    tells the same act.

    "saw fighting in April 2021 and September 2022" gives September 2022; "on Monday and
    Tuesday" and "between April and June" give None."""
    after = [dm for dm in dates if dm.start >= trig]
    for a, b in itertools.pairwise(after):
        if _JOINED.fullmatch(sent, a.end, b.start) is None:
            continue
        before = sent[max(0, a.start - 12) : a.start]
        if not (_ADJUNCT.search(before) or _OWN_PREPOSITION.match(a.text)):
            return None  # "the dates are March 17 and March 25", "years ago and now": no adjunct
        if _BETWEEN.search(sent, max(0, a.start - 12), a.start):
            return None
        if (b.range.start - a.range.end).days <= 1 and (a.range.start - b.range.end).days <= 1:
            return None  # "on Monday and Tuesday": days that meet, one stretch
        return trig, b
    return None
