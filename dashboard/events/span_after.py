"""How far before the clause's day a span told before "after" puts what it is counted from:
"two days after the quake", "a day after the floods" (that many days before), "days after the
invasion" (a bare plural: two or more units, fewer than the next unit makes).

TimeML (Pustejovsky et al. 2003, TIMEX3 DURATION anchored on an event) reads "two days after
X" as X's day plus two days; the clause's own day being that later day, X is two days before
it, at day precision. Until hap64 a counted span was read as the bare plural ("two days" as
"days": two to thirteen days back), which lost the quake's day that a follow-up report gives
exactly. Hours are left to the caller (a few hours may cross midnight).
"""

from __future__ import annotations

import re
from datetime import timedelta

from dashboard.events.dates_common import precision_for
from dashboard.events.dates_counts import _same_day_back
from dashboard.model import DateRange

_BARE_SPAN = re.compile(r"\b(?P<unit>days|weeks|months|years)\s+$", re.IGNORECASE)
# a bare plural is at least two units and fewer than the next unit makes ("days" < 2 weeks)
BARE_SPAN_UNITS = {"day": 13, "week": 8, "month": 11, "year": 9}
_COUNTED_DAYS = re.compile(
    r"(?<!\bfor\s)\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+$",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTS |= {"six": 6, "seven": 7}


def span_before(text: str, start: int, end: int, when: DateRange) -> DateRange | None:
    """The range of what a span right before ``end`` (the offset of "after") is counted from,
    given ``when``, the clause's date; the span is looked for in ``text[start:end]``.
    "two days after", ``when`` a day: that day less two (precision 1); "days after": two to
    thirteen days before (and weeks, months, years alike), as is "for two days after" (a
    duration running on from it names no day before). None when no span stands there, and
    for a counted span from a date coarser than a day."""
    counted = _COUNTED_DAYS.search(text, start, end)
    if counted is not None:
        if when.precision != 1 or when.start != when.end:
            return None
        n = counted["n"].lower()
        day = when.end - timedelta(days=int(n) if n.isdigit() else _COUNTS[n])
        why = f"'{counted.group().strip()} after' {when.reason}: that many days before it"
        return DateRange(day, day, 1, when.text, why)
    bare = _BARE_SPAN.search(text, start, end)
    if bare is None:
        return None
    unit = bare["unit"].lower().rstrip("s")
    first = _same_day_back(when.start, BARE_SPAN_UNITS[unit], unit)
    last = _same_day_back(when.end, 2, unit)
    why = f"'{bare.group().strip()} after' {when.reason}: two to {BARE_SPAN_UNITS[unit]} {unit}s before it"
    return DateRange(first, last, precision_for(first, last), when.text, why)
