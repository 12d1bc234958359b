"""Two times joined by "and" after one act: "the valley saw fighting in April 2021 and
September 2022", "rebels raided the town on Monday and again on Thursday".

TimeML 1.2.1 (one event instance per time: "taught on Monday and Wednesday" is two MAKEINSTANCEs
of one event): a time adjunct coordinated of two times that do not meet tells the act once at
each; the reader dated only the first, so the second was lost. "again" or "then" before the
second time makes it another act even when the two meet ("in 2020 and again in 2021"). Two
times that meet with "and" alone ("on Monday and Tuesday") may be one stretch of the act, so
they stay one event, dated over both (not the first alone); so do two times after "between"
("between March and May", a stretch: TimeML 1.2.1 tags the two ends as two TIMEX3s and the
act runs from the first to the second), even when they do not meet.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from dashboard.events.dates import DateMention
from dashboard.events.dates_common import precision_for
from dashboard.events.drafts import _Draft

# only "and" (with "again" or "then") between the two times, and each time's preposition;
# "again" ("another time; once more", OED sense 1) or "then" ("after that; next") counts the
# second time as another act, so two times that meet are two acts too
_JOINED = re.compile(r"\s*,?\s+and\s+(?P<again>again\s+|then\s+)?(?:in\s+|on\s+)?", re.IGNORECASE)
_AND_LEAD = re.compile(r"and\s+(?=\S)", re.IGNORECASE)
# the first time as a prepositional adjunct of the act ("in April 2021", "on Monday")
_ADJUNCT = re.compile(r"\b(?:in|on|during)\s+(?:early\s+|late\s+|mid-)?$", re.IGNORECASE)
_OWN_PREPOSITION = re.compile(r"(?:in|on|during)\s", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:\w+\s+)?$", re.IGNORECASE)
_OWN_BETWEEN = re.compile(r"between\s", re.IGNORECASE)  # the reader's "between March"


def paired_date(sent: str, trig: int, dates: list[DateMention]) -> tuple[int, DateMention] | None:
    """(where the act's clause starts for the second time, that time) when the first two
    dates after the trigger starting at ``trig`` (offsets into ``sent``) are joined by "and"
    and tell two acts; else None. The clause starts at the trigger, so the second card
    tells the same act.

    "saw fighting in April 2021 and September 2022" and "seized power in 2020 and again in
    2021" give the second time; "on Monday and Tuesday" and "between April and June" give
    None."""
    pair = _joined_pair(sent, trig, dates)
    if pair is None or pair[3] or not (pair[2] or not _meet(pair[0], pair[1])):
        return None
    return trig, pair[1]


def paired_stretch(sent: str, trig: int, dates: list[DateMention], draft: _Draft) -> None:
    """Widen ``draft``'s reading from the first of two joined times that meet to both ("on
    Monday and Tuesday", "in 2020 and 2021"): the act may be one stretch over both or one act
    at each (TimeML), but it is not the first time's alone. Leaves ``draft`` as it is when it
    was not dated by the first time, or the times do not meet (``paired_date``). Two times
    after "between" ("between March and June") are the stretch's two ends, met or not."""
    pair = _joined_pair(sent, trig, dates)
    if pair is None or pair[2] or not (pair[3] or _meet(pair[0], pair[1])):
        return
    a, b, _, between = pair
    if [rng for rng, _geo in draft.readings] != [a.range]:
        return
    start, end = min(a.range.start, b.range.start), max(a.range.end, b.range.end)
    why = f"{a.text!r} and {b.text!r}: two times that meet, the act over both"
    if between:
        why = f"{a.text!r} {b.text!r}: the two ends of a stretch, the act over it"
    whole = replace(a.range, start=start, end=end, precision=precision_for(start, end), reason=why)
    draft.readings[:] = [(whole, draft.readings[0][1])]


def _joined_pair(
    sent: str, trig: int, dates: list[DateMention]
) -> tuple[DateMention, DateMention, bool, bool] | None:
    """The first two times after ``trig`` joined by "and" in the act's own adjunct, whether
    "again" or "then" counts the second as another act, and whether "between" opens the first
    (the two ends of one stretch); None when there are none."""
    after = [dm for dm in dates if dm.start >= trig]
    for a, b in itertools.pairwise(after):
        lead = _AND_LEAD.match(b.text)  # "in March and April": the month reads "and April"
        joined = _JOINED.fullmatch(sent, a.end, b.start + (lead.end() if lead else 0))
        if joined is None:
            continue
        before = sent[max(0, a.start - 12) : a.start]
        if _OWN_BETWEEN.match(a.text):
            return a, b, False, True
        if not (_ADJUNCT.search(before) or _OWN_PREPOSITION.match(a.text)):
            return None  # "the dates are March 17 and March 25", "years ago and now": no adjunct
        if _BETWEEN.search(sent, max(0, a.start - 12), a.start):
            return None
        return a, b, joined["again"] is not None, False
    return None


def _meet(a: DateMention, b: DateMention) -> bool:
    """Whether two times meet or overlap ("Monday" and "Tuesday", "2020" and "2021")."""
    return (b.range.start - a.range.end).days <= 1 and (a.range.start - b.range.end).days <= 1
