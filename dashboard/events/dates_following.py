"""A season or a decade counted from the date the story named before: "the following
spring", "the preceding winter", "the following decade".

TimeML 1.2.1 §2.2.1 anchors such a phrase on the reference time (the date the narrative is
at), as "the following year" and "the following March" are (``dates_relative.next_unit``,
``dates_anchored.month_from_anchor``): "The war began in 1939. By the following spring ..."
is spring 1940 (TIMEX3 1940-SP), "joined in 2001 and left the following decade" the 2010s
(201). With no date named before the phrase names none: "the previous decade" told alone is
as often the ten years up to publication (a DURATION), so it is left unread.

"Over the following days", "in the following two weeks" run from the day after the date named
before, for that many units (a few when no number is given): "following" is anaphoric
where "next" and "coming" are deictic (TimeML 1.2.1 §2.2.1; Quirk et al. 1985 §7.44), so
"Protesters blocked the road on March 1. Over the following days, police detained dozens"
is 2-7 March, not the days after publication; so are "in the days that followed" and "in
the weeks after the attack" (the happening just told).

"The summer before last" and "the winter after next" count from publication: one season
before "last summer", one after "next winter" (as "the week before last" does). Read from
its head, the phrase was "the summer" alone, a year late.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.events.dates_calendar import SEASON_START, _season_year
from dashboard.events.dates_common import (
    MONTHS,
    NUM_RX,
    Context,
    Got,
    add_months,
    fmt_range,
    month_span,
    number,
)

SEASON_PATTERN = (
    r"\bthe\s+(?P<which>following|preceding|previous|prior)\s+"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?![-'’]\w)(?!\s+of\b)"
)
BEFORE_LAST_PATTERN = (
    r"\bthe\s+(?P<season>spring|summer|autumn|fall|winter)\s+"
    r"(?P<way>before\s+last|after\s+next)\b"
)
STRETCH_PATTERN = (
    rf"\b(?:within|in|over|during)\s+the\s+following\s+(?:{NUM_RX}\s+)?"
    r"(?P<unit>days|weeks|months|years)\b|"
    # "in the days that followed", "in the weeks after the attack": after the time just told
    # (a happening named by a lowercase noun; "the June 14 attack" names its own date)
    rf"\b(?:in|over|during)\s+the\s+(?:{NUM_RX.replace('num', 'num2')}\s+)?"
    r"(?P<unit2>days|weeks|months)\s+(?:that\s+followed\b|"
    r"(?:after|following)(?=\s+(?:the|that|this)\s+(?-i:[a-z])))"
)
# "the following days" without a number: as "the coming days" (``dates_relative.within``)
_FEW = {"day": 6, "week": 3, "month": 3, "year": 3}
_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
DECADE_PATTERN = r"\bthe\s+(?P<which>following|preceding|previous|prior)\s+decade\b(?![-'’]\w)"


def season_beside(m: re.Match[str], ctx: Context) -> Got | None:
    """'the following spring' after 1939 -> 1 Mar..31 May 1940: the first such season that
    starts after the date named before ends; 'the preceding winter' the last one that ends
    before it starts. None with no date named before."""
    a = ctx.anchor
    if a is None:
        return None
    first = SEASON_START[m["season"].lower()]
    if ctx.southern:
        first = (first + 6 - 1) % 12 + 1
    ahead = m["which"].lower() == "following"
    y = a.end.year if ahead else a.start.year
    start, end = _season(y, first)
    # a season that straddles the end of the date named ("in 1939 ... the following winter":
    # the one from December 1939, or the next?) is not told apart: no reading. One that
    # holds all of it ("in March 2010 ... the following spring") is its own, not the next.
    if ahead:
        if start <= a.end:
            if a.start < start and a.end < end:
                return None
            start, end = _season(y + 1, first)
    else:
        while end >= a.start:
            if start < a.start <= end < a.end:
                return None
            y -= 1
            start, end = _season(y, first)
    way = "first" if ahead else "last"
    side = "after" if ahead else "before"
    label = fmt_range(a.start, a.end)
    why = f"'{m.group().strip()}': the {way} {m['season'].lower()} {side} the date named before ({label})"
    return Got(start, end, why, relative=False)


def stretch_following(m: re.Match[str], ctx: Context) -> Got | None:
    """'over the following days' after 1 March -> 2..7 March: from the day after the date
    named before to that many units after it; counted from publication when the sentence
    names none (the event reader then reads it again against the story's date)."""
    unit = (m["unit"] or m["unit2"]).lower().rstrip("s")
    count = m["num"] or m["num2"]
    n = number(count) if count else _FEW[unit]
    if ctx.anchor is not None:
        # after a month ("Later in May ... In the days following"), the day the stretch
        # opens on is any of the month's: the month's span moved, as "the next day" after a
        # month is (``dates_relative.next_unit``), never the days after the month's end
        first, base = ctx.anchor.start, ctx.anchor.end
        label, relative = "the date named before", False
    elif ctx.pub is not None:
        first, base, label, relative = ctx.pub, ctx.pub, "publication", True
    else:
        return None
    end = base + timedelta(days=_DAYS[unit] * n)
    why = f"'{m.group().strip()}': the {n} {unit}(s) after {label} ({fmt_range(first, base)})"
    return Got(first + timedelta(days=1), end, why, relative=relative)


def season_before_last(m: re.Match[str], ctx: Context) -> Got | None:
    """'the summer before last' told on 13 Mar 2024 -> 1 Jun..31 Aug 2022: the season a year
    before 'last summer' (after 'next summer' for 'the summer after next'). None without a
    publication date."""
    if ctx.pub is None:
        return None
    first = SEASON_START[m["season"].lower()]
    if ctx.southern:
        first = (first + 6 - 1) % 12 + 1
    back = m["way"].lower().startswith("before")
    y, _ = _season_year(first, ctx.pub, "last" if back else "next", ctx)
    y += -1 if back else 1
    start, end = _season(y, first)
    why = f"'{m.group().strip()}': a year {'before last' if back else 'after next'} {m['season'].lower()} from publication ({ctx.pub})"
    return Got(start, end, why)


def _season(year: int, first: int) -> tuple[date, date]:
    """The three months of the season that starts in month ``first`` of ``year``."""
    return date(year, first, 1), month_span(*add_months(year, first, 2))[1]


def decade_beside(m: re.Match[str], ctx: Context) -> Got | None:
    """'the following decade' after 2001 -> 2010..2019: the decade after the one the date
    named before ends in; 'the previous decade' the one before the one it starts in. None
    with no date named before."""
    a = ctx.anchor
    if a is None:
        return None
    if m["which"].lower() == "following":
        y = a.end.year // 10 * 10 + 10
    else:
        y = a.start.year // 10 * 10 - 10
    label = fmt_range(a.start, a.end)
    why = f"'{m.group().strip()}': the {y}s, beside the date named before ({label})"
    return Got(date(y, 1, 1), date(y + 9, 12, 31), why, relative=False)


# "twelve months after the July 2023 coup", "18 months after the 2021 coup": a count of
# units after a noun phrase whose own date is named in it (the date premodifies the noun)
AFTER_DATED_PATTERN = (
    r"\b(?P<num>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\s+"
    r"(?P<unit>months?|years?)\s+after\s+(?:the|its|their)\s+"
    r"(?:(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[,.;]|\s+(?:and|to)\b)"
)
_COUNTS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"a": 1, "an": 1, "thirty": 30}


def after_dated(m: re.Match[str], ctx: Context) -> Got | None:
    """'twelve months after the July 2023 coup' -> July 2024: the noun's date (its month, or
    its year) moved by the count (TimeML 1.2.1: an expression anchored on another's value is
    that value shifted, here on the date the phrase itself names, not on publication). Read
    as the bare "July 2023", the later act took the earlier one's month."""
    word = m["num"].lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    months = n * (12 if m["unit"].lower().startswith("year") else 1)
    year, named = int(m["year"]), f"{m['month'] or ''} {m['year']}".strip()
    if m["month"]:
        start, end = month_span(*add_months(year, MONTHS[m["month"].lower()], months))
    elif months % 12 == 0:
        start, end = date(year + months // 12, 1, 1), date(year + months // 12, 12, 31)
    else:
        return None  # "six months after the 2021 coup": a year moved by months is no unit
    return Got(start, end, f"'{m.group().strip()}': {named} moved by {months} month(s)")
