"""Phrases that count from publication or from the date the narrative is at.

Weeks run Monday to Sunday (ISO 8601). A bare weekday is the most recent one on or before
publication, or the next one on or after it when its verb looks ahead; "last Friday"
written on a Friday is the week before. "Now", "currently" and their kind (TimeML's
PRESENT_REF) name the time of writing without a width: they resolve to the seven days
ending at publication, precision 2, never to the publication day itself.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events.dates_anchored import same_unit_a_year_off
from dashboard.events.dates_common import (
    WEEKDAYS,
    Context,
    Got,
    Part,
    _part_days,
    add_months,
    count_span,
    direction_note,
    fmt_range,
    month_span,
    moved_day,
    number,
    part_of,
    week_of,
    year_span,
)
from dashboard.events.dates_counts import SAME_UNIT_BEFORE, _counted, _one_count
from dashboard.events.dates_that import closes_after_that
from dashboard.model import DateRange
from dashboard.paths import data_dir

_ROLLING = {"week": 7, "month": 30, "year": 365}
_STEP = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "latest": -1,
    "most recent": -1,
}
# "the latest quarter" is the last whole one reported (TimeBank's financial news), never the
# rolling stretch "the past quarter" may be
_LATEST = frozenset({"latest", "most recent"})


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _told_past(ctx: Context) -> bool:
    """Did the governing verb read as past (``Context.direction`` starts "past: ...")?"""
    return ctx.direction.startswith("past")


def weekday(m: re.Match[str], ctx: Context) -> Got | None:
    assert ctx.pub is not None
    pub = ctx.pub
    target = WEEKDAYS[m["weekday"].lower()]
    which = (m["which"] or "").lower()
    if not which and closes_after_that(m):
        return None  # "ended that Friday.": the weekday the story is at (dates_that)
    if which == "next" and _THE_BEFORE.search(m.string, 0, m.start()) and _told_past(ctx):
        # "withdrew the next Sunday": the Sunday after the day the story is at, not after
        # publication (the anchored rule, ``dates_anchored.weekday_from_anchor``, reads it)
        return None
    if which in ("this past", "past"):
        d = pub - timedelta(days=(pub.weekday() - target) % 7 or 7)
        return Got(
            d, d, f"'{which} {m['weekday']}': the latest {m['weekday']} before publication ({pub})"
        )
    if which == "last":
        back = (pub.weekday() - target) % 7 or 7  # "last Friday" on a Friday: the week before
        d = pub - timedelta(days=back)
        return Got(
            d, d, f"'last {m['weekday']}': the latest {m['weekday']} before publication ({pub})"
        )
    if which in ("next", "coming"):
        d = pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
        return Got(
            d, d, f"'{which} {m['weekday']}': the first {m['weekday']} after publication ({pub})"
        )
    if ctx.future or (which == "this" and not ctx.direction and target > pub.weekday()):
        # "The concert is this Saturday" (no tense read): TimeML's "this" names the unit
        # holding publication, here the Saturday of its ISO week, still ahead
        d = pub + timedelta(days=(target - pub.weekday()) % 7)
        return Got(
            d,
            d,
            f"the next {m['weekday'].capitalize()} on or after publication ({pub}){direction_note(ctx)}",
        )
    if target == (pub.weekday() + 1) % 7 and _LOCAL_TIME.match(m.string, m.end()):
        # "early on Tuesday local time" in copy dated Monday: the place is ahead of the
        # writer's clock (up to UTC+14), so the day after publication, not a week before
        d = pub + timedelta(days=1)
        return Got(
            d,
            d,
            f"'{m['weekday']} local time': the day after publication ({pub}), "
            "where the place's clock is ahead",
        )
    d = pub - timedelta(days=(pub.weekday() - target) % 7)
    return Got(
        d,
        d,
        f"the latest {m['weekday'].capitalize()} on or before publication ({pub}){direction_note(ctx)}",
    )


# "on Tuesday local time", "Tuesday (local time)", "late Tuesday, local time"
_LOCAL_TIME = re.compile(
    r"\s*[,(]?\s*(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s*)?\(?local time\b", re.I
)


def weekday_of_week(m: re.Match[str], ctx: Context) -> Got:
    """'on Tuesday last week', 'Monday of next week': that weekday in that ISO week."""
    assert ctx.pub is not None
    monday, _ = period(ctx.pub, "week", _STEP[m["which"].lower()])
    d = monday + timedelta(days=WEEKDAYS[m["weekday"].lower()])
    return Got(
        d,
        d,
        f"{m['weekday'].capitalize()} of {m['which'].lower()} week (from publication {ctx.pub})",
    )


def part_of_year(m: re.Match[str], ctx: Context) -> Got:
    """'the end of 2024', 'by the beginning of 1815'."""
    start, end = year_span(int(m["year"]))
    return part_of(f"the {m['part'].lower()} of", start, end, f"year {m['year']}")


def relative_day(m: re.Match[str], ctx: Context) -> Got:
    assert ctx.pub is not None
    word = " ".join(m["word"].lower().split())
    generic = _GENERIC_TODAY.match(m.string, m.end())
    if word == "today" and generic and generic[1].lower() in generic_today():
        # "today's youth" is the present age (TimeML PRESENT_REF), not the publication day
        start = ctx.pub - timedelta(days=6)
        why = f"'today's {generic[1]}': the present age, not a day: the week up to publication ({ctx.pub})"
        return Got(start, ctx.pub, why)
    offset = {
        "yesterday": -1,
        "today": 0,
        "tonight": 0,
        "tomorrow": 1,
        "last night": -1,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    d = ctx.pub + timedelta(days=offset)
    return Got(d, d, f"'{word}' relative to publication ({ctx.pub})")


_GENERIC_TODAY = re.compile(r"['’]s\s+([A-Za-z]+)")


@lru_cache(maxsize=1)
def generic_today() -> frozenset[str]:
    """Nouns after which "today's" means the present age (data/lexicon/generic_today.csv)."""
    path = data_dir() / "lexicon" / "generic_today.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["noun"].lower() for row in csv.DictReader(fh))


_THIS_BEFORE = re.compile(r"\bthis\s+$", re.IGNORECASE)


def relative_period(m: re.Match[str], ctx: Context) -> Got | None:
    assert ctx.pub is not None
    if SAME_UNIT_BEFORE.search(m.string[: m.start()]):
        return None
    pub = ctx.pub
    which, unit = " ".join(m["which"].lower().split()), m["unit"].lower()
    step = _STEP[which]
    rolling = re.search(r"\bthe\s+$", m.string[: m.start("which")]) and step < 0 and not m["part"]
    rolling = rolling and which not in _LATEST
    if rolling and unit in _ROLLING:
        # "over the past week", "in the last month": the stretch ending at publication
        start = pub - timedelta(days=_ROLLING[unit] - 1)
        return Got(
            start, pub, f"'the {which} {unit}': the {_ROLLING[unit]} days up to publication ({pub})"
        )
    if unit == "weekend":
        # "this weekend" with no tense to read ("The festival is this weekend"): TimeML's
        # "this" is the unit holding publication, the weekend of its ISO week, the coming one
        ahead = which == "this" and not ctx.direction
        start, end = _weekend(pub, step, replace(ctx, future=True) if ahead else ctx)
    elif (
        unit == "week"
        and which == "past"
        and pub.weekday() >= 5
        and _THIS_BEFORE.search(m.string[: m.start("which")])
    ):
        # "this past week" in a weekend story: the working week just ended is publication's
        # own ISO week, not the one before it (a weekly roundup filed on Saturday)
        start, end = period(pub, unit, 0)
    else:
        start, end = period(pub, unit, step)
    # "earlier this week" is the week (TimeML): the text names the unit, not the days before
    # or after publication, and ACLED's precision is the same for both
    return part_of(m["part"], start, end, f"'{which} {unit}' relative to publication ({pub})")


def end_of_unit(m: re.Match[str], ctx: Context) -> Got:
    """'the end of the month', 'by the beginning of the year': a part of the current unit."""
    assert ctx.pub is not None
    start, end = period(ctx.pub, m["unit"].lower(), 0)
    return part_of(
        f"the {m['part'].lower()} of",
        start,
        end,
        f"this {m['unit'].lower()} at publication ({ctx.pub})",
    )


def period(pub: date, unit: str, step: int) -> tuple[date, date]:
    """The week, month, quarter or year ``step`` units away from the one holding ``pub``."""
    if unit == "week":
        return week_of(pub + timedelta(weeks=step))
    if unit == "month":
        return month_span(*add_months(pub.year, pub.month, step))
    if unit == "quarter":
        y, mo = add_months(pub.year, (pub.month - 1) // 3 * 3 + 1, 3 * step)
        return date(y, mo, 1), month_span(*add_months(y, mo, 2))[1]
    return year_span(pub.year + step)


def unit_before_last(m: re.Match[str], ctx: Context) -> Got:
    """'the week before last', 'the month after next': two units from publication's own;
    'the weekend before last' the weekend before last weekend."""
    assert ctx.pub is not None
    unit = m["unit"].lower()
    step = -2 if m["dir"].lower().startswith("before") else 2
    if unit == "weekend":
        sat, sun = _weekend(ctx.pub, step // 2, ctx)
        shift = timedelta(weeks=step // 2)
        return Got(
            sat + shift,
            sun + shift,
            f"'{m.group().strip()}': the weekend {'before last' if step < 0 else 'after next'} from publication ({ctx.pub})",
        )
    start, end = period(ctx.pub, unit, step)
    return Got(start, end, f"'{m.group().strip()}': two {unit}s from publication's ({ctx.pub})")


def weeks_from_weekday(m: re.Match[str], ctx: Context) -> Got | None:
    """'a week from Friday', 'two weeks on Monday' (British): the coming such weekday, on or
    after publication, and that many weeks on. None for 'on' before more words or told in
    the past ('worked a week on Monday shifts', 'had been there a week on Monday')."""
    assert ctx.pub is not None
    tail = m.string[m.end() :]
    if m["prep"].lower() == "on" and (
        not re.match(r"\s*(?:[.,;]|$)", tail) or ctx.direction.startswith("past")
    ):
        return None
    target = WEEKDAYS[m["weekday"].lower()]
    n = number(m["num"])
    day = ctx.pub + timedelta(days=(target - ctx.pub.weekday()) % 7 + 7 * n)
    why = f"'{m.group().strip()}': {n} week(s) after the coming {m['weekday'].capitalize()} from publication ({ctx.pub})"
    return Got(day, day, why)


_DAY_WORD_STEP = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def counted_from_day_word(m: re.Match[str], ctx: Context) -> Got | None:
    """'a week from today', 'two days from tomorrow', 'a month from today': the day that many
    units after the day the word names (TimeML values the whole phrase as that day, counted
    from its anchor at the anchor's grain, as HeidelTime's 'a week from Friday'). A month or
    a year keeps the day of the month (clamped to the month's last day); a vague count ("a few
    days from today") spans every day it allows. None with no publication date."""
    if ctx.pub is None:
        return None
    base = ctx.pub + timedelta(days=_DAY_WORD_STEP[m["anchor"].lower()])
    low, high = count_span(m["num"])
    near, far = _day_counted(base, low, m["unit"]), _day_counted(base, high, m["unit"])
    n = str(low) if low == high else f"{low}-{high}"
    unit = m["unit"].lower().rstrip("s")
    why = f"'{m.group().strip()}': {n} {unit}(s) after '{m['anchor'].lower()}' ({base})"
    return Got(near, far, why)


def _day_counted(base: date, n: int, unit: str) -> date:
    """The day ``n`` units after ``base``; months and years keep the day of the month."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week", "fortnight"):
        return base + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    y, mo = add_months(base.year, base.month, n * (12 if unit == "year" else 1))
    return min(date(y, mo, 1) + timedelta(days=base.day - 1), month_span(y, mo)[1])


def _weekend(pub: date, step: int, ctx: Context) -> tuple[date, date]:
    """Saturday and Sunday: 'this weekend' is the coming one, or the one just gone when the
    verb is past; 'last weekend' the one before publication's week."""
    if pub.weekday() >= 5:
        sat = pub - timedelta(days=pub.weekday() - 5)  # written during a weekend: that one
    elif step == 0 and ctx.future:
        sat = pub + timedelta(days=5 - pub.weekday())
    else:
        sat = pub - timedelta(days=pub.weekday() + 2)
    if step < 0 and pub.weekday() >= 5:
        sat -= timedelta(weeks=1)
    if step > 0:
        sat = (
            pub + timedelta(days=5 - pub.weekday())
            if pub.weekday() < 5
            else sat + timedelta(weeks=1)
        )
    return sat, sat + timedelta(days=1)


def the_weekend(m: re.Match[str], ctx: Context) -> Got:
    """'over the weekend', 'at the weekend', 'this weekend' without a step word: by the verb."""
    assert ctx.pub is not None
    sat, sun = _weekend(ctx.pub, 0, ctx)
    way = "coming" if sat > ctx.pub else "latest"
    return Got(sat, sun, f"the {way} weekend from publication ({ctx.pub}){direction_note(ctx)}")


def within(m: re.Match[str], ctx: Context) -> Got | None:
    """'within the next two weeks', 'in the coming days', 'over the next few months'."""
    assert ctx.pub is not None
    unit = m["unit"].lower().rstrip("s")
    # "the coming days" without a number: within a week; weeks, months, years: a few (3)
    n = number(m["num"]) if m["num"] else {"day": 6, "week": 3, "month": 3, "year": 3}[unit]
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}[unit] * n
    end = ctx.pub + timedelta(days=days)
    why = f"from publication ({ctx.pub}) to {n} {unit}(s) after it"
    if not m["num"]:
        why += f" ('{unit}s' without a number read as {n})"
    return Got(ctx.pub, end, why)


