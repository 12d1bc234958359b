"""The day of an act told in an "after" clause as a count from the main clause's date,
when the act is told as done: "vowed to crush the gangs on Wednesday, three days after
gunmen stormed a jail".

The count runs from the main clause's date (``dates_told_before.counted_from``), as TimeML
1.2.1 anchors "three days after X" on the main clause's time. The weekday there may have
been read ahead ("vowed to crush ... on Wednesday": the infinitive looks ahead), but the
after clause's past verb tells an act before the time of writing (Reichenbach 1947: E before
S), which a count landing after the report contradicts. Then the main clause's date is
read in the past, as its own past verb tells it: a weekday the latest one on or before the
report (a week back), a month and day with no year the last year's (TimeML 1.2.1 values an
underspecified date by the tense that governs it, as HeidelTime does). When neither helps,
the act gets no reading from the count (the report's week, flagged inferred), never a day
after the report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention, shift_units
from dashboard.events.dates_common import WEEKDAY_RX
from dashboard.events.dates_told_before import counted_from
from dashboard.events.tokens import past_verb
from dashboard.model import DateRange

_WEEKDAY = re.compile(rf"\b{WEEKDAY_RX}\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")


def count_for_done(
    sentence: str,
    main_dates: Sequence[DateMention],
    rel: re.Match[str],
    days: int,
    pub: date | None,
    act: Trigger,
) -> DateRange | None:
    """The range of the after clause's ``act``: the main clause's date (``main_dates``,
    offsets in ``sentence``) moved by ``days`` of the count ``rel``; for a past-told act
    that lands after ``pub``, counted from that date read in the past (see the module), or
    None. Example: published Thursday 18 June 2026, "vowed to crush the gangs on Wednesday,
    three days after gunmen stormed a jail" -> Sunday 14 June."""
    anchor = counted_from(sentence, main_dates, rel.start())
    r = shift_units(anchor, days, rel, "the main clause's date")
    if pub is None or r.end <= pub or not any(past_verb(w) for w in act.text.split()):
        return r
    told = next((dm for dm in main_dates if dm.range == anchor), None)
    past = _past_reading(told, pub) if told is not None else None
    if past is None:
        return None
    r = shift_units(past, days, rel, "the main clause's date read in the past")
    return r if r.end <= pub else None


def _past_reading(dm: DateMention, pub: date) -> DateRange | None:
    """The day of ``dm`` read on or before ``pub``: a weekday a week back, a month and day
    with no year a year back; None for any other date."""
    r = dm.range
    if r.precision != 1 or r.start <= pub:
        return None
    if _WEEKDAY.search(dm.text):
        day = r.start - timedelta(days=7)
    elif not _YEAR.search(dm.text):
        try:
            day = r.start.replace(year=r.start.year - 1)
        except ValueError:  # 29 February
            return None
    else:
        return None
    if day > pub:
        return None
    why = f"{dm.text!r} read in the past: the count's act is told as done"
    return replace(r, start=day, end=day, reason=why)
