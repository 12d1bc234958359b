"""Numeric dates: 24/4/2019, 4/24/2019, 24.04.2019, 2019/04/24.

Day-first or month-first is decided, in this order, by:
1. validity: a first number above 12 can only be a day, a second above 12 only a day;
2. the other numeric dates of the same article, when one of them is unambiguous;
3. the country of the article: month-first where that is the national habit (the US and a
   few others, data/lexicon/date_order.csv); day-first anywhere else that is known;
4. otherwise both readings stay possible and the range spans them, so the date is never
   stated more precisely than the text allows.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache

from dashboard.events.dates_common import Context, Got
from dashboard.paths import data_dir

NUMERIC_RX = r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"
YMD_RX = r"(?<![\d/.])(?P<year>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"
_NUMERIC = re.compile(NUMERIC_RX)


@lru_cache(maxsize=1)
def month_first_countries() -> frozenset[str]:
    path = data_dir() / "lexicon" / "date_order.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(r["country"].upper() for r in csv.DictReader(fh) if r["order"] == "MDY")


def article_order(text: str) -> bool | None:
    """True (day first) or False (month first) when an unambiguous numeric date in ``text``
    shows the order; None when none does or they disagree."""
    seen: set[bool] = set()
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b >= 1:
            seen.add(True)
        elif b > 12 >= a >= 1:
            seen.add(False)
    return next(iter(seen)) if len(seen) == 1 else None


def numeric_date(m: re.Match[str], ctx: Context) -> Got | None:
    a, b, y = int(m["a"]), int(m["b"]), _year(m["y"], ctx)
    if m["sep"] == "-" and len(m["y"]) == 2:
        return None  # "10-12-14" reads as a score or a code more often than a date
    readings = []
    for dayfirst in (True, False):
        day, month = (a, b) if dayfirst else (b, a)
        try:
            readings.append((dayfirst, date(y, month, day)))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) == 1:
        dayfirst, d = readings[0]
        return Got(d, d, f"numeric date {m.group()}: only {_order(dayfirst)} is a valid date")
    if a == b:
        d = readings[0][1]
        return Got(d, d, f"numeric date {m.group()}: both orders give the same day")
    if ctx.dayfirst is not None:
        d = dict(readings)[ctx.dayfirst]
        return Got(
            d,
            d,
            f"numeric date {m.group()}: {_order(ctx.dayfirst)}, as another date in the article shows",
        )
    if ctx.country:
        dayfirst = ctx.country.upper() not in month_first_countries()
        d = dict(readings)[dayfirst]
        return Got(
            d,
            d,
            f"numeric date {m.group()}: {_order(dayfirst)}, the habit in {ctx.country.upper()}",
        )
    lo, hi = sorted(d for _, d in readings)
    return Got(
        lo,
        hi,
        f"numeric date {m.group()}: day-first and month-first both valid; the range holds both",
    )


def ymd_date(m: re.Match[str], ctx: Context) -> Got | None:
    d = date(int(m["year"]), int(m["m"]), int(m["d"]))
    return Got(d, d, f"year-month-day date {m.group()}")


def _year(text: str, ctx: Context) -> int:
    """A two-digit year is the one nearest publication (or 2000 + n without one)."""
    if len(text) == 4:
        return int(text)
    n = int(text)
    ref = ctx.pub.year if ctx.pub else 2000
    base = ref // 100 * 100 + n
    return min((base - 100, base, base + 100), key=lambda y: abs(y - ref))


def _order(dayfirst: bool) -> str:
    return "day/month" if dayfirst else "month/day"
