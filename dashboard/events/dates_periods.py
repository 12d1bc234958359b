"""Reporting periods told from the period under discussion, not from publication.

Business and economic news compares a period with another it names only by reference:

- "profit rose in the third quarter from the 1988 quarter": "the 1988 quarter" is the
  quarter under discussion (the date named before) in the year 1988; TimeML values the
  whole phrase as one DATE anchored on that period (``1988-Q3``), where the year alone
  (``1988``) was a range four times too wide. "The 1988 period", "the 1988 half" and "the
  1988 month" the same. With no period named before it stays the year ("the 1996 vote").
- "sales fell in the second quarter from the preceding quarter": "the previous / preceding
  / prior quarter" is the quarter before the one under discussion, and "the following
  quarter" the one after (TimeML anchors "previous/preceding/following" on the reference
  time, as "the previous month" already is: ``dates_relative.next_unit``). With no date
  named before it is counted from publication's quarter, as before.
- "the firm cut its forecast two quarters ago": the quarter that many before publication's
  (TimeML values a count of units ago at the unit's grain, as "three years ago" is a year).
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events import dates_absolute as ab
from dashboard.events.dates_common import Context, Got, fmt_range, month_span, number
from dashboard.model import DateRange

_SPAN_MONTHS = {"month": 1, "quarter": 3, "half": 6}


def _whole_months(a: DateRange) -> int | None:
    """How many calendar months ``a`` covers when it is whole months, else None."""
    if a.start.day != 1 or a.end != month_span(a.end.year, a.end.month)[1]:
        return None
    return (a.end.year - a.start.year) * 12 + a.end.month - a.start.month + 1


def _block(year: int, month: int, size: int) -> tuple[date, date]:
    """The calendar block of ``size`` months (1, 3 or 6) holding ``month`` in ``year``."""
    first = (month - 1) // size * size + 1
    last = first + size - 1
    return date(year, first, 1), month_span(year, last)[1]


def year_named_unit(m: re.Match[str], ctx: Context) -> Got | None:
    """'the 1988 quarter', 'the 1988 period': the unit under discussion in the year named.

    ``m`` has groups ``year`` and ``noun`` (quarter, period, half, month). The date named
    before must lie within one such unit (a period: be whole months, at most a year); else
    the year alone, as ``dates_absolute.noun_year`` reads "the 1996 vote"."""
    a, y, noun = ctx.anchor, int(m["year"]), m["noun"].lower()
    if a is None:
        return ab.noun_year(m, ctx)
    label = f"the date named before ({fmt_range(a.start, a.end)})"
    if noun in _SPAN_MONTHS:
        size = _SPAN_MONTHS[noun]
        s, e = _block(a.start.year, a.start.month, size)
        if a.end > e:
            return ab.noun_year(m, ctx)  # the anchor is wider than one such unit
        s, e = _block(y, a.start.month, size)
        return Got(s, e, f"'{m.group().strip()}': the {noun} of {label} in {y}")
    months = _whole_months(a)
    if months is None or months > 12:
        return ab.noun_year(m, ctx)
    s = date(y, a.start.month, 1)
    end_year = y + (a.end.year - a.start.year)
    e = month_span(end_year, a.end.month)[1]
    return Got(s, e, f"'{m.group().strip()}': the period of {label} in {y}")


def quarter_beside(m: re.Match[str], ctx: Context) -> Got | None:
    """'the previous/preceding/prior quarter' (the one before the quarter of the date named
    before, else of publication), 'the following quarter' (the one after)."""
    a = ctx.anchor
    step = 1 if m["which"].lower() == "following" else -1
    if a is None:
        if ctx.pub is None or step > 0:
            return None  # "the following quarter" needs a period to follow
        ref, label = ctx.pub, f"publication's ({ctx.pub})"
    else:
        ref = a.start if step < 0 else a.end
        label = f"that of the date named before ({fmt_range(a.start, a.end)})"
    index = ref.year * 4 + (ref.month - 1) // 3 + step
    year, q = divmod(index, 4)
    s, e = _block(year, q * 3 + 1, 3)
    way = "before" if step < 0 else "after"
    return Got(s, e, f"'{m.group().strip()}': the quarter {way} {label}", relative=a is None)


# "two quarters ago", "a quarter ago" (not "a quarter of a century ago": "ago" must follow)
QUARTERS_AGO = r"\b(?P<num>a|one|two|three|four|five|six|seven|eight|[1-8])\s+quarters?\s+ago\b"


def quarters_ago(m: re.Match[str], ctx: Context) -> Got | None:
    """'two quarters ago' told on 13 Mar 2024 -> 2023-07-01..2023-09-30: publication's
    quarter moved back that many. None without a publication date."""
    if ctx.pub is None:
        return None
    n = number(m["num"])
    index = ctx.pub.year * 4 + (ctx.pub.month - 1) // 3 - n
    year, q = divmod(index, 4)
    s, e = _block(year, q * 3 + 1, 3)
    return Got(s, e, f"'{m.group().strip()}': {n} quarter(s) before publication's ({ctx.pub})")