def since(m: re.Match[str], ctx: Context) -> Got | None:
    """'since X': an open range from X's start to publication; X itself is reported as its part."""
    from dashboard.events.dates import find_dates

    inner = find_dates(f"in {m['what']}", ctx.pub, country=ctx.country)
    if not inner or ctx.pub is None:
        return None
    first = inner[0]
    if first.range.start > ctx.pub:
        # a point something runs from is gone: "since January" in a late-December story is
        # the January of publication's year, not the one just ahead
        start, end = _year_back(first.range.start), _year_back(first.range.end)
        if start > ctx.pub or first.range.precision > 3:
            return None
        why = f"{first.range.reason}; 'since' names a time gone: a year back"
        rng = replace(first.range, start=start, end=end, reason=why)
    else:
        rng = first.range
    part = Part(m.start("what") - m.start(), m.end("what") - m.start(), rng, first.relative)
    start, why = rng.start, f"'since' {rng.reason}"
    if rng.part in ("early", "mid", "late") and rng.start < rng.end:
        # "since late August": TimeML keeps the month with mod END for the phrase (its part
        # above), but the stretch opens in the part the word names, the month's second
        # half, as an event told "late last year" takes its half (dates_common.event_span)
        start = _part_days(rng.start, rng.end, rng.part)[0]
        why += (
            f", from the start of its {'middle' if rng.part == 'mid' else rng.part} half ({start})"
        )
    return Got(start, ctx.pub, f"{why}, open until publication ({ctx.pub})", (part,))


