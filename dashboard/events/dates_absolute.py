"""Calendar dates the text spells out: days, months, years, ranges of years, and years in a list.

A month or a day without a year takes the direction of its verb (see ``dates_tense``).
Any year Python's ``date`` holds is accepted when the words around it make it a year
("in 1777", "March 1814"); a bare number is a year only beside a noun or after a year word.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dashboard.events.dates_common import (
    MONTHS,
    WEEKDAYS,
    Context,
    Got,
    Part,
    add_months,
    month_span,
    part_of,
    pick_year,
    short_year_of,
    year_span,
)
from dashboard.events.dates_results import latest_reported_year, results_reported
from dashboard.model import DateRange


def full_date(m: re.Match[str], ctx: Context) -> Got:
    d = date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    return Got(d, d, f"explicit date '{m.group().strip()}'")


def iso_date(m: re.Match[str], ctx: Context) -> Got:
    d = date(int(m["year"]), int(m["m"]), int(m["d"]))
    return Got(d, d, f"ISO date {d.isoformat()}")


def week_of_month(m: re.Match[str], ctx: Context) -> Got | None:
    """'the first week of March (2023)': days 1-7, 8-14, 15-21, 22-28, or the last seven."""
    month = MONTHS[m["month"].lower()]
    if m["year"]:
        year, why = int(m["year"]), "explicit year"
    elif ctx.pub is not None:
        year, why = pick_year(ctx.pub, month, 14, ctx)
    else:
        return None
    start, end = month_span(year, month)
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        return Got(end - timedelta(days=6), end, f"the last week of {start:%B} {year} ({why})")
    first = {"first": 1, "second": 8, "third": 15, "fourth": 22}[nth]
    s = date(year, month, first)
    return Got(s, s + timedelta(days=6), f"the {nth} week of {start:%B} {year} ({why})")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def weekday_of_month(m: re.Match[str], ctx: Context) -> Got | None:
    """'the first Sunday of March (2023)', 'the last Friday in June': that one day (TimeML
    1.2.1 gives it a full date value, as HeidelTime's holiday rules compute such days); None
    when the month has no such day ('the fifth Monday of February 2023')."""
    month = MONTHS[m["month"].lower()]
    if m["year"]:
        year, why = int(m["year"]), "explicit year"
    elif ctx.pub is not None:
        year, why = pick_year(ctx.pub, month, 14, ctx)
    else:
        return None
    start, end = month_span(year, month)
    wd = WEEKDAYS[m["weekday"].lower()]
    nth = m["nth"].lower()
    if nth in ("last", "final"):
        d = end - timedelta(days=(end.weekday() - wd) % 7)
    else:
        d = start + timedelta(days=(wd - start.weekday()) % 7 + 7 * (_NTH[nth] - 1))
        if d > end:
            return None
    return Got(d, d, f"the {nth} {m['weekday']} of {start:%B} {year} ({why}) → {d.isoformat()}")


def month_year(m: re.Match[str], ctx: Context) -> Got:
    start, end = month_span(int(m["year"]), MONTHS[m["month"].lower()])
    return part_of(m["part"], start, end, f"month {start:%B} {start.year}")


def month_short_year(m: re.Match[str], ctx: Context) -> Got | None:
    """ "May '24", "June ’23", "March of '98": the month of the year the two digits name in publication's
    century, or the century before when that would lie over ten years ahead (Chicago Manual
    of Style 9.31: an apostrophe marks the omitted century digits)."""
    if ctx.pub is None or m["month"][0].islower():
        return None  # "may '24" is no month (the modal verb)
    year = short_year_of(int(m["yy"]), ctx.pub)
    start, end = month_span(year, MONTHS[m["month"].lower()])
    why = f"month {start:%B} {year} ('{m['yy']} read as {year}, the nearest not ten years ahead)"
    return part_of(m["part"], start, end, why)


def day_month(m: re.Match[str], ctx: Context) -> Got | None:
    assert ctx.pub is not None
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    if day < 1 or day > 31:
        return None
    year, why = pick_year(ctx.pub, month, day, ctx)
    d = date(year, month, day)
    return Got(d, d, f"'{m.group().strip()}' without a year: {why} → {d.isoformat()}")


def day_pair(m: re.Match[str], ctx: Context) -> Got | None:
    """'April 24 and 25' (and 'April 24-25, 1999'): both days, each reported as a part."""
    month, d1, d2 = MONTHS[m["month"].lower()], int(m["d1"]), int(m["day"])
    if m["month"][0].islower() or d2 <= d1:
        return None
    if m["year"]:
        year, why = int(m["year"]), "explicit year"
    else:
        if ctx.pub is None:
            return None
        year, why = pick_year(ctx.pub, month, d1, ctx)
    a, b = date(year, month, d1), date(year, month, d2)
    off = m.start()
    parts = (
        Part(
            m.start("month") - off, m.end("d1") - off, DateRange(a, a, 1, None, f"day {a} ({why})")
        ),
        Part(
            m.start("day") - off, m.end("day") - off, DateRange(b, b, 1, None, f"day {b} ({why})")
        ),
    )
    return Got(a, b, f"days {d1} and {d2} of {a:%B} {year} ({why})", parts)


def day_first_pair(m: re.Match[str], ctx: Context) -> Got | None:
    """'between 1 and 3 March 2024', 'the night of 5-6 May': the whole run of days, each
    end reported as a part (British order of day_pair)."""
    month, d1, d2 = MONTHS[m["month"].lower()], int(m["d1"]), int(m["day"])
    if m["month"][0].islower() or not 1 <= d1 < d2 <= 31:
        return None
    if m["year"]:
        year, why = int(m["year"]), "explicit year"
    else:
        if ctx.pub is None:
            return None
        year, why = pick_year(ctx.pub, month, d1, ctx)
    try:
        a, b = date(year, month, d1), date(year, month, d2)
    except ValueError:
        return None  # "30-31 February": no such days
    off = m.start()
    last = m.end("year") if m["year"] else m.end("month")
    parts = (
        Part(m.start("d1") - off, m.end("d1") - off, DateRange(a, a, 1, None, f"day {a} ({why})")),
        Part(m.start("day") - off, last - off, DateRange(b, b, 1, None, f"day {b} ({why})")),
    )
    return Got(a, b, f"days {d1} to {d2} of {a:%B} {year} ({why})", parts)


def day_of_named_month(m: re.Match[str], ctx: Context) -> Got | None:
    """'the 12th of last month', 'on the 3rd of next month': that day of the month counted
    from publication (TimeML 1.2.1 values the day; the month alone was coarser). Raises
    ValueError for a day the month lacks ('the 31st of next month' in a March story)."""
    assert ctx.pub is not None
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    y, mo = add_months(ctx.pub.year, ctx.pub.month, step)
    d = date(y, mo, int(m["day"]))
    return Got(
        d,
        d,
        f"day {d.day} of '{m['which'].lower()} month' from publication ({ctx.pub}) → {d.isoformat()}",
    )


def day_of_month(m: re.Match[str], ctx: Context) -> Got | None:
    """'on the 14th', 'by the 20th': a day of a month the text leaves to the reader (TimeML
    gives it the month of the reference time). The governing verb picks the latest such day
    on or before publication, or the next on or after it; with no verb read, publication's
    month. A day the month lacks ("the 31st" in April) moves to the month that has it."""
    assert ctx.pub is not None
    pub, day = ctx.pub, int(m["day"])
    if not 1 <= day <= 31:
        return None
    y, mo = pub.year, pub.month
    if ctx.direction:
        step = 1 if ctx.future else -1
        for _ in range(13):
            if day <= calendar.monthrange(y, mo)[1] and (
                date(y, mo, day) >= pub if ctx.future else date(y, mo, day) <= pub
            ):
                break
            y, mo = divmod(y * 12 + mo - 1 + step, 12)
            mo += 1
        way = f"the {'next' if ctx.future else 'latest'} one from publication ({ctx.direction})"
    elif day > calendar.monthrange(y, mo)[1]:
        return None
    else:
        way = "publication's month (no verb says otherwise)"
    d = date(y, mo, day)
    return Got(d, d, f"'{m.group().strip()}' without a month: {way} → {d.isoformat()}")


def month_only(m: re.Match[str], ctx: Context) -> Got | None:
    """'in October', 'last October', 'early December', 'late-November'."""
    assert ctx.pub is not None
    month = MONTHS[m["month"].lower()]
    which = (m.groupdict().get("which") or "").lower()
    pub = ctx.pub
    if m.group().lower().endswith(" year"):  # "May last year", "March of next year"
        step = {"last": -1, "this": 0, "next": 1}[which]
        year, why = pub.year + step, f"'{which} year' from publication ({pub})"
    elif which in ("last", "past", "previous"):
        year = pub.year if month < pub.month else pub.year - 1
        why = f"'last {m['month']}': the latest {m['month']} before publication's month"
    elif which == "next":
        year = pub.year if month > pub.month else pub.year + 1
        why = f"'next {m['month']}': the first {m['month']} after publication's month"
    elif which == "this":
        year, why = pub.year, f"'this {m['month']}': {m['month']} of publication's year"
    else:
        year, how = pick_year(pub, month, 1 if ctx.future else 28, ctx)
        if (reported := _month_reported(m, ctx, month)) is not None:
            year, how = reported, "the latest one over: its figures are still to be reported"
        why = f"'{m['month']}' without a year: {how}"
    start, end = month_span(year, month)
    return part_of(m.groupdict().get("part"), start, end, f"{why} → {start:%B} {year}")


def _month_reported(m: re.Match[str], ctx: Context, month: int) -> int | None:
    """The year of a month whose figures a verb told ahead reports ("will release September
    trade figures" on Oct. 26): the latest such month over, if it ended within a quarter of
    publication, as a quarter's results are read (``dates_results``: a period's figures are
    out only after it ends; IMF SDDS timeliness for monthly data); None otherwise."""
    if not ctx.future or ctx.pub is None:
        return None
    if not results_reported(ctx.sentence, m.start("month"), m.end("month")):
        return None
    return latest_reported_year(ctx.pub, month)


def year_range(m: re.Match[str], ctx: Context) -> Got | None:
    y1, y2 = int(m["y1"]), m["y2"]
    y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if y2i < y1 and len(y2) == 2:
        y2i += 100  # "1998-02" style ranges across a century
    if y2i <= y1 or y2i - y1 > 200:
        return None  # "2014-2012" or "1500-2000 troops" is not a span of years
    parts = (
        Part(m.start("y1") - m.start(), m.end("y1") - m.start(), _year_range(y1)),
        Part(m.start("y2") - m.start(), m.end("y2") - m.start(), _year_range(y2i)),
    )
    return Got(date(y1, 1, 1), date(y2i, 12, 31), f"year range {y1}–{y2i}", parts)


def _year_range(y: int) -> DateRange:
    s, e = year_span(y)
    return DateRange(s, e, 4, str(y), f"year {y}")


def year(m: re.Match[str], ctx: Context) -> Got:
    start, end = year_span(int(m["year"]))
    return part_of(m.groupdict().get("part"), start, end, f"year {m['year']}")


def short_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'in '98', 'the class of '05': an apostrophe and two digits are the year with those
    digits in the century up to ten years past publication ('98 is 1998 and '05 2005 in a
    2024 story; the window of Python's ``%y`` moved to the story's own time). None without
    a publication date: the century is then unknown."""
    if ctx.pub is None:
        return None
    year = short_year_of(int(m["yy"]), ctx.pub)
    start, end = year_span(year)
    return Got(
        start,
        end,
        f"'{m['yy']}: year {year}, the one ending so up to ten years past publication ({ctx.pub})",
    )


# US police reports give a place as "the N00 block of <street>" (a hundred-block)
_ADDRESS = frozenset({"block", "blocks", "hundred-block"})


def noun_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'the 1996 vote', 'a 1994 law': a four-digit number before a singular noun.

    A plural noun after it usually counts ("the 1500 troops"), so it is a year only
    within two centuries before publication or fifty years after (or any year with no
    publication date to judge by).
    """
    y = int(m["year"])
    noun = m["noun"].lower()
    if noun in _ADDRESS:
        return None  # "the 2400 block of South 13th Terrace": a US street address, no year
    plural = noun.endswith("s") and not noun.endswith("ss")
    if plural and ctx.pub is not None and not ctx.pub.year - 200 <= y <= ctx.pub.year + 50:
        return None
    start, end = year_span(y)
    why = f"year {y} naming the {noun}"
    part = Part(
        m.start("year") - m.start(),
        m.end("year") - m.start(),
        DateRange(start, end, 4, str(y), why),
    )
    return Got(start, end, why, (part,))


# how far before the trigger a date phrase may end and still modify it: a cap, as
# ``date_scope._MODIFIER_GAP`` tells which words may stand between
_MODIFIER_REACH = 6
# a year naming a noun ("A 1996 peace accord ended ...") takes its noun into the phrase; the
# noun may be the first of a compound whose head is the next word (Quirk et al. 1985 §17.108,
# noun premodification), which the gap may hold whatever its length: "accord", "agreement"
_COMPOUND_REACH = 14


def names_noun(phrase: str, precision: int) -> bool:
    """Whether a date phrase is a year naming a noun ("the 2014 currency": year precision 4,
    four digits and then one word closing the phrase, as ``noun_year`` reads it; not "since
    early December", a stretch): a "when" clause after that noun phrase ("the 2014
    currency collapse, when rioters looted ...") is anchored to the year, as one after a
    "since" year is (TimeML 1.2.1 guidelines: a temporal subordinator anchors its clause to
    the time named before it)."""
    return precision == 4 and _YEAR_THEN_NOUN.search(phrase) is not None


# a year and the one word it names, closing a date phrase: "the 2014 currency", "a 1996 peace"
_YEAR_THEN_NOUN = re.compile(r"\b\d{4}(?:['’]s)?\s+[A-Za-z][\w-]*$")


def noun_year_reach(phrase: str, precision: int) -> int:
    """How many characters may stand between a date phrase and the trigger it modifies:
    ``_COMPOUND_REACH`` after a year naming a noun ("A 1996 peace", year precision 4, the
    phrase ending in a word), else ``_MODIFIER_REACH``."""
    if names_noun(phrase, precision):
        return _COMPOUND_REACH
    return _MODIFIER_REACH


def post_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'post-1959', 'pre-2000': the year named, as its part; the range after or before it."""
    y = int(m["year"])
    pub = ctx.pub
    s, e = year_span(y)
    part = Part(
        m.start("year") - m.start(),
        m.end("year") - m.start(),
        DateRange(s, e, 4, str(y), f"year {y}"),
    )
    if m["dir"].lower() == "post":
        if pub is None or pub.year <= y:
            return None
        return Got(date(y + 1, 1, 1), pub, f"after {y}, up to publication", (part,))
    return None  # "pre-2000": no start to give
