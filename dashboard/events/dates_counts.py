"""Periods counted in units from publication: "three years ago", "in two weeks", "within
48 hours", "in the past 24 hours", and anniversaries ("ten years ago today", "on this day in
1994"), which name one day. A count names the unit's grain (TimeML: "three years ago" is that
year); a vague count ("a few") covers every count it allows (``dates_common.count_span``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events.dates_common import (
    NUM_RX,
    Context,
    Got,
    add_months,
    count_span,
    month_span,
    week_of,
    year_span,
)
from dashboard.events.gap_subject import SUBORDINATORS
from dashboard.events.lexicon import word_class

# "the same month last year": read whole by ``dates_anchored.same_unit_year_before``
SAME_UNIT_BEFORE = re.compile(r"\bthe\s+same\s+\w+\s+(?:of\s+)?$", re.IGNORECASE)


# "On this day, ten years ago", "this date two years ago": the anniversary's own day
_THIS_DAY_BEFORE = re.compile(r"\b(?:on\s+)?this\s+(?:day|date),?\s+$", re.IGNORECASE)


def ago(m: re.Match[str], ctx: Context) -> Got | None:
    """'three years ago': that year (the unit's grain, TimeML); an anniversary ("ten years ago
    today", "exactly a year ago", "on this day two years ago") is the one day that many units
    before publication."""
    assert ctx.pub is not None
    if SAME_UNIT_BEFORE.search(m.string[: m.start()]):
        return None  # "the same period a year ago": a year back from that period
    low, high = count_span(m["num"])
    exact = (
        m["anniv"] is not None
        or m.group().lower().startswith("exactly")
        or _THIS_DAY_BEFORE.search(m.string[: m.start()]) is not None
    )
    if exact and low == high and m["unit"].lower().rstrip("s") not in ("decade", "centurie"):
        day = _same_day_back(ctx.pub, low, m["unit"])
        return Got(day, day, f"{low} {m['unit'].lower()} to the day before publication ({ctx.pub})")
    if low == high == 1 and m["unit"].lower() == "year" and not _OPEN_BOUND.match(m.group()):
        return _year_back_month(ctx.pub)
    return _counted(ctx.pub, (low, high), m["unit"], -1, f"before publication ({ctx.pub})")


# "more than a year ago", "less than a year ago": a bound, no point a year back
_OPEN_BOUND = re.compile(r"(?:more|less)\s+than\b|over\b", re.IGNORECASE)


def _year_back_month(pub: date) -> Got:
    """'a year ago' told on 30 Nov 2026 -> November 2025: publication's month a year back
    (TIMEX3 anchors it to the document time, DCT - P1Y; with one year the calendar year
    would put it up to 23 months off, so the month, ACLED time precision 3)."""
    back = _same_day_back(pub, 1, "year")
    start, end = month_span(back.year, back.month)
    return Got(start, end, f"1 year before publication ({pub}): its month a year back")


def ago_this(m: re.Match[str], ctx: Context) -> Got | None:
    """'five years ago this week', 'a year ago this month': an anniversary told at the grain
    of publication's week or month, that many units back (TimeML: that week or month, not
    the whole year, and no one day). A vague count ("a few years ago this week") or a unit no
    coarser than the grain ("two weeks ago this week") names no such anniversary."""
    assert ctx.pub is not None
    low, high = count_span(m["num"])
    unit, grain = m["unit"].lower().rstrip("s"), m["grain"].lower()
    finer = ("day", "week", "fortnight") + (("month",) if grain == "month" else ())
    if low != high or unit in finer or unit in ("centurie", "century"):
        return None
    if unit == "decade":
        low, unit = low * 10, "year"
    back = _same_day_back(ctx.pub, low, unit)
    if grain == "week":
        start, end = week_of(back)
    else:
        start, end = month_span(back.year, back.month)
    return Got(start, end, f"publication's {grain} ({ctx.pub}) {low} {unit}(s) before")


def this_day_in(m: re.Match[str], ctx: Context) -> Got | None:
    """'on this day in 1994', 'this date in 2001': publication's month and day in that year
    (an anniversary names one day; 29 February falls on the 28th in a common year)."""
    assert ctx.pub is not None
    year = int(m["year"])
    if year >= ctx.pub.year:
        return None
    day = _on_year(ctx.pub, year)
    return Got(day, day, f"publication's day ({ctx.pub:%d %B}) in {year}")


def _same_day_back(pub: date, n: int, unit: str) -> date:
    """``pub`` moved back ``n`` calendar units (days, weeks, fortnights, months, years)."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week", "fortnight"):
        return pub - timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    if unit == "month":
        year, month = add_months(pub.year, pub.month, -n)
        return _on_month(pub.day, year, month)
    return _on_year(pub, pub.year - n)