def _year_back(d: date) -> date:
    return (
        d.replace(year=d.year - 1, day=28)
        if (d.month, d.day) == (2, 29)
        else d.replace(year=d.year - 1)
    )


def present(m: re.Match[str], ctx: Context) -> Got | None:
    assert ctx.pub is not None
    if m.start() == 0 and m.group() == "Now":
        return None  # "Now the alliance faces ...": a discourse marker opening the sentence
    start = ctx.pub - timedelta(days=6)
    return Got(
        start,
        ctx.pub,
        f"'{m.group().strip()}' means the time of writing: the week up to publication ({ctx.pub})",
    )


def future_ref(m: re.Match[str], ctx: Context) -> Got:
    """'in the future', 'for the foreseeable future': TimeML's FUTURE_REF. The text gives a
    time after publication and no width; the year after publication, precision 4, is the
    claim that stays true for "the near future" without naming a day or a month."""
    assert ctx.pub is not None
    start, end = ctx.pub + timedelta(days=1), ctx.pub + timedelta(days=365)
    return Got(
        start,
        end,
        f"'{m.group().strip()}' is after publication ({ctx.pub}) with no width given "
        "(TimeML FUTURE_REF): read as the year after it",
    )


def day_around(m: re.Match[str], ctx: Context) -> Got | None:
    """'the day before last Tuesday', 'the day after Jan. 5', 'two days after March 3': that
    date moved by the count (``dates_common.moved_day``)."""
    from dashboard.events.dates import find_dates

    inner = find_dates(m["what"], ctx.pub, future=ctx.future, country=ctx.country)
    if not inner or inner[0].range.precision != 1:
        return None
    return moved_day(m, inner[0].range.start, inner[0].range.reason)


