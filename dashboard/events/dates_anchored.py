"""Phrases anchored on a happening or on the period under discussion, not on publication.

- "the day after the shooting", "the day before the vote": one day from the happening the
  noun names. The text dates the happening, if at all, with the date the narrative is at
  (the last one named), so that date moves by a day (TimeML anchors such a phrase on its
  event: Pustejovsky et al. 2003, the TIMEX3 attribute anchorTimeID; TIMEN, Llorens et al.
  2012, takes the reference time as that anchor). Told in apposition to a
  day ("He was last seen Nov. 3, the day before ..."), the phrase names that day.
- "the year-earlier quarter", "the year-ago period", "the year-earlier first half": the
  period under discussion, one year back (HeidelTime's English rules date_r11b, date_r23a,
  date_r23b: UNDEF-REF-year-MINUS-1, UNDEF-REF-quarter-MINUS-4).
- "the same month last year", "the same period a year earlier": the unit of the date named
  before, a year back (as the year-earlier rules; one DATE in TimeML).
- "a year earlier" after a month, a quarter or a half: that month, quarter or half a year
  back, not the whole year (HeidelTime date_r22a/b, UNDEF-REFUNIT-year-MINUS-1: the unit of
  the reference date).
- "the following Monday", "the next Sunday", "the previous Friday": that weekday after or
  before the day the narrative is at (TimeML anchors it on the reference time; HeidelTime's
  English date_r17g reads "the following" + a unit as UNDEF-REF-unit-PLUS-1). With no day
  named before, the same weekday from publication, as "next Monday" and "last Friday" are.
- "a historic day for the country", "a sad day in our history": the day the narrative is at
  (the last day named), told in the past or present; nothing with no day named before or with
  a verb that looks ahead ("it will be a historic day"). The adjectives are data
  (``data/lexicon/day_adjectives.csv``, a source per row).

Each handler takes ``(match, Context)`` and returns a ``Got`` or ``None`` (no anchor, or none
of the right size): the phrase is then no date the text gives.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events.dates_common import (
    MONTH_WORDS_RX,
    MONTHS,
    WEEKDAY_WORDS_RX,
    WEEKDAYS,
    Context,
    Got,
    add_months,
    fmt_range,
    month_span,
    week_of,
)
from dashboard.model import DateRange
from dashboard.paths import data_dir

# the date right before ", the day before": a day of the month, a year, a weekday, a day word
_APPOSITION = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b\d{4}|day|yesterday|today|tomorrow|\b(?:"
    + MONTH_WORDS_RX
    + r")\.?)\s*,\s*$",
    re.IGNORECASE,
)
# where the happening's noun phrase ends ("Oct. 8" keeps its dot)
_CLAUSE_END = re.compile(r"[,;:]|\.(?=\s+[A-Z\"“]|\s*$)")
_PARTS = {
    "first quarter": (1, 3),
    "second quarter": (4, 3),
    "third quarter": (7, 3),
    "fourth quarter": (10, 3),
    "first half": (1, 6),
    "second half": (7, 6),
}


def day_after_event(m: re.Match[str], ctx: Context) -> Got | None:
    """'the day after the shooting': the day named before, moved by one day; in apposition to
    that day ('Nov. 3, the day before police ...') the day itself. None without a named day."""
    from dashboard.events.dates import find_dates

    anchor = ctx.anchor  # the date the text named last; never publication (``_apply``)
    step = -1 if m["dir"].lower() == "before" else 1
    rest = _CLAUSE_END.split(m.string[m.end() :], maxsplit=1)[0]
    if find_dates(rest, ctx.pub, future=ctx.future, country=ctx.country):
        return None  # "the day after the Oct. 5 vote" names its own day (``day_around``)
    if anchor is None or anchor.precision != 1:
        return None
    label = f"the date named before ({fmt_range(anchor.start, anchor.end)})"
    if _APPOSITION.search(m.string[: m.start()]):
        why = f"'{m.group().strip()} ...' in apposition to {label}: that day"
        return Got(anchor.start, anchor.end, why, relative=False)
    d = anchor.start + timedelta(days=step)
    why = f"'{m.group().strip()} ...': the happening dated by {label}, one day {m['dir'].lower()}"
    return Got(d, d, why, relative=False)


def weekday_from_anchor(m: re.Match[str], ctx: Context) -> Got | None:
    """'the following Monday': the first Monday after the day named before; 'the previous
    Sunday' the last Sunday before it. No day named before: counted from publication.
    None after a week, month or longer (the text does not say which week)."""
    ahead = m["which"].lower() in ("following", "next")
    target = WEEKDAYS[m["weekday"].lower()]
    if ctx.anchor is not None:
        if ctx.anchor.precision != 1:
            return None
        ref, label = ctx.anchor.start, f"the date named before ({ctx.anchor.start})"
        relative = False
    elif ctx.pub is not None:
        ref, label, relative = ctx.pub, f"publication ({ctx.pub})", True
    else:
        return None
    if ahead:
        d = ref + timedelta(days=(target - ref.weekday()) % 7 or 7)
    else:
        d = ref - timedelta(days=(ref.weekday() - target) % 7 or 7)
    way = "first" if ahead else "last"
    why = f"'{m.group().strip()}': the {way} {m['weekday'].capitalize()} {'after' if ahead else 'before'} {label}"
    return Got(d, d, why, relative=relative)


def month_from_anchor(m: re.Match[str], ctx: Context) -> Got | None:
    """'the following March': the first March after the date named before; 'the preceding
    June' the last June before it (TimeML 1.2.1 anchors such a phrase on the time the
    narrative is at). No date named before: counted from publication."""
    ahead = m["which"].lower() == "following"
    month = MONTHS[m["month"].lower()]
    if ctx.anchor is not None:
        ref = ctx.anchor.end if ahead else ctx.anchor.start
        label, relative = (
            f"the date named before ({fmt_range(ctx.anchor.start, ctx.anchor.end)})",
            False,
        )
    elif ctx.pub is not None:
        ref, label, relative = ctx.pub, f"publication ({ctx.pub})", True
    else:
        return None
    if ahead:
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = ref.year if month < ref.month else ref.year - 1
    start, end = month_span(year, month)
    way = "first" if ahead else "last"
    why = f"'{m.group().strip()}': the {way} {start:%B} {'after' if ahead else 'before'} {label} → {start:%B} {year}"
    return Got(start, end, why, relative=relative)


# "every day is a great day for peace": a saying about any day, not one day
_GENERIC_DAY = re.compile(r"(?i)\b(?:every|each|any)\s+day\b")


def evaluated_day(m: re.Match[str], ctx: Context) -> Got | None:
    """'a historic day for the country': the day named before, when the verb does not look
    ahead. None without a named day (the text then gives no day for it)."""
    anchor = ctx.anchor
    if anchor is None or anchor.precision != 1 or ctx.future or _GENERIC_DAY.search(m.string):
        return None
    label = f"the date named before ({fmt_range(anchor.start, anchor.end)})"
    return Got(
        anchor.start, anchor.end, f"'{m.group().strip()}': the day of {label}", relative=False
    )


@lru_cache(maxsize=1)
def day_adjectives() -> tuple[str, ...]:
    """Adjectives that make 'a ... day' the day of a happening (data/lexicon/day_adjectives.csv).

    Raises ValueError naming the row when a row has no source."""
    path = data_dir() / "lexicon" / "day_adjectives.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if not (row.get("source") or "").strip() or not re.fullmatch(r"[a-z-]+", row["adjective"]):
            raise ValueError(f"day_adjectives.csv: no source or not one word in {row!r}")
    return tuple(sorted((r["adjective"] for r in rows), key=len, reverse=True))


def evaluated_day_pattern() -> str:
    """'a/the/what a' + an adjective of the lexicon + 'day', then 'for'/'in' or the clause's end."""
    adjs = "|".join(map(re.escape, day_adjectives()))
    return (
        rf"\b(?:(?:what\s+)?an?|the|this|today\s+is\s+an?)\s+(?:very\s+|truly\s+)?(?:{adjs})\s+day\b"
        r"(?=\s+(?:for|in)\b|\s*[,.;:!?\"”’']|\s*$)"
    )


