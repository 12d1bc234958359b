"""'A week ago Friday', 'two weeks ago Sunday': the weekday that many weeks before the last
such weekday (American usage: "a week ago Tuesday" is the Tuesday before last).

The mirror of "a week from Friday" (``dates_relative.weeks_from_weekday``, HeidelTime's
rule of the same shape): one TIMEX3 whose value is the day reached, counted from the weekday
at its grain. Read as "a week ago" and "Friday" apart, the act took the Friday of the week
before publication, a week late.

"Two Sundays ago", "three Fridays ago" count the weekday itself: one Sunday ago is last
Sunday (the latest before publication, as "last Sunday" is), two Sundays ago the one before
it; "two Saturdays from now" counts ahead the same way. TimeML values the phrase as the day
reached (a DATE, like "two days ago").
"""

from __future__ import annotations

import re
from datetime import timedelta

from dashboard.events.dates_common import WEEKDAY_RX, WEEKDAYS, Context, Got, number

PATTERN = rf"\b(?P<num>a|one|two|three)\s+weeks?\s+ago\s+(?:last\s+)?{WEEKDAY_RX}\b(?!['’]s)"

# a plural weekday counted back: "two Sundays ago" ("one Sunday ago" is not said: "last Sunday")
COUNTED = rf"\b(?P<num>two|three|four|five|2|3|4|5)\s+{WEEKDAY_RX}s\s+(?P<way>ago|from\s+now)\b"


def weekdays_ago(m: re.Match[str], ctx: Context) -> Got | None:
    """'two Sundays ago' told on Wednesday 13 Mar 2024 -> Sunday 3 Mar 2024: the latest
    Sunday before publication (a Sunday told on a Sunday is a week back), then one week back
    per further count; 'two Saturdays from now' the mirror, from the first Saturday after
    publication. None without a publication date."""
    if ctx.pub is None:
        return None
    target = WEEKDAYS[m["weekday"].lower()]
    n = number(m["num"])
    name = m["weekday"].capitalize()
    if m["way"].lower() == "ago":
        last = ctx.pub - timedelta(days=(ctx.pub.weekday() - target - 1) % 7 + 1)
        day = last - timedelta(weeks=n - 1)
        return Got(
            day, day, f"'{m.group().strip()}': {n - 1} week(s) before the last {name} ({last})"
        )
    first = ctx.pub + timedelta(days=(target - ctx.pub.weekday() - 1) % 7 + 1)
    day = first + timedelta(weeks=n - 1)
    return Got(day, day, f"'{m.group().strip()}': {n - 1} week(s) after the next {name} ({first})")


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
