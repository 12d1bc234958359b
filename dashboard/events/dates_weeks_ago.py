"""'A week ago Friday', 'two weeks ago Sunday': the weekday that many weeks before the last
such weekday (American usage: "a week ago Tuesday" is the Tuesday before last).

The mirror of "a week from Friday" (``dates_relative.weeks_from_weekday``, HeidelTime's
rule of the same shape): one TIMEX3 whose value is the day reached, counted from the weekday
at its grain. Read as "a week ago" and "Friday" apart, the act took the Friday of the week
before publication, a week late.
"""

from __future__ import annotations

import re
from datetime import timedelta

from dashboard.events.dates_common import WEEKDAY_RX, WEEKDAYS, Context, Got, number

PATTERN = rf"\b(?P<num>a|one|two|three)\s+weeks?\s+ago\s+(?:last\s+)?{WEEKDAY_RX}\b(?!['’]s)"


def weeks_ago_weekday(m: re.Match[str], ctx: Context) -> Got | None:
    """'a week ago Friday' told on Wednesday 14 Oct 1998 -> Friday 2 Oct 1998: the latest
    Friday on or before publication, then that many weeks back. None without a publication
    date."""
    if ctx.pub is None:
        return None
    target = WEEKDAYS[m["weekday"].lower()]
    n = number(m["num"])
    latest = ctx.pub - timedelta(days=(ctx.pub.weekday() - target) % 7)
    day = latest - timedelta(weeks=n)
    name = m["weekday"].capitalize()
    why = f"'{m.group().strip()}': {n} week(s) before the latest {name} ({latest})"
    return Got(day, day, why)
