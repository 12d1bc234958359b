"""Resolve date phrases against the publication date into ranges with a time precision.

Precision (ACLED's ``time_precision`` plus one):
1 a day; 2 a week or a few days; 3 a month (or a part of one); 4 anything longer than a
month: a season, a year, a span of years.

Reference date (ACLED codebook): a week-precision event is dated to the middle of the week
(Thursday of a Monday-Sunday week), a month-precision one to mid-month, unless the text
says the beginning or the end of the month, which take the first or the last day.
``reference_date`` applies that rule; ranges themselves always keep both ends.

Weeks run Monday to Sunday (ISO 8601). A bare weekday is the most recent one on or before
publication, or the next one on or after it when the verb looks to the future.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dashboard.model import DateRange

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_PART = r"(?P<part>early|earlier|mid|middle|late|later|the (?:beginning|start|end) of)"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    range: DateRange
    relative: bool  # depends on the publication date


def precision_for(start: date, end: date) -> int:
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3 if days <= 31 else 4


def reference_date(r: DateRange) -> date:
    """ACLED's single event date for a range (see the module docstring)."""
    if r.precision == 3 and r.text and re.search(r"\b(early|beginning|start)\b", r.text, re.I):
        return r.start
    if r.precision == 3 and r.text and re.search(r"\b(late|end)\b", r.text, re.I):
        return r.end
    return r.start + (r.end - r.start) // 2


def publication_range(published: date) -> DateRange:
    return DateRange(published, published, 1, None, "no date phrase: publication date used")


def shift(r: DateRange, days: int, phrase: str, anchor_label: str) -> DateRange:
    """'two days after X': X's range moved by ``days``."""
    start, end = r.start + timedelta(days=days), r.end + timedelta(days=days)
    reason = f"'{phrase}' {anchor_label} ({_fmt(r)}) → {_fmt_range(start, end)}"
    return DateRange(start, end, r.precision, phrase, reason)


def find_dates(text: str, published: date | None, *, future: bool = False) -> list[DateMention]:
    """Every date phrase in ``text`` that resolves, left to right, without overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, handler, relative in _RULES:
        if relative and published is None:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                got = handler(m, published, future)
            except (ValueError, OverflowError):
                got = None  # "31 February", year 0: not a date
            if got is None:
                continue
            start, end, reason = got
            if start > end:
                continue
            phrase = m.group().strip()
            rng = DateRange(start, end, precision_for(start, end), phrase, reason)
            found.append(DateMention(m.start(), m.end(), phrase, rng, relative))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


# ---------------------------------------------------------------- rule handlers

Got = tuple[date, date, str] | None
Handler = Callable[[re.Match[str], date | None, bool], Got]


def _full_date(m: re.Match[str], pub: date | None, future: bool) -> Got:
    d = date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    return d, d, f"explicit date '{m.group().strip()}'"


def _iso_date(m: re.Match[str], pub: date | None, future: bool) -> Got:
    d = date(int(m["year"]), int(m["m"]), int(m["d"]))
    return d, d, f"ISO date {d.isoformat()}"


def _month_year(m: re.Match[str], pub: date | None, future: bool) -> Got:
    start, end = _month_span(int(m["year"]), MONTHS[m["month"].lower()])
    return _part_of(m, start, end, f"month {start:%B %Y}")


def _day_month(m: re.Match[str], pub: date | None, future: bool) -> Got:
    assert pub is not None
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    year = _year_for(pub, month, day, future)
    d = date(year, month, day)
    return (
        d,
        d,
        f"'{m.group().strip()}' without a year: {'next' if future else 'latest'} one relative to publication {pub}",
    )


def _month_only(m: re.Match[str], pub: date | None, future: bool) -> Got:
    assert pub is not None
    month = MONTHS[m["month"].lower()]
    year = _year_for(pub, month, 1, future)
    start, end = _month_span(year, month)
    return _part_of(m, start, end, f"'{m['month']}' without a year → {start:%B %Y}")


def _year_range(m: re.Match[str], pub: date | None, future: bool) -> Got:
    y1, y2 = int(m["y1"]), m["y2"]
    y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if y2i < y1:
        y2i += 100  # "1998-02" style ranges across a century
    return date(y1, 1, 1), date(y2i, 12, 31), f"year range {y1}–{y2i}"


def _year(m: re.Match[str], pub: date | None, future: bool) -> Got:
    start, end = date(int(m["year"]), 1, 1), date(int(m["year"]), 12, 31)
    return _part_of(m, start, end, f"year {m['year']}")


def _weekday(m: re.Match[str], pub: date | None, future: bool) -> Got:
    assert pub is not None
    target = WEEKDAYS[m["weekday"].lower()]
    future = future or m.group().lower().startswith("next")
    if future:
        d = pub + timedelta(days=(target - pub.weekday()) % 7)
        why = "next"
    else:
        d = pub - timedelta(days=(pub.weekday() - target) % 7)
        why = "most recent"
    return (
        d,
        d,
        f"{why} {m['weekday'].capitalize()} on or {'after' if future else 'before'} publication ({pub})",
    )


def _relative_day(m: re.Match[str], pub: date | None, future: bool) -> Got:
    assert pub is not None
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["word"].lower()]
    d = pub + timedelta(days=offset)
    return d, d, f"'{m['word']}' relative to publication ({pub})"


def _relative_period(m: re.Match[str], pub: date | None, future: bool) -> Got:
    assert pub is not None
    which, unit = m["which"].lower(), m["unit"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    start, end = _period(pub, unit, step)
    got = _part_of(m, start, end, f"'{which} {unit}' relative to publication ({pub})")
    if got and m["part"] and m["part"].lower() in ("earlier", "later") and step == 0:
        # "earlier this year" runs up to publication; "later this year" starts after it
        _s, _e, why = got
        return (start, pub, why) if m["part"].lower() == "earlier" else (pub, end, why)
    return got


def _ago(m: re.Match[str], pub: date | None, future: bool) -> Got:
    assert pub is not None
    n = _number(m["num"])
    unit = m["unit"].lower().rstrip("s")
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
    d = pub - timedelta(days=days)
    if unit == "day":
        return d, d, f"{n} day(s) before publication ({pub})"
    if unit == "week":
        start = d - timedelta(days=d.weekday())
        return start, start + timedelta(days=6), f"{n} week(s) before publication ({pub})"
    if unit == "month":
        s, e = _month_span(d.year, d.month)
        return s, e, f"{n} month(s) before publication ({pub})"
    return date(d.year, 1, 1), date(d.year, 12, 31), f"{n} year(s) before publication ({pub})"


def _since(m: re.Match[str], pub: date | None, future: bool) -> Got:
    """'since X': an open range from X's start to publication."""
    inner = find_dates(f"in {m['what']}", pub)
    if not inner or pub is None:
        return None
    first = inner[0].range
    if first.start > pub:
        return None
    return first.start, pub, f"'since' {first.reason}, open until publication ({pub})"


