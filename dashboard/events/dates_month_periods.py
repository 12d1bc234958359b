"""A reporting quarter or half named by the month it ends in: "the September quarter", "its
June-quarter profit", "the December 1997 half".

Companies whose books do not follow the calendar, and the Australian and New Zealand press
generally, name a quarter by its last month: "the September quarter" is July to September
(TimeML, TIMEX3 guidelines 1.2.1 §2.2.4: a quarter's value is the quarter, never one of its
months; MUC-6 Named Entity task B.2 reads "the fourth quarter ended Sept. 30" as one period
named by its end). Read as the bare month, the phrase claimed a month the text never dated.
A "quarter-final" or a "half-marathon" is no period, and the month must be written with a
capital, as a name is.

A period named by its first and last months ("the July-September quarter", "the
January-March period", "the April-to-June quarter") is those months, read as one TIMEX3:
the value of "the July-September quarter" is the quarter (2023-Q3), not its last month. A
"quarter" or "half" must span three or six months, or the phrase is left to its parts.
"""

from __future__ import annotations

import re

from dashboard.events.dates_common import (
    MONTHS,
    Context,
    Got,
    add_months,
    month_span,
    pick_year,
)

# months a named-by-its-end period spans
_SPAN = {"quarter": 3, "half": 6, "half year": 6}

# "the September quarter", "its June-quarter", "the firm's December 1997 half", "the fiscal
# March quarter": a determiner or a possessive before it, the month as a name, an optional
# year, the unit; not "quarter-final",
# "quarterly", "half-marathon", "half-time"
PATTERN = (
    r"(?:\b(?:the|its|their)\s+|(?<=['’]s\s))(?:(?:fiscal|financial)\s+)?"
    r"(?-i:(?=[A-Z]))(?P<month>january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?:\s+(?P<year>\d{4}))?[ -]"
    r"(?P<unit>quarter|half[- ]year|half)(?![-\w])"
)


_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
# "the July-September quarter", "the January-to-March period", "their April-June half"
RANGE_PATTERN = (
    r"(?:\b(?:the|its|their)\s+|(?<=['’]s\s))(?:(?:fiscal|financial)\s+)?"
    rf"(?-i:(?=[A-Z]))(?P<first>{_NAMES})\s*(?:-to-|[-–/]|\s+to\s+)\s*"
    rf"(?-i:(?=[A-Z]))(?P<month>{_NAMES})(?:\s+(?P<year>\d{{4}}))?[ -]"
    r"(?P<unit>quarter|half[- ]year|half|period)(?![-\w])(?:\s+of\s+(?P<year2>\d{4})\b)?"
)


def months_between(m: re.Match[str], ctx: Context) -> Got | None:
    """'the July-September quarter' (told on 2 Nov 2023) -> 2023-07-01..2023-09-30: the
    months from the first named through the last, the year as for the last month alone
    (``pick_year``). None when a quarter (half) does not span three (six) months, or without
    a year to read."""
    first, month = MONTHS[m["first"].lower()], MONTHS[m["month"].lower()]
    months = (month - first) % 12 + 1
    unit = " ".join(m["unit"].lower().replace("-", " ").split())
    if _SPAN.get(unit, months) != months or months < 2:
        return None
    if m["year"] or m["year2"]:
        year, why = int(m["year"] or m["year2"]), "its year given"
    elif ctx.pub is not None:
        year, why = pick_year(ctx.pub, month, 28, ctx)
    else:
        return None
    first_year, first_month = add_months(year, month, 1 - months)
    start, end = month_span(first_year, first_month)[0], month_span(year, month)[1]
    name = f"{m['first'].title()}-{m['month'].title()} {year}"
    return Got(start, end, f"the months {name}, as one period ({why})")


def period_to_month(m: re.Match[str], ctx: Context) -> Got | None:
    """'the September quarter' (told on 14 Oct 1998) -> 1998-07-01..1998-09-30: the three (or
    six) months that end with the named month. The year is the one written, else the one the
    sentence's tense gives the month (``pick_year``, read at the month's end). None without a
    year to read."""
    month = MONTHS[m["month"].lower()]
    months = _SPAN[" ".join(m["unit"].lower().replace("-", " ").split())]
    if m["year"]:
        year, why = int(m["year"]), "its year given"
    elif ctx.pub is not None:
        year, why = pick_year(ctx.pub, month, 28, ctx)
    else:
        return None
    end = month_span(year, month)[1]
    first_year, first_month = add_months(year, month, 1 - months)
    start = month_span(first_year, first_month)[0]
    unit = "quarter" if months == 3 else "half-year"
    return Got(start, end, f"the {unit} that ends in {m['month'].title()} {year} ({why})")
