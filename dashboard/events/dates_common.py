"""What every date rule shares: the reading context, the result shape and calendar helpers.

A rule is a compiled pattern plus a handler ``(match, Context) -> Got | None``. The handler
returns the resolved range and a reason; ``None`` means "this match is not a date after all".
"""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from dashboard.events.word_trie import case_blind_alternation
from dashboard.model import DateRange
from dashboard.paths import data_dir

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# capitalised, as a regex alternation: what opens a date rather than a name ("May", "Monday")
MONTH_NAMES_RX = "|".join(sorted({n.capitalize() for n in MONTHS}, key=len, reverse=True))
WEEKDAY_NAMES_RX = "|".join(n.capitalize() for n in WEEKDAYS)


def possessive_date(text: str, end: int) -> bool:
    """Does the date phrase ending at ``end`` of ``text`` stand in the possessive, with its
    "'s" inside the phrase or right after it ("last week's election", "Monday's attack")?
    TimeML: a possessive temporal modifies its noun, not the clause's verb."""
    return (
        text[end - 2 : end] in _POSSESSIVE
        or text[end : end + 2] in _POSSESSIVE
        or weekend_modifier(text, end)
    )


_POSSESSIVE = ("'s", "’s")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def weekend_modifier(text: str, end: int) -> bool:
    """Does "the weekend" ending at ``end`` modify the happening noun after it ("after the
    weekend massacre")? Then, as a possessive would, it dates that noun (TimeML: the
    temporal anchors the event it modifies; classes.csv WEEKEND_MODIFIED)."""
    if text[max(0, end - 7) : end].lower() != "weekend":
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m[1] in _weekend_nouns()


@lru_cache(maxsize=1)
def _weekend_nouns() -> frozenset[str]:
    from dashboard.events.lexicon import word_class

    return word_class("WEEKEND_MODIFIED")