# ---------------------------------------------------------------- helpers


def _part_of(m: re.Match[str], start: date, end: date, why: str) -> Got:
    part = (m.groupdict().get("part") or "").lower()
    if not part or part in ("earlier", "later"):
        return start, end, why
    span = (end - start).days + 1
    third = span // 3
    if part in ("early", "the beginning of", "the start of"):
        return start, start + timedelta(days=third - 1), f"early part of {why}"
    if part in ("late", "the end of"):
        return end - timedelta(days=third - 1), end, f"late part of {why}"
    return start + timedelta(days=third), end - timedelta(days=third), f"middle of {why}"


def _period(pub: date, unit: str, step: int) -> tuple[date, date]:
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return _month_span(y, mo + 1)
    if unit == "year":
        return date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)
    # weekend
    saturday = (
        pub - timedelta(days=(pub.weekday() - 5) % 7) + timedelta(weeks=step if step > 0 else 0)
    )
    if step < 0 and pub.weekday() >= 5:
        saturday -= timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1)


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_for(pub: date, month: int, day: int, future: bool) -> int:
    candidate = date(pub.year, month, min(day, 28))
    if future:
        return (
            pub.year if candidate >= date(pub.year, pub.month, min(pub.day, 28)) else pub.year + 1
        )
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _fmt(r: DateRange) -> str:
    return _fmt_range(r.start, r.end)


def _fmt_range(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}–{end.isoformat()}"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_PART_OPT = rf"(?:{_PART}[ -](?:of )?)?"
_RULES: list[tuple[re.Pattern[str], Handler, bool]] = [
    (_rx(r"\bsince (?P<what>(?:(?:early|mid|late|the (?:beginning|start|end) of) )?(?:(?:last|this) (?:week|month|year)|[A-Z][a-z]+\.?(?: \d{1,2},?)?(?: \d{4})?|\d{4}))\b"), _since, True),
    (_rx(rf"\b{_DAY} {_MONTH},? {_YEAR}\b"), _full_date, False),
    (_rx(rf"\b{_MONTH} {_DAY},? {_YEAR}\b"), _full_date, False),
    (_rx(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), _iso_date, False),
    (_rx(r"\b(?:from |between )?(?P<y1>1[6-9]\d\d|20\d\d) ?(?:-|–|—|to|and|through|until) ?(?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b"), _year_range, False),
    (_rx(rf"\b{_PART_OPT}{_MONTH},? {_YEAR}\b"), _month_year, False),
    (_rx(rf"\b(?:on )?{_DAY} {_MONTH}\b"), _day_month, True),
    (_rx(rf"\b(?:on )?{_MONTH} {_DAY}\b(?!,? \d{{4}})"), _day_month, True),
    (_rx(rf"\b(?:{_PART}[ -](?:of )?)?(?P<which>last|past|previous|this|next|coming) (?P<unit>week|month|year|weekend)\b"), _relative_period, True),
    (_rx(rf"\b{_NUM} (?P<unit>days?|weeks?|months?|years?) ago\b"), _ago, True),
    (_rx(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b"), _relative_day, True),
    (_rx(rf"\b(?:on |last |this |next )?{_WEEKDAY}\b"), _weekday, True),
    (_rx(rf"\b(?:in |during |since |of )(?:{_PART}[ -](?:of )?)?{_YEAR}\b"), _year, False),
    (_rx(rf"\b(?:in |during |until |by )(?:{_PART}[ -](?:of )?)?{_MONTH}\b(?! \d)"), _month_only, True),
]  # fmt: skip