def _on_year(pub: date, year: int) -> date:
    return _on_month(pub.day, year, pub.month)


def _on_month(day: int, year: int, month: int) -> date:
    last = month_span(year, month)[1].day
    return date(year, month, min(day, last))


def past_hours(m: re.Match[str], ctx: Context) -> Got | None:
    """'in the past 24 hours', 'over the last 48 hours': the days those hours reach back
    from publication, up to it (day grain: a report's clock time is not known)."""
    assert ctx.pub is not None
    hours = int(m["hours"])
    if not 0 < hours <= 24 * 14:
        return None
    start = ctx.pub - timedelta(days=-(-hours // 24))
    return Got(start, ctx.pub, f"the {hours} hours up to publication ({ctx.pub})")


# "in the past two years", "over the last few months": a stretch up to publication
# "in the past decade", "over the previous century": one such unit, the count left unsaid
# (TimeML values "the past decade" a DURATION P10Y, the stretch up to the creation time); "the
# past week/month/year" are ``dates_relative.relative_period``'s. "The last decade of the
# century", "the last two years of his rule" are the final stretch of something else, not
# the stretch up to publication
# the calendar units a count measures a stretch in (TimeML TIMEX3 granularities, day up)
UNITS = "day|week|month|year|decade"
PLURAL_UNITS = "|".join(u + "s" for u in UNITS.split("|"))
# the adjectives of a stretch that reaches back to now ("the past", "the last", "the previous")
PAST_WORDS = "past|last|previous|preceding"
PAST_UNITS: str = (
    rf"\b(?:in|over|during|within|for|throughout)\s+the\s+(?:{PAST_WORDS})\s+"
    rf"(?:{NUM_RX}\s+(?P<unit>{PLURAL_UNITS})|(?P<one>decade|century))\b"
    r"(?!\s+of\b)"
)
# TimeML tags such a stretch a DURATION ("the past two years": P2Y), not a DATE: the dates
# contract, which lists TIMEX3 DATEs, leaves it out (``dates_document``)
STRETCH = re.compile(PAST_UNITS, re.IGNORECASE)


def past_units(m: re.Match[str], ctx: Context) -> Got | None:
    """'in the past two years', 'over the last few months': a stretch of time from that many
    units before publication up to it (TimeML: a period, PAST_REF with no single day; the
    house dates an act told in it to the whole stretch, not to the publication day). A vague
    count ("few": 2-5, data/lexicon/vague_counts.csv) reaches back as far as it allows."""
    assert ctx.pub is not None
    if _frame_of_comparison(m) or _for_in_subordinate(m):
        return None
    _low, high = count_span(m["num"]) if m["num"] else (1, 1)
    unit = (m["unit"] or m.groupdict().get("one") or "").lower().rstrip("s")
    if unit == "century":
        unit, high = "decade", high * 10
    if unit == "day":
        start = ctx.pub - timedelta(days=high)
    elif unit == "week":
        start = ctx.pub - timedelta(weeks=high)
    else:
        months = high * {"month": 1, "year": 12, "decade": 120}[unit]
        start = _months_back(ctx.pub, months)
    return Got(start, ctx.pub, f"'{m.group().strip()}': from {start} up to publication ({ctx.pub})")


# "have besieged the town for two years", "has held him for more than six months": a
# situation in the present perfect that has lasted that long runs from that far back up to
# publication (TimeML: "for two years" is a DURATION, and the present perfect puts its end
# at the speech time, Reichenbach 1947 E-R,S); a bare past ("besieged it for two years") or
# a term ("banned for two years", "sentenced for five years") has no such end
FOR_UNITS: str = (
    r"\bfor\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    rf"{NUM_RX}\s+(?P<unit>{PLURAL_UNITS})\b"
)
FOR_STRETCH = re.compile(FOR_UNITS, re.IGNORECASE)  # a DURATION: the dates contract leaves it out
# "has/have", perhaps "been" and an adverb, then a participle: the present perfect
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:been|now|already|long|reportedly|effectively)\s+){0,2}"
    r"[a-z]+(?:ed|en|wn|ght|eld|ut|ept)\b",
    re.IGNORECASE,
)


