"""A reporting quarter or half named by the month it ends in: "the September quarter", "its
June-quarter profit", "the December 1997 half".

Companies whose books do not follow the calendar, and the Australian and New Zealand press
generally, name a quarter by its last month: "the September quarter" is July to September
(TimeML, TIMEX3 guidelines 1.2.1 §2.2.4: a quarter's value is the quarter, never one of its
months; MUC-6 Named Entity task B.2 reads "the fourth quarter ended Sept. 30" as one period
named by its end). Read as the bare month, the phrase claimed a month the text never dated.
A "quarter-final" or a "half-marathon" is no period, and the month must be written with a
capital, as a name is.
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