def year_earlier_part(m: re.Match[str], ctx: Context) -> Got | None:
    """'the year-earlier quarter', 'the year-ago period', 'the year-earlier first half': the
    period under discussion (the date named before) one year back. None without one."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    what = " ".join(m["what"].lower().replace("-", " ").split())
    y = anchor.start.year - 1
    if what in _PARTS:
        first, months = _PARTS[what]
        s, e = _months(y, first, months)
    elif what == "quarter":
        s, e = _months(y, (anchor.start.month - 1) // 3 * 3 + 1, 3)
    elif what in ("half", "half year"):
        s, e = _months(y, 1 if anchor.start.month <= 6 else 7, 6)
    elif what == "month":
        s, e = month_span(y, anchor.start.month)
    else:  # "period": the span under discussion, whatever its size
        s, e = _back_a_year(anchor.start), _back_a_year(anchor.end)
    label = fmt_range(anchor.start, anchor.end)
    return Got(s, e, f"'{m.group().strip()}': the date named before ({label}) one year back")


def unit_under_discussion(m: re.Match[str], ctx: Context) -> Got | None:
    """'in the quarter', 'for the month', 'in the period': the date named before when it is
    one whole calendar quarter or month ('the period': a whole month, quarter or half), else
    None (TimeML anchors the phrase on the period under discussion, never on publication)."""
    a = ctx.anchor
    if a is None or a.start.day != 1 or a.end != month_span(a.end.year, a.end.month)[1]:
        return None
    months = (a.end.year - a.start.year) * 12 + a.end.month - a.start.month + 1
    unit = m["unit"].lower()
    aligned = (a.start.month - 1) % months == 0
    wanted = {"quarter": (3,), "month": (1,), "period": (1, 3, 6)}[unit]
    if months not in wanted or not aligned:
        return None
    label = fmt_range(a.start, a.end)
    return Got(a.start, a.end, f"'{m.group().strip()}': the {unit} named before ({label})")


def same_unit_year_before(m: re.Match[str], ctx: Context) -> Got | None:
    """'the same month last year', 'the same quarter a year earlier', 'the same period of
    the previous year': the unit of the date named before, one year back (as the year-earlier
    rules above). A day needs a named day; 'period'/'time'/'season' keep the anchor's span."""
    anchor = ctx.anchor
    unit = m["unit"].lower()
    if anchor is None or (unit == "day" and anchor.precision != 1):
        # no period named to go back from: the year before, which the phrase surely falls in
        ref = anchor.start if anchor is not None else ctx.pub
        if ref is None:
            return None
        s, e = date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)
        return Got(s, e, f"'{m.group().strip()}': no {unit} named before; the year {ref.year - 1}")
    d = _back_a_year(anchor.start)
    if unit == "day":
        s, e = d, d
    elif unit == "week":
        s, e = week_of(d)
    elif unit == "month":
        s, e = month_span(d.year, d.month)
    elif unit == "quarter":
        s, e = _months(d.year, (d.month - 1) // 3 * 3 + 1, 3)
    else:
        s, e = d, _back_a_year(anchor.end)
    label = fmt_range(anchor.start, anchor.end)
    return Got(
        s, e, f"'{m.group().strip()}': the {unit} of the date named before ({label}), a year back"
    )


def same_unit_a_year_off(anchor: DateRange, years: int) -> tuple[date, date] | None:
    """``anchor`` moved by ``years`` when it is a whole calendar month, quarter or half-year
    (HeidelTime's REFUNIT: 'a year earlier' keeps the reference's unit); else None."""
    s, e = anchor.start, anchor.end
    if s.day != 1:
        return None
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if months not in (1, 3, 6) or e != month_span(e.year, e.month)[1]:
        return None
    if (months == 3 and (s.month - 1) % 3) or (months == 6 and (s.month - 1) % 6):
        return None
    return _months(s.year + years, s.month, months)


def _months(year: int, first: int, months: int) -> tuple[date, date]:
    y, mo = add_months(year, first, months - 1)
    return date(year, first, 1), month_span(y, mo)[1]


def _back_a_year(d: date) -> date:
    if d.month == 2 and d.day == 29:
        return date(d.year - 1, 2, 28)
    return d.replace(year=d.year - 1)


# "from March to May", "between May 3 and June 1": the two ends of one range
_PAIR_GAP = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*", re.IGNORECASE)
_PAIR_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_PAIR_OPENS = ("from ", "between ")
_HAS_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
# a month named in the phrase: a weekday's week, not its year, is what a range would move
_HAS_MONTH = re.compile(r"\b(?:" + MONTH_WORDS_RX + r")\b", re.IGNORECASE)


# a phrase that fixes its own week, month or year ("Wednesday this week", "last March") is no
# end a range may move
_FIXED = re.compile(r"\b(?:this|last|next|past|coming|previous|week|year)\b", re.IGNORECASE)


def in_order(a: DateRange, b: DateRange, b_explicit: bool) -> tuple[DateRange, DateRange] | None:
    """The ends of a range 'from <a> to <b>' put in order, or None when they stay as read.

    ``a`` names no year and either ``b`` names one ('from March to May 2023': March 2023, as
    TimeML values a range's shared year) or ``a`` was read after ``b`` ('rose from March to
    May' in a March story read March this year and May last year; 'ran from Wednesday to
    Friday' on a Thursday read this Wednesday and last Friday). Told as ahead the second end
    moves on, unless the first was put a year ahead only by its verb; else the first moves
    back (a year, or weeks for a weekday). An end that fixes its own week or year stays."""
    a_text, b_text = a.text or "", b.text or ""
    if a.precision not in (1, 3) or b.precision not in (1, 3) or _HAS_YEAR.search(a_text):
        return None
    if (a.start <= b.start and not b_explicit) or _FIXED.search(a_text):
        return None
    month = bool(_HAS_MONTH.search(a_text))
    if not month and (a.precision != 1 or b_explicit or not _HAS_WEEKDAY.search(a_text)):
        return None
    b_moves = not b_explicit and not _FIXED.search(b_text) and not _HAS_YEAR.search(b_text)
    if "future" in a.reason and b_moves and "rules out publication's year" not in a.reason:
        moved = _moved(b, a.start, month, later=True)
        return (a, moved) if moved else None
    moved = _moved(a, b.start, month, later=False)
    return (moved, b) if moved else None


def _moved(r: DateRange, other: date, month: bool, *, later: bool) -> DateRange | None:
    """``r`` moved by whole years (a month or a day of one) or weeks (a weekday) to the
    nearest reading on or before ``other`` (``later``: on or after it)."""
    if month:
        before = (r.start.month, r.start.day) <= (other.month, other.day)
        year = (
            (other.year if before else other.year - 1)
            if not later
            else (
                other.year
                if (r.start.month, r.start.day) >= (other.month, other.day)
                else other.year + 1
            )
        )
        if year == r.start.year:
            return None
        try:
            s, e = (
                month_span(year, r.start.month)
                if r.precision == 3
                else (r.start.replace(year=year),) * 2
            )
        except ValueError:
            return None  # 29 February in a common year
    else:
        weeks = (abs((r.start - other).days) + 6) // 7
        s = e = r.start + timedelta(days=7 * weeks * (1 if later else -1))
    side = "end" if later else "start"
    why = f"{r.reason}; the {side} of a range with {other}: {fmt_range(s, e)}"
    return DateRange(s, e, r.precision, r.text, why)


_HAS_WEEKDAY = re.compile(r"\b(?:" + WEEKDAY_WORDS_RX + r")\b", re.IGNORECASE)


_PAIR_JOIN = re.compile(r"(?:to|until|till|through|and)\s", re.IGNORECASE)


# "in May and June 2024", "in May and in June 2024": the preposition may be said again
_LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?:and|or)\s+(?:(?:in|during|since|until|by|through)\s+)?", re.IGNORECASE
)


def shared_year(text: str, a_end: int, b_start: int, b_text: str) -> bool:
    """Are two phrases joined as a list ('in January and February 2008', 'May or June 2023'),
    so that the second's year is the first's too?"""
    return bool(_LIST_GAP.fullmatch(text, a_end, b_start)) or (
        not text[a_end:b_start].strip() and re.match(r"(?:and|or)\s", b_text, re.I) is not None
    )


def range_pair(text: str, a_start: int, a_end: int, a_text: str, b_start: int, b_text: str) -> bool:
    """Are two phrases the ends of one range ('from March to May', 'between 3 and 5 May')?
    The joining word may open the second phrase ('to May')."""
    joined = _PAIR_GAP.fullmatch(text, a_end, b_start) or (
        not text[a_end:b_start].strip() and _PAIR_JOIN.match(b_text)
    )
    if not joined:
        return False
    return a_text.lower().startswith(_PAIR_OPENS) or bool(
        _PAIR_OPEN.search(text, max(0, a_start - 12), a_start)
    )