def for_units(m: re.Match[str], ctx: Context) -> Got | None:
    """'have besieged the town for two years': the stretch of that many units up to
    publication when the clause before is in the present perfect; otherwise no date (see
    ``FOR_UNITS``). A term's noun or verb in the clause (``classes.csv`` row TERM_WORD) makes
    it a length set, not a stretch gone by."""
    assert ctx.pub is not None
    before = _CLAUSE_BEFORE.search(m.string, 0, m.start())
    clause = before.group() if before else ""
    perfect = _PERFECT.search(clause)
    if perfect is None:
        return None
    # the term is the perfect's own verb ("has been jailed for two years"); one that only
    # modifies the subject before it ("A jailed activist has been on hunger strike for 21
    # days") sets no length (Quirk et al. 1985 §7.15: a participle adjective, no verb)
    if set(re.findall(r"[a-z]+", clause[perfect.start() :].lower())) & _terms():
        return None
    return past_units(m, ctx)


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    return word_class("TERM_WORD")


# the words of the stretch's clause before it: no sentence or clause stop between
_CLAUSE_BEFORE = re.compile(r"[^.;:!?,]{0,80}$")


def _for_in_subordinate(m: re.Match[str]) -> bool:
    """Is the stretch a "for"/"throughout" one in a subordinate clause after a comma ("I
    resign, as it has been an honour to serve the town for the past six years")? It measures
    that clause's own state (TimeML: a DURATION of its own clause's event), and unlike "over
    the past" a bare "for" names no span the act fell in, so it dates nothing; the words
    ``gap_subject.SUBORDINATORS`` open such clauses (Quirk et al. 1985 §14.12)."""
    if not m.group().lower().startswith(("for", "throughout")):
        return False
    before = _CLAUSE_BEFORE.search(m.string, 0, m.start())
    words = re.findall(r"[a-z]+", before.group().lower()) if before else []
    return bool(SUBORDINATORS.intersection(words))


def _frame_of_comparison(m: re.Match[str]) -> bool:
    """Is the stretch the frame of a superlative or "first" before it in its clause ("the
    first air strike on Beirut in the past decade", "the deadliest attack in the past two
    years"; ``classes.csv`` row COMPARISON_FRAME)? It then says what the act is compared within, not
    when it happened, so it dates nothing."""
    before = _CLAUSE_BEFORE.search(m.string, 0, m.start())
    words = re.findall(r"[a-z]+", before.group().lower()) if before else []
    return bool(_frames() & set(words))


@lru_cache(maxsize=1)
def _frames() -> frozenset[str]:
    return word_class("COMPARISON_FRAME")


def _months_back(day: date, months: int) -> date:
    """``day`` ``months`` calendar months earlier, the day clipped to the month's last."""
    year, month = add_months(day.year, day.month, -months)
    return date(year, month, min(day.day, month_span(year, month)[1].day))


def ahead(m: re.Match[str], ctx: Context) -> Got:
    """'in two weeks', 'three days from now': that point, at the unit's grain."""
    assert ctx.pub is not None
    return _counted(ctx.pub, count_span(m["num"]), m["unit"], 1, f"after publication ({ctx.pub})")


def _counted(ref: date, counts: tuple[int, int], unit: str, sign: int, why: str) -> Got:
    """``counts`` units from ``ref`` (``sign`` -1 back, 1 ahead), at the unit's grain; a vague
    count ("a few": 2-5) covers every count it allows, from the nearest to the farthest."""
    low, high = counts
    near, far = _one_count(ref, low, unit, sign), _one_count(ref, high, unit, sign)
    start, end = (far[0], near[1]) if sign < 0 else (near[0], far[1])
    n = str(low) if low == high else f"{low}-{high}"
    return Got(start, end, f"{n} {unit.lower().rstrip('s')}(s) {why}")


def _one_count(ref: date, n: int, unit: str, sign: int) -> tuple[date, date]:
    unit = unit.lower().rstrip("s")
    if unit == "fortnight":
        n, unit = n * 2, "week"
    if unit == "day":
        d = ref + timedelta(days=sign * n)
        return d, d
    if unit == "week":
        return week_of(ref + timedelta(weeks=sign * n))
    if unit == "month":
        return month_span(*add_months(ref.year, ref.month, sign * n))
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "century":
        n = n * 100
    return year_span(ref.year + sign * n)


def within_hours(m: re.Match[str], ctx: Context) -> Got | None:
    """'within 48 hours', 'in the next 24 hours': from publication to the day the hours reach."""
    assert ctx.pub is not None
    if not ctx.future and not re.match(
        r"(?i)within|in the (?:next|coming)|over the (?:next|coming)", m.group()
    ):
        return None  # "in 24 hours of fighting" is no window ahead
    hours = int(m["hours"])
    end = ctx.pub + timedelta(days=max(1, -(-hours // 24)))
    return Got(ctx.pub, end, f"from publication ({ctx.pub}) to {hours} hours after it")