def week_of_date(m: re.Match[str], ctx: Context) -> Got | None:
    """'the week of March 6': the ISO week holding that day. 'The week beginning (starting)
    March 17' is the seven days from that day, 'the week ending March 22' the seven days to
    it: the phrase names the week's edge, which need not be a Monday (a Sunday-to-Saturday
    week is as common in news), so the ISO week would misplace up to six days."""
    from dashboard.events.dates import find_dates

    inner = find_dates(m["what"], ctx.pub, future=ctx.future, country=ctx.country)
    if not inner or inner[0].range.precision != 1:
        return None
    day, why = inner[0].range.start, inner[0].range.reason
    edge = (m["edge"] or "").lower()
    if edge in ("ending", "ended"):
        return Got(day - timedelta(days=6), day, f"the seven days to {why}")
    if edge:
        return Got(day, day + timedelta(days=6), f"the seven days from {why}")
    s, e = week_of(day)
    return Got(s, e, f"the week holding {why}")


# ---------------------------------------------------------------- narrative (anaphoric)


def _anchor(ctx: Context) -> tuple[DateRange | None, str, bool]:
    """The date a narrative phrase continues: the last one named, else publication."""
    if ctx.anchor is not None:
        return (
            ctx.anchor,
            f"the date named before ({fmt_range(ctx.anchor.start, ctx.anchor.end)})",
            False,
        )
    if ctx.pub is None:
        return None, "", True
    return DateRange(ctx.pub, ctx.pub, 1, None, "publication"), f"publication ({ctx.pub})", True


