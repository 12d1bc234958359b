"""The publication day an article's header line gives: ``date Tuesday, 6 May 2025``,
``Date: 6 May 2025, 14:05``, ``Published: 2025-05-06T14:05:00Z``, ``Updated May 6, 2025
2:05 p.m. ET``, ``date 07/05/2025``.

A header line is read only when the whole of its value is one date, with at most a weekday
before it and a clock time and a zone after it, so that a sentence ("Published in 1998, the
report…") is never taken for a header. The day is the one written, in the zone written: the
outlet's own day, as ``articles/formats.py:local_day`` keeps it for feeds.

A numeric day and month that could be either way round (``07/05/2025``) is settled as the
event reader settles one in a text (``dates_numeric``): by validity, then by the weekday the
line names, then by the article's own unambiguous numeric dates. The country rule of
``date_order.csv`` needs the article's places, which are not read yet, so with none of the
others the day is left unread and the article undated: a publication day two months off
would move every "on Tuesday" in the text with it.

>>> header_day("Tuesday, 6 May 2025").day
datetime.date(2025, 5, 6)
>>> header_day("07/05/2025").day is None
True
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import NamedTuple

_MONTH_NAMES = {m.lower(): n for n, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES |= {m.lower(): n for n, m in enumerate(calendar.month_abbr) if m}
_MONTH_NAMES["sept"] = 9
_WEEKDAYS = {d.lower(): n for n, d in enumerate(calendar.day_name)}
_WEEKDAYS |= {d.lower(): n for n, d in enumerate(calendar.day_abbr)}
_WEEKDAYS |= {"tues": 1, "wednes": 2, "thur": 3, "thurs": 3}

_MONTH = r"(?i:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<wd>(?i:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r"))\.?,?"
_ORD = r"(?i:st|nd|rd|th)?"
_DAY_VALUE = (
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<d1>\d{{1,2}}){_ORD}\s+(?:(?i:of)\s+)?(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})/(?P<m4>\d{1,2})/(?P<d4>\d{1,2})"
)
# a clock time: "14:05", "14:05:00.123", "2:05 p.m.", "2pm", "14h05"
_CLOCK = r"\d{1,2}(?:[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?i:[ap]\.?\s?m\.?)?"
# a zone: "Z", "+02:00", "UTC+2", "GMT", "ET", "(EDT)", "local time"
_ZONE = (
    r"(?:Z|[+\-−]\d{2}:?\d{2}|\(?(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?\)?"
    r"|\(?[A-Z]{1,5}\)?|(?i:local\s+time))"
)
# a clock time printed before the date ("10:42 BST, Wed 19 Jun 2024", "14:02 GMT 19 June
# 2024", as British outlets' pages print it): minutes or a.m./p.m. are needed, so that a bare
# number before a date is never taken for an hour
_LEAD_CLOCK = r"\d{1,2}(?:[:.h]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?\s?m\.?))?|\s*(?i:[ap]\.?\s?m\.?))"
_LEAD = rf"(?:(?P<lead>{_LEAD_CLOCK})(?:\s*{_ZONE})?\s*(?:,|\||-|–|—|\s(?i:on)\s)?\s*)?"
_TAIL = (
    rf"(?:(?:\s*(?:,|\||-|–|—|\s(?i:at))\s*|T|\s+)(?P<clock>{_CLOCK}))?"
    rf"(?:\s*{_ZONE})?\s*\Z"
)
_VALUE = re.compile(rf"\s*{_LEAD}(?:{_WEEKDAY}\s*)?(?:{_DAY_VALUE}){_TAIL}")
# a day and month with no year ("June 19", "Wed 19 Jun, 10:42"): no publication day, as a
# TimeML document creation time needs its year, but a header line all the same
_YEARLESS = re.compile(
    rf"\s*{_LEAD}(?:{_WEEKDAY}\s*)?"
    rf"(?:(?P<d1>\d{{1,2}}){_ORD}\s+(?:(?i:of)\s+)?(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD}){_TAIL}"
)


class HeaderDay(NamedTuple):
    """What a header value gives: the day (None when it is not read) and why."""

    day: date | None
    why: str


def header_day(value: str, body: str = "") -> HeaderDay:
    """The day a header line's value names, or None with the reason (``body``: the article's
    text, whose unambiguous numeric dates settle a day/month order the line leaves open).

    >>> header_day("May 6, 2025 2:05 p.m. ET").day
    datetime.date(2025, 5, 6)
    >>> header_day("Published in 1998, the report").why
    'not a date'
    """
    m = _VALUE.match(value)
    if m is None or not _clocks_ok(m):
        return HeaderDay(None, "not a date")
    readings = _readings(m)
    if m["wd"]:
        weekday = _WEEKDAYS[m["wd"].lower()]
        named = [r for r in readings if r[1].weekday() == weekday]
        if not named:
            return HeaderDay(None, f"{m['wd']} is not the weekday of the date")
        readings = named
    days = {d for _, d in readings}
    if len(days) == 1:
        return HeaderDay(days.pop(), "as written")
    if not days:
        return HeaderDay(None, "no such day")
    from dashboard.events.dates_numeric import article_order

    order = article_order(body)
    if order is not None:
        return HeaderDay(dict(readings)[order], "day/month order of the article's other dates")
    a, b = int(m["a"]), int(m["b"])
    return HeaderDay(
        None,
        f"{m['a']}{m['sep']}{m['b']}{m['sep']}{m['y3']} is {_spoken(a, b)} day-first "
        f"and {_spoken(b, a)} month-first, and nothing in the article says which",
    )


def _readings(m: re.Match[str]) -> list[tuple[bool, date]]:
    """The valid (day-first?, day) readings of the matched value: one for every form but a
    numeric one, which may have two."""
    if m["iso"]:
        y, mo, d = (int(p) for p in m["iso"].split("-"))
        return _valid([(True, y, mo, d)])
    if m["y1"] or m["y2"]:
        month = _MONTH_NAMES[(m["m1"] or m["m2"]).rstrip(".").lower()]
        return _valid([(True, int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))])
    if m["y4"]:
        return _valid([(True, int(m["y4"]), int(m["m4"]), int(m["d4"]))])
    a, b, y = int(m["a"]), int(m["b"]), int(m["y3"])
    return _valid([(True, y, b, a), (False, y, a, b)])


def _valid(parts: list[tuple[bool, int, int, int]]) -> list[tuple[bool, date]]:
    out = []
    for dayfirst, y, mo, d in parts:
        try:
            out.append((dayfirst, date(y, mo, d)))
        except ValueError:
            continue
    return out


def yearless(value: str) -> tuple[int, int] | None:
    """The (month, day) of a header value that is wholly a day and month with no year, with
    at most a weekday, a clock time and a zone ("June 19", "Wed 19 Jun 10:42 BST"); None
    for anything else, a day no month holds ("June 31") included.

    >>> yearless("Wed 19 Jun, 10:42 BST")
    (6, 19)
    >>> yearless("June 19 was a hot day") is None
    True
    """
    m = _YEARLESS.match(value)
    if m is None or not _clocks_ok(m):
        return None
    month = _MONTH_NAMES[(m["m1"] or m["m2"]).rstrip(".").lower()]
    day = int(m["d1"] or m["d2"])
    # 2024 is a leap year, so 29 February is a day some year holds
    return (month, day) if day <= calendar.monthrange(2024, month)[1] and day > 0 else None


def _clocks_ok(m: re.Match[str]) -> bool:
    """One clock time at most, before or after the date, within the day."""
    if m["lead"] and m["clock"]:
        return False
    return _clock_ok(m["lead"]) and _clock_ok(m["clock"])


def _clock_ok(clock: str | None) -> bool:
    """A clock time within the day (no "25:00"), or none."""
    if not clock:
        return True
    hours, minutes = re.match(r"(\d{1,2})\D?(\d{2})?", clock).groups()  # type: ignore[union-attr]
    return int(hours) < 24 and int(minutes or 0) < 60


def _spoken(day: int, month: int) -> str:
    return f"{day} {calendar.month_name[month]}"
