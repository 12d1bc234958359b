"""The count of an "after" or "before" clause: "two days after rebels attacked", "a week before
the vote", "hours after protesters stormed the residence". The clause tells an act of its own,
dated from the main clause's day moved by the count (``extract``; ``dates.shift_units``).

Hours under a day count no whole day: "hours after" places the clause's act on the main
clause's day (a count of 24 hours or more, "48 hours after Monday's raid", is left to the date
readers, which count it in days), as TimeML 1.2.1 anchors a duration of hours to the day of its anchor (a
TIMEX3 of granularity finer than a day has the day as its value), and HeidelTime's English
rules read "hours later" as the reference day. A clause across midnight ("hours after ...
late on Sunday") is a day off at most, which the main clause's day then shows.
"""

from __future__ import annotations

import re

from dashboard.events.prefilter import gated

# "N days after <clause>"; "three days after that," is a narrative phrase of the resolver's
RELATIVE = gated(
    r"\b(?:(?P<num>\d+|one|two|three|four|five|six|seven|a) (?P<unit>days?|weeks?|months?|years?)"
    r"|(?P<hours>(?:(?:1?\d|2[0-3]|a\s+few|several|just|only|some|a|an|one|two|three)\s+"
    r"|(?<!\d\s))hours?))"
    r" (?P<dir>after|before)\b(?!\s+that\s*(?:[,.;]|$))",
    re.I,
)
_NUM_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def counted_days(rel: re.Match[str]) -> int:
    """The signed count in days of a ``RELATIVE`` match: negative after ("two days after X" is
    X's day two days back from the main clause's), positive before; months and years give
    their signed count of units; hours give 0 (the main clause's day)."""
    if rel["hours"] or not rel["unit"]:
        return 0  # a bare "after", "as" or "when" clause (``subordinate_acts``) counts none
    num = rel["num"]
    days = (int(num) if num.isdigit() else _NUM_WORDS[num.lower()]) * (
        7 if rel["unit"].lower().startswith("week") else 1
    )
    return -days if rel["dir"].lower() == "after" else days


def long_unit(rel: re.Match[str]) -> bool:
    """Is the count of a ``RELATIVE`` match in months or years (no day of its own)?"""
    return bool(rel["unit"]) and rel["unit"].lower()[0] in "my"