def hours_later(m: re.Match[str], ctx: Context) -> Got | None:
    """'hours later', 'minutes earlier': the anchor's day or the one next to it."""
    anchor, label, rel_ = _anchor(ctx)
    if anchor is None or anchor.precision > 1:
        return None
    later = m["dir"].lower() != "earlier"  # "within hours" (no word): later
    s = anchor.start if later else anchor.start - timedelta(days=1)
    e = anchor.end + timedelta(days=1) if later else anchor.end
    return Got(
        s,
        e,
        f"'{m.group().strip()}': {label} or the day {'after' if later else 'before'}",
        relative=rel_,
    )


def recent(m: re.Match[str], ctx: Context) -> Got:
    """'in recent days/weeks/months': a stretch ending at publication (a week, four weeks,
    six months), since the text gives no start."""
    assert ctx.pub is not None
    back = {"days": 6, "weeks": 27, "months": 182}[m["unit"].lower()]
    start = ctx.pub - timedelta(days=back)
    return Got(
        start, ctx.pub, f"'{m.group().strip()}': the {back + 1} days up to publication ({ctx.pub})"
    )


def that_unit(m: re.Match[str], ctx: Context) -> Got | None:
    """'that day', 'later that year', 'the same week', 'earlier that day'."""
    anchor, label, rel = _anchor(ctx)
    if anchor is None:
        return None
    unit = m["unit"].lower()
    if unit in ("night", "morning", "afternoon", "evening"):
        unit = "day"
    if unit == "day" and anchor.precision > 1:
        return None  # "that day" after a month: the text does not say which day
    # "later that year" is that year, as "later this week" is this week
    s, e = _unit_around(anchor.start, unit)
    return Got(s, e, f"'{m.group().strip()}': the {unit} of {label}", relative=rel)


def _unit_around(d: date, unit: str) -> tuple[date, date]:
    if unit == "day":
        return d, d
    if unit == "week":
        return week_of(d)
    if unit == "month":
        return month_span(d.year, d.month)
    return year_span(d.year)