# a preposition of time before a date phrase: the act is told against that time ("marched
# before Sunday's vote", TimeML BEFORE), so the phrase still dates it
_RELATES = re.compile(
    r"\b(?:before|after|ahead\s+of|since|until|till|following|during|prior\s+to|on\s+the\s+eve\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def noun_dated_after(text: str, start: int, act_end: int) -> bool:
    """Whether a possessive date phrase starting at ``start`` stands after the act's trigger
    (ending at ``act_end``) in its object, with no preposition of time before it ("rejected
    the result of Sunday's election"): it dates its noun, not the act (TimeML)."""
    return start >= act_end and _RELATES.search(text, max(0, start - 24), start) is None


NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "several": 3,
    "a few": 3,
    "few": 3,
    "a couple of": 2,
    "a couple": 2,
}
# the other cardinals a count of years is written with ("forty years ago", "twenty-five
# years later": AP Stylebook, numerals, spells out a number opening a sentence; Chicago
# Manual of Style 17th ed. 9.2 spells out whole numbers to one hundred), tens hyphenated to
# their units (Chicago 7.96): without them "Fifty years ago, ..." was no date at all
_TEENS = ("thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NUMBERS |= {w: 13 + i + (i >= 2) for i, w in enumerate(_TEENS)}
NUMBERS |= {w: 20 + 10 * i for i, w in enumerate(_TENS)}
NUMBERS |= {
    f"{t}-{u}": 20 + 10 * i + j + 1 for i, t in enumerate(_TENS) for j, u in enumerate(_UNITS)
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

# the month names and abbreviations longest first, as a trie (as ``NUMBER_WORDS_RX`` below)
MONTH_WORDS_RX = case_blind_alternation(sorted(MONTHS, key=len, reverse=True))
MONTH_RX = r"(?P<month>" + MONTH_WORDS_RX + r")\.?"
DAY_RX = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# Any year Python's date can hold; the surrounding words (a month, "in", a day) say it is one.
YEAR_RX = r"(?P<year>\d{4})(?!\d|,\d)"
# "'98", "’05": a year with its century digits left out (Chicago Manual of Style 9.31; AP
# Stylebook "years"), never a decade ("'90s") or a score or time ("'98.5")
SHORT_YEAR_RX = r"['’](?P<yy>\d\d)\b(?!['’]?s\b)(?![.,:]?\d)"
YEAR_OR_SHORT_RX = rf"(?:{YEAR_RX}|{SHORT_YEAR_RX})"
# a two-digit year more than this many years after publication is the century before's
# ("'99" in 2026 is 1999): news writes short years for the recent past
_SHORT_YEAR_AHEAD = 10
# the year of a full date as written: four digits, or more, a year no calendar holds ("12 March
# 99999", a slip), which leaves the phrase unread rather than dated to another year; a count
# after the date is no year ("on 12 March 15000 people marched")
FULL_YEAR_RX = r"(?P<year>\d{4}(?!\d|,\d)|\d{5,}(?![.,]\d)(?!\s+(?-i:[a-z])))"
# the seven names as a trie (``word_trie.case_blind_alternation``), for IGNORECASE patterns,
# where ``re`` entered each of the seven names in turn at every place it tried (speed79)
WEEKDAY_WORDS_RX = case_blind_alternation(list(WEEKDAYS))
WEEKDAY_RX = r"(?P<weekday>" + WEEKDAY_WORDS_RX + r")"
# the count words longest first, as a trie (``word_trie.case_blind_alternation``: the same
# matches, branch order kept): ``re`` tried all ~100 branches at every word it scanned, under
# IGNORECASE each one entered in full, where the trie tries the ~15 distinct first letters
# (issue 15)
NUMBER_WORDS_RX = case_blind_alternation(sorted(NUMBERS, key=len, reverse=True))
NUM_RX = r"(?P<num>\d+|" + NUMBER_WORDS_RX + r")"
# "the first day of" / "the last day of" name one day of the range (TimeML: a DATE valued
# as that day, "the last day of February 2024" 2024-02-29), the others a part of it
PART_RX = r"(?P<part>early|earlier|mid|middle|late|later|the (?:beginning|start|middle|end) of|the (?:first|last) day of)"
PART_OPT = rf"(?:{PART_RX}[ -](?:of )?)?"


# Days a past-tense date may fall after publication with publication's year kept: a past verb
# may still set a near deadline ("gave them until Jan. 14", "agreed to meet on the 20th");
# beyond a month ahead, a day told with a past verb is last year's ("attacked on 7 October"
# in a story of 1 October)
PAST_SLACK = 31
# none for an act told as done on that day ("arrested 40 protesters on June 30")
ACT_SLACK = 0
# Days a day told with a future verb may lie before publication with publication's year kept
# (a plan reported late: "will meet on March 2" in a story of March 14); beyond a month back
# it is next year's ("talks will resume in January" in a story of March). TimeML 1.2.1 anchors
# such a date on the creation time in the verb's direction, as HeidelTime's tense rule does.
FUTURE_SLACK = 31


@dataclass(frozen=True, slots=True)
class Context:
    """How one phrase is read.

    ``future`` is the direction for phrases that do not say it themselves ("on Friday"):
    the tense of the governing verb when one is found, else the caller's sentence flag;
    ``direction`` says where it came from. ``anchor`` is the date a narrative phrase
    ("later that year") continues; ``None`` means publication. ``utc_offset`` is the
    article's offset from UTC in minutes, when its timestamp gave one.
    """

    pub: date | None
    future: bool = False
    direction: str = ""
    country: str | None = None
    southern: bool = False
    dayfirst: bool | None = None
    anchor: DateRange | None = None
    utc_offset: int | None = None
    sentence: str = ""
    past_slack: int = PAST_SLACK  # days a past-tense day may fall after publication
    # the country whose calendar reads a holiday name many countries share ("Independence
    # Day") when ``country`` is None: the article's home country; None, the lexicon row's
    shared_calendar: str | None = None


class Part(NamedTuple):
    """A date named inside a composite phrase ("1990" in "since 1990"), offsets in the match."""

    start: int
    end: int
    range: DateRange
    relative: bool | None = None  # None: as the whole phrase


class Got(NamedTuple):
    start: date
    end: date
    reason: str
    parts: tuple[Part, ...] = ()
    relative: bool | None = None  # overrides the rule's flag (anchored on the text, not pub)
    part: str = ""  # the part of the range named: DateRange.part


Handler = Callable[[re.Match[str], Context], Got | None]


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    handler: Handler
    relative: bool  # needs the publication date (or an anchor)
    anaphoric: bool = False  # continues the date before it ("that day")
    needs: str = ""  # "digit", "month" or "weekday": skipped on a sentence without one


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def precision_for(start: date, end: date) -> int:
    """ACLED precision plus one: 1 a day, 2 up to a week, 3 up to a month, 4 longer."""
    days = (end - start).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3 if days <= 31 else 4


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, step: int) -> tuple[int, int]:
    """(year, month) ``step`` months away; month is 1-12."""
    y, m = divmod(year * 12 + month - 1 + step, 12)
    return y, m + 1


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def week_of(d: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) holding ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


# with no verb to say, a day or month of a month that begins this close after publication, next
# year, is in that month
NEXT_YEAR_REACH = 31


def year_for(pub: date, month: int, day: int, future: bool) -> int:
    """The year of a day-and-month without one: the latest on or before publication, or the
    next on or after it when the phrase looks forward."""
    if future:
        return pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def pick_year(pub: date, month: int, day: int, ctx: Context) -> tuple[int, str]:
    """The year of a month (and day) the text gives without one.

    News leaves the year out for the current one (AP style), so publication's year is the
    default, unless that lands more than three months after publication with no verb looking
    ahead (then it is last year's) or next year's month begins within a month after
    publication with no verb to say (then it is next year's: "Jan. 3" in a late-December story). A tense read from the verb picks the year before or
    after instead when that stays within reach: 320 days back for a past verb ("was shot on
    Oct. 23" in a May story), half a year ahead for a future one.
    """
    same = date(pub.year, month, min(day, 28))
    if not ctx.direction:
        if (same - pub).days > 90:
            return pub.year - 1, "the latest one: publication's year would put it months ahead"
        if (date(pub.year + 1, month, 1) - pub).days <= NEXT_YEAR_REACH:
            # "the talks resume on Jan. 3" in a Dec. 28 story: the January just ahead, not
            # the one most of a year gone (the same nearest-reading test, across New Year)
            return pub.year + 1, "the next one: publication's year would put it most of a year back"
        return pub.year, "publication's year (no verb says otherwise)"
    y = year_for(pub, month, day, ctx.future)
    way = "next" if ctx.future else "latest"
    reach = 183 if ctx.future else 320
    if y == pub.year or abs((date(y, month, min(day, 28)) - pub).days) <= reach:
        return y, f"the {way} one from publication ({ctx.direction})"
    if not ctx.future and (same - pub).days > ctx.past_slack:
        # a past verb never tells of a day after publication: last year's, however far back
        return y, f"the latest one: a past verb ({ctx.direction}) rules out publication's year"
    if ctx.future and (pub - same).days > FUTURE_SLACK and _firm_future(ctx):
        # nor a verb looking ahead of a day gone by more than a month: next year's, however far
        return y, f"the next one: a future verb ({ctx.direction}) rules out publication's year"
    return pub.year, f"publication's year: the {way} one would be too far away"


_PAST_MODAL = re.compile(r"(?:(?:would|could|might|should)(?:n['’]t)?|['’]d)\b", re.I)


def _firm_future(ctx: Context) -> bool:
    """Whether the verb that looks ahead does so from publication, not from a time gone:
    "would resume", "planned to hold" and "was expected to open" tell a future seen from the
    past (a plan that may be over), "will resume", "plans to hold", "is expected to" do not."""
    quoted = re.search(r"'(\S+)", ctx.direction)  # the verb group's first word ("couldn't")
    head = quoted.group(1).rstrip("'") if quoted else ""
    if _PAST_MODAL.match(head):
        return False
    if head.lower().endswith("ed"):  # a participle is firm only after a present "is/are"
        be = rf"\b(?:is|are|am)\s+(?:\w+ly\s+)?{re.escape(head)}\b|['’](?:s|re)\s+{re.escape(head)}\b"
        return re.search(be, ctx.sentence, re.I) is not None
    return True


def number(word: str) -> int:
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else NUMBERS[w]


def count_span(word: str) -> tuple[int, int]:
    """The counts a number word allows: ``(n, n)`` for "three" or "12", a span for a vague
    count ("a few" is 2-5, "several" 3-7: data/lexicon/vague_counts.csv, sourced per row).

    A vague count names no single day: "a few days ago" is a span of days, never one of them.
    Raises KeyError for a word that is no number. Example: ``count_span("several") == (3, 7)``.
    """
    w = " ".join(word.lower().split())
    return _vague_counts().get(w) or (number(w),) * 2


@lru_cache(maxsize=1)
def _vague_counts() -> dict[str, tuple[int, int]]:
    path = data_dir() / "lexicon" / "vague_counts.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = {r["phrase"].lower(): (int(r["low"]), int(r["high"])) for r in rows}
    if bad := [k for k, (lo, hi) in out.items() if not 1 <= lo <= hi]:
        raise ValueError(f"vague_counts.csv: low must be 1..high, got {bad!r}")
    return out


def part_of(part: str | None, start: date, end: date, why: str) -> Got:
    """Early/mid/late part of a range: the whole range, the part named in the reason.

    TimeML gives "early March" the value of March with a separate START modifier, and ACLED's
    precision is the same for March as for a third of it; "early" fixes no days ("early March"
    may run to the 10th or the 15th), so cutting the range would claim days the text never gave.
    """
    p = (part or "").lower()
    if not p:
        return Got(start, end, why)
    if p in ("the first day of", "the last day of"):
        day = start if p == "the first day of" else end
        return Got(day, day, f"{p[4:]} {why}")
    if p in ("earlier", "later"):
        return Got(start, end, f"{why}, {p} than publication", part=p)
    if p in ("early", "the beginning of", "the start of"):
        return Got(start, end, f"early part of {why}", part="early")
    if p in ("late", "the end of"):
        return Got(start, end, f"late part of {why}", part="late")
    return Got(start, end, f"middle of {why}", part="mid")


def _part_days(start: date, end: date, part: str) -> tuple[date, date]:
    """The first, last or middle half of a range: in whole months when the range is whole
    months ("late 2025" is July to December), else in days (a month's halves)."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day == 1 and end == month_span(end.year, end.month)[1] and months >= 2:
        half, quarter = (months + 1) // 2, months // 4
        first = (start.year, start.month)
        lo, hi = {"early": (0, half - 1), "late": (months - half, months - 1)}.get(
            part, (quarter, months - 1 - quarter)
        )
        return date(*add_months(*first, lo), 1), month_span(*add_months(*first, hi))[1]
    days = (end - start).days + 1
    half = (days + 1) // 2
    if part == "early":
        return start, start + timedelta(days=half - 1)
    if part == "late":
        return end - timedelta(days=half - 1), end
    return start + timedelta(days=days // 4), end - timedelta(days=days // 4)


def event_span(r: DateRange, pub: date | None, planned: bool) -> DateRange:
    """The days an event told by ``r`` can have taken: the part the phrase names, and for a
    planned event the days from publication on.

    "late last year" cannot be January, nor "later this month" before publication, nor
    talks that "will resume this week" before the day the story says so. TimeML keeps the
    whole unit as the value with a ``mod`` (START, MID, END); an event's range is where the
    happening can lie, so it takes the half the word entails (early: the first half, late:
    the second, mid: the middle half), never fewer days than that. An act told as done ends
    at publication ("this month", "this week"). Returns ``r`` unchanged
    when nothing narrows it; otherwise a copy with start, end, precision and reason set."""
    start, end, how = r.start, r.end, []
    if r.part in ("early", "late", "mid") and (end - start).days > 1:
        start, end = _part_days(start, end, r.part)
        how.append(f"the {'middle' if r.part == 'mid' else r.part} half")
    if pub is not None and start < pub <= end:
        if r.part == "earlier":
            end, how = pub, [*how, "up to publication"]
        elif r.part == "later" or (planned and r.text and pub < end):
            # (a range from no phrase, or one that ends on publication, is not cut to a day)
            said = "from publication on, as planned" if planned else "from publication on"
            start, how = pub, [*how, said]
        elif not planned and pub < end:
            # "attacked the town this month": TimeML's value is the month, but what a report
            # tells as done happened by its publication; the precision is then that of the
            # days left (published on the 2nd: two days, ACLED's precision 2, not a month)
            end, how = pub, [*how, "up to publication"]
    if (start, end) == (r.start, r.end):
        return r
    why = f"{r.reason}; the event: {' and '.join(how)} ({fmt_range(start, end)})"
    return DateRange(start, end, precision_for(start, end), r.text, why, r.part)


def fmt_range(start: date, end: date) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()}–{end.isoformat()}"


def direction_note(ctx: Context) -> str:
    return f" ({ctx.direction})" if ctx.direction else ""


# "the day after", "two days before", "a few weeks after": a move from a named day
AROUND_RX = (
    r"(?:the\s+(?:day|night)|" + NUM_RX + r"\s+(?P<cunit>days?|weeks?))\s+(?P<dir>before|after)\s+"
)
_FOR_BEFORE = re.compile(r"\b(?:for|over|within|in)\s+(?:the\s+)?$", re.IGNORECASE)


def moved_day(m: re.Match[str], day: date, why: str) -> Got | None:
    """``day`` moved as an ``AROUND_RX`` match says: "the day after Christmas" one day, "two
    days after Eid" two, "a few days before the vote" days two to five (a vague count is a
    span, ``count_span``). TimeML values "two days after X" as that day, anchored on X. None
    for a duration ("for two days after Christmas" runs from the holiday, names no day)."""
    step = -1 if m["dir"].lower() == "before" else 1
    if m["num"] is None:
        d = day + timedelta(days=step)
        return Got(d, d, f"one day {m['dir'].lower()} {why}")
    if _FOR_BEFORE.search(m.string[: m.start()]):
        return None
    low, high = count_span(m["num"])
    k = 7 if m["cunit"].lower().startswith("week") else 1
    a, b = day + timedelta(days=step * low * k), day + timedelta(days=step * high * k)
    start, end = min(a, b), max(a, b)
    unit = m["cunit"].lower()
    return Got(start, end, f"{m['num']} {unit} {m['dir'].lower()} {why}")


def short_year_of(yy: int, pub: date) -> int:
    """The year two digits name: in publication's century, or the century before when that
    would lie over ten years ahead ("'98" is 1998 and "'05" 2005 in a 2024 story; the window
    of Python's ``%y`` moved to the story's own time).

    >>> short_year_of(98, date(2024, 5, 1)), short_year_of(5, date(2024, 5, 1))
    (1998, 2005)
    """
    year = pub.year // 100 * 100 + yy
    return year - 100 if year > pub.year + _SHORT_YEAR_AHEAD else year


def written_year(m: re.Match[str], pub: date | None) -> int | None:
    """The year a match writes: four digits (``year``; two there are this century's, as a
    code's "Q3 23"), or an apostrophe and two (``yy``, by ``short_year_of``; None with no
    publication date, whose century is then unknown); None when it writes none."""
    g = m.groupdict()
    if g.get("year"):
        return int(g["year"]) if len(g["year"]) == 4 else 2000 + int(g["year"])
    if g.get("yy") and pub is not None:
        return short_year_of(int(g["yy"]), pub)
    return None
