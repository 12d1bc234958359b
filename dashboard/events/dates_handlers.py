"""Handlers and pattern fragments the rule table uses that no ``dates_*`` rule module
holds: a day and month with a year word, a bare month, years after a cue or in a list, year
ranges, "in two weeks", era years, a day around a holiday; the weekday and month words.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dashboard.events import dates_absolute as ab
from dashboard.events import dates_counts as counts
from dashboard.events import dates_holidays as hol
from dashboard.events import dates_that as that
from dashboard.events.dates_common import (
    MONTHS,
    WEEKDAY_NAMES_RX,
    WEEKDAYS,
    Context,
    Got,
    moved_day,
    pick_year,
)
from dashboard.events.word_trie import case_blind_alternation

# ---------------------------------------------------------------- the rule table


def _day_month(m: re.Match[str], ctx: Context) -> Got | None:
    if m["month"][0].islower():
        return None  # "may 5" is a modal and a number; month names are capitalised
    return ab.day_month(m, ctx)


_ORD_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORD_DAYS = {w: i for i, w in enumerate(_ORD_WORDS, 1)}
_ORD_DAYS |= {f"twenty-{w}": 20 + i for i, w in enumerate(_ORD_WORDS[:9], 1)}
_ORD_DAYS |= {"thirtieth": 30, "thirty-first": 31}
_ORD_DAY = "|".join(sorted(_ORD_DAYS, key=len, reverse=True))


def _day_month_year_word(m: re.Match[str], ctx: Context) -> Got | None:
    """'12 November last year', 'March 3 next year', 'the first of May': a day and month whose
    year the words give (publication's year moved by last/next) or leave to ``pick_year``."""
    assert ctx.pub is not None
    if m["month"][0].islower():
        return None
    month = MONTHS[m["month"].lower()]
    ordinal = m.groupdict().get("ord")
    day = _ORD_DAYS[ordinal.lower()] if ordinal else int(m["day"])
    which = (m.groupdict().get("which") or "").lower()
    if which:
        year = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[which]
        why = f"'{which} year' from publication ({ctx.pub})"
    else:
        year, why = pick_year(ctx.pub, month, day, ctx)
    d = date(year, month, day)  # ValueError for "the thirty-first of April": no date
    return Got(d, d, f"'{m.group().strip()}': {why} → {d.isoformat()}")


def _month_only(m: re.Match[str], ctx: Context) -> Got | None:
    month = m["month"]
    if month[0].islower():
        return None
    g = m.groupdict()
    cue = g.get("prep") or g.get("which") or g.get("part") or g.get("det")
    if month.lower() in ("may", "march") and not cue:
        return None  # "May" and "March" alone are a verb as often as a month
    if that.closes_after_that(m):
        return None  # "released that December.": the month the story is at (dates_that)
    return ab.month_only(m, ctx)


# a plural noun after the number ("in 1500 homes"): a word ending in -s that is no verb,
# pronoun, adverb or conjunction (the exceptions are tested after the whole word: "was" and
# "is" after a year are its verb, "in 1988 was larger")
_PLURAL_NEXT = re.compile(
    r"\s+(?:[a-z]+s\b(?<!\bas)(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bdoes)(?<!\bthis)(?<!\bthus)"
    r"(?<!\bplus)(?<!\bits)(?<!\bhis)(?<!\bus)(?<!\balways)(?<!\bperhaps)(?<!\bwhereas)"
    r"(?<!\bunless)(?<!\btowards)(?<!\bafterwards)(?<!\bbesides)|"
    r"people|men|women|children|police|staff|percent|per\b|%|km|kg|miles?\b|more\b|other\b)"
)


def _year_cue(m: re.Match[str], ctx: Context) -> Got | None:
    """'in 1777', 'since 1990', 'during early 2003'; not 'in 1500 homes'."""
    tail = m.string[m.end() :]
    if _PLURAL_NEXT.match(tail) or re.match(r"[.,]\d|\s*%", tail):
        return None
    return ab.year(m, ctx)


_LIST_YEAR = r"(?:(?:early|mid|late)[ -])?\d{4}"


def _year_in_list(m: re.Match[str], ctx: Context) -> Got | None:
    """The later years of 'in 1994, 1995 and 1997', 'in late 2023 or early 2024'."""
    before = m.string[: m.start()]
    if not re.search(
        rf"\b(?:in|during|since|of|between|from|by)\s+{_LIST_YEAR}(?:,\s*{_LIST_YEAR})*,?\s*(?:and\s+|or\s+)?$",
        before,
    ):
        return None
    return _year_cue(m, ctx)


def _year_range(m: re.Match[str], ctx: Context) -> Got | None:
    """'1998-99', '2008 to 2012'; a two-digit end only after a dash or slash ('from 79 in
    2008 to 57 this year' counts cases, it names no 2057)."""
    if _PLURAL_NEXT.match(m.string[m.end() :]):
        return None
    if len(m["y2"]) == 2 and re.search(r"[a-z]", m.string[m.end("y1") : m.start("y2")], re.I):
        return None
    return ab.year_range(m, ctx)


def _ahead(m: re.Match[str], ctx: Context) -> Got | None:
    """'in two weeks' looks ahead only with a verb that does; 'two weeks from now' and 'in two
    weeks' time' say so themselves."""
    said = re.search(r"(?i)from now|\btime$", m.group())
    return counts.ahead(m, ctx) if ctx.future or said else None


def _era_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'AD 711', '476 CE': any year from 1 on (a year BC has no Python date, so none)."""
    y = int(m["year"] or m["year2"])
    if y < 1:
        return None
    return Got(date(y, 1, 1), date(y, 12, 31), f"year {y} of the common era")


_PERIOD_NOUNS = frozenset({"quarter", "period", "half", "month"})


def _noun_year(m: re.Match[str], ctx: Context) -> Got | None:
    if m["noun"].lower() in _COUNT_NOUNS:
        return None
    if m["noun"].lower() in _PERIOD_NOUNS and re.match(r"(?i)the\s", m.group()):
        return None  # "the 1988 quarter": the period under discussion (``dates_periods``)
    if m["noun"][0].isupper() and re.match(r"\S+['’]s\s", m.group()):
        return None  # "Smith's 1967 Mustang": a model named by its year, not a time
    return ab.noun_year(m, ctx)


def _day_around_holiday(m: re.Match[str], ctx: Context) -> Got | None:
    """'the day after Christmas', 'two days after Eid al-Fitr': a one-day holiday moved by the
    count; None for a holiday of several days ('the day after Ramadan' is not read)."""
    got = hol.holiday(m, ctx)
    if got is None or got.start != got.end or m["unit"]:
        return None
    return moved_day(m, got.start, got.reason)


_MONTH_NAMES = "|".join(m for m in calendar.month_name if m)
_COUNT_NOUNS = frozenset(
    "km kg mph ft m cc hp mw kw mm cm lb lbs yards metres meters tons tonnes".split()
)
_WD = "(?:" + "|".join(WEEKDAYS) + ")"
# the twelve names as a trie (``word_trie.case_blind_alternation``), as
# ``dates_common.MONTH_RX``
_MONTH_FULL = (
    r"(?P<month>"
    + case_blind_alternation(
        "january february march april may june july august september october november december".split()
    )
    + ")"
)
_SINCE_WHAT = (
    r"(?:(?:early|mid|late|the (?:beginning|start|middle|end) of)[ -])?(?:(?:last|this) (?:week|month|year)|"
    # "since last August": the month named relative to publication, as "since August" is
    rf"last (?:{_MONTH_NAMES})|"
    # "since last Friday": the weekday named relative to publication, as "since Friday" is
    # (the capitalised branch below), so the stretch runs from it to publication
    rf"last (?:{WEEKDAY_NAMES_RX})|"
    # "since 19 March", "since 3 January 2024": the day-first order (British and most
    # Commonwealth and wire style) opens the same stretch as "since March 19"
    rf"\d{{1,2}} (?:{_MONTH_NAMES})(?:,? \d{{4}})?|"
    r"[A-Z][a-z]+\.?(?: \d{1,2},?)?(?: \d{4})?|\d{4})"
)
_PREP = r"(?:(?P<prep>in|by|until|till|since|during|through|before|after|from|to|of|for|between|and)\s+)?"
# a fortnight is two weeks (British and Commonwealth news)
_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)"
_NOUN = r"(?P<noun>[A-Za-z][a-z]+(?:-[a-z]+)?)"
_DET = r"(?:the|a|an|its|his|her|their|our|this|that|[A-Z][\w.]*['’]s)"