def next_unit(m: re.Match[str], ctx: Context) -> Got | None:
    """'the next day', 'the following week', 'the previous month', 'the day before'."""
    anchor, label, rel = _anchor(ctx)
    if anchor is None:
        return None
    which = (m["which"] or m["after"] or "").lower()
    step = -1 if which in ("previous", "preceding", "before", "prior") else 1
    unit = m["unit"].lower()
    if unit in ("morning", "night", "evening", "afternoon"):
        unit = "day"
    base = anchor.start if step < 0 else anchor.end
    if unit == "weekend":
        sat, sun = _weekend_beside(anchor, step)
        way = "before" if step < 0 else "after"
        return Got(sat, sun, f"'{m.group().strip()}': the weekend {way} {label}", relative=rel)
    if unit == "day" and anchor.precision > 1:
        # "in 2019. The next day": a day after a month or a year is no known day; the
        # anchor's span moved by one day, as "two days later" does
        s, e = anchor.start + timedelta(days=step), anchor.end + timedelta(days=step)
        why = f"'{m.group().strip()}': {label} moved by {step} day(s)"
        return Got(s, e, why, relative=rel)
    if unit != "day" and anchor.precision > _UNIT_PRECISION[unit]:
        # "in 1990. The next month": a month after some day of 1990 is no known month; the
        # anchor's span moved by one month, as the day after a month is (above)
        s, e = _one_count(anchor.start, 1, unit, step)[0], _one_count(anchor.end, 1, unit, step)[1]
        why = f"'{m.group().strip()}': {label} moved by {step} {unit}(s)"
        return Got(s, e, why, relative=rel)
    if unit == "day":
        d = base + timedelta(days=step)
        s, e = d, d
    else:
        s, e = _one_count(base, 1, unit, step)
    return Got(
        s,
        e,
        f"'{m.group().strip()}': one {unit} {'before' if step < 0 else 'after'} {label}",
        relative=rel,
    )


# the precision (``DateRange.precision``) of one unit: a week is 2, a month 3, a year 4
_UNIT_PRECISION = {"week": 2, "month": 3, "year": 4}


def _weekend_beside(anchor: DateRange, step: int) -> tuple[date, date]:
    """The first Saturday-Sunday wholly after ``anchor`` (step 1) or wholly before it (-1)."""
    if step > 0:
        d = anchor.end + timedelta(days=1)
        d += timedelta(days=(5 - d.weekday()) % 7)
        return d, d + timedelta(days=1)
    d = anchor.start - timedelta(days=1)
    d -= timedelta(days=(d.weekday() - 6) % 7)
    return d - timedelta(days=1), d


def units_later(m: re.Match[str], ctx: Context) -> Got | None:
    """'two days later', 'a year earlier', 'three weeks before' (counted from the anchor)."""
    anchor, label, rel = _anchor(ctx)
    if anchor is None:
        return None
    sign = 1 if m["dir"].lower().startswith(("later", "after")) else -1
    # "Days earlier, the storm had killed 20": a bare plural counts as "a few" (TimeML 1.2.1
    # leaves the count vague; Merriam-Webster's "days" plural, more than one)
    low, high = count_span(m["num"] or "a few")
    unit = m["unit"].lower().rstrip("s")
    base = anchor.end if sign > 0 else anchor.start
    n = str(low) if low == high else f"{low}-{high}"
    if unit == "day" and anchor.precision > 1:
        near, far = (low, high) if sign > 0 else (-high, -low)
        s, e = anchor.start + timedelta(days=near), anchor.end + timedelta(days=far)
        moved = f"{sign * low}" if low == high else f"{near}..{far}"
        return Got(s, e, f"'{m.group().strip()}': {label} moved by {moved} day(s)", relative=rel)
    kept = same_unit_a_year_off(anchor, sign) if unit == "year" and low == high == 1 else None
    if kept is not None:  # "sales in March ... a year earlier": March a year back (REFUNIT,
        # HeidelTime date_r22a/b: "a year" only; "two years earlier" stays a year)
        why = f"'{m.group().strip()}': {label} {n} year(s) {'after' if sign > 0 else 'before'}, same unit"
        return Got(kept[0], kept[1], why, relative=rel)
    got = _counted(base, (low, high), unit, sign, "")
    return Got(
        got.start,
        got.end,
        f"'{m.group().strip()}': {n} {unit}(s) {'after' if sign > 0 else 'before'} {label}",
        relative=rel,
    )
