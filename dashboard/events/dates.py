"""Resolve date phrases against the publication date into ranges with a time precision.

Precision (ACLED's ``time_precision`` plus one):
1 a day; 2 a week or a few days; 3 a month (or any span up to a month); 4 anything longer:
a season, a quarter, a year, a span of years.

Reference date (ACLED codebook): a week-precision event is dated to the middle of the week
(Thursday of a Monday-Sunday week), a month-precision one to mid-month, unless the text
says the beginning or the end of the month, which take the first or the last day.
``reference_date`` applies that rule; ranges themselves always keep both ends.

The rules are a table (``RULES``), tried in order; a phrase found by an earlier rule is
never overlapped by a later one. Where a phrase does not say its own direction ("on Friday",
"in March"), the verb that governs it does (``dates_tense``); the caller's ``future`` flag
only decides when no verb can be read. The rule modules:
``dates_absolute`` (days, months, years), ``dates_numeric`` (24/4/2019), ``dates_calendar``
(quarters, halves, fiscal years, seasons, decades, centuries, spelled-out years),
``dates_holidays``, ``dates_relative`` (yesterday, last week, ago, narrative phrases, "now"),
``dates_time`` (times of day and zones), ``dates_anchored`` (the day after a happening, the
year-earlier quarter, "a year earlier" in the unit of the period under discussion).

Durations and recurring times ("for three weeks", "every Friday") are not dates.
"""

from __future__ import annotations

import calendar
import csv
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dashboard.events import dates_absolute as ab
from dashboard.events import dates_anchored as anc
from dashboard.events import dates_calendar as cal
from dashboard.events import dates_holidays as hol
from dashboard.events import dates_numeric as num
from dashboard.events import dates_relative as rel
from dashboard.events.dates_common import (
    ACT_SLACK,
    DAY_RX,
    MONTH_RX,
    MONTHS,
    NUM_RX,
    PART_OPT,
    PART_RX,
    WEEKDAY_RX,
    WEEKDAYS,
    YEAR_RX,
    Context,
    Got,
    Rule,
    fmt_range,
    pick_year,
    precision_for,
    rx,
)
from dashboard.events.dates_names import name_spans
from dashboard.events.dates_tense import direction
from dashboard.events.dates_time import attach, local_shift
from dashboard.events.prefilter import fold, may_match, needed
from dashboard.model import DateRange
from dashboard.paths import data_dir

__all__ = [
    "DateMention",
    "dateline_date",
    "find_dates",
    "precision_for",
    "publication_range",
    "reference_date",
    "shift",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    range: DateRange
    relative: bool  # depends on the publication date
    # the dates a composite phrase names, as TimeML marks them: "1990" in "since 1990",
    # "1994" and "1997" in "between 1994 and 1997" (offsets in the same text)
    parts: tuple[DateMention, ...] = ()
    # a narrative phrase ("two days later", "that day") counted from a date outside its
    # sentence: the caller's ``anchor``, else publication. An event reader re-resolves it
    # against the date of the story it continues (``find_dates(..., anchor=...)``).
    continues: bool = False


def reference_date(r: DateRange) -> date:
    """ACLED's single event date for a range (see the module docstring)."""
    if r.precision == 3 and r.text and re.search(r"\b(early|beginning|start)\b", r.text, re.I):
        return r.start
    if r.precision == 3 and r.text and re.search(r"\b(late|end)\b", r.text, re.I):
        return r.end
    return r.start + (r.end - r.start) // 2


# "WASHINGTON, August 11 (Xinhua) --", "LONDON, Nov. 7 (Reuters) -": a wire dateline's date
_DATELINE_DATE = re.compile(
    rf"\s*[A-Z][A-Z .'-]{{1,60}}?,\s*(?:[A-Z][a-z]+,\s*)?(?P<date>(?i:{MONTH_RX})\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:--|[—–-])\s"
)


def dateline_date(text: str) -> tuple[int, int] | None:
    """The span of the date in a wire dateline at the start of ``text``, or None.

    That date is when the story was filed: the ``dates`` contract reports it (TimeBank tags
    it), but it says no more about when a happening took place than the publication date
    does, so the event reader never dates an event by it (issue 12, item 5).
    Example: ``dateline_date("PARIS, May 2 (AFP) -- Talks ...") == (7, 12)``.
    """
    m = _DATELINE_DATE.match(text)
    return m.span("date") if m else None


def publication_range(published: date) -> DateRange:
    """No date phrase of its own: the week ending at publication, never the day itself.

    Reported events mostly happened shortly before the report, but the text does not say
    which day, so the honest claim is the seven days up to publication (precision 2).
    """
    start = published - timedelta(days=6)
    why = f"no date phrase: date inferred as the week up to publication ({fmt_range(start, published)})"
    return DateRange(start, published, 2, None, why)


def shift(r: DateRange, days: int, phrase: str, anchor_label: str) -> DateRange:
    """'two days after X': X's range moved by ``days``."""
    start, end = r.start + timedelta(days=days), r.end + timedelta(days=days)
    reason = f"'{phrase}' {anchor_label} ({fmt_range(r.start, r.end)}) → {fmt_range(start, end)}"
    return DateRange(start, end, r.precision, phrase, reason)


def find_dates(
    text: str,
    published: date | None,
    *,
    future: bool = False,
    country: str | None = None,
    latitude: float | None = None,
    dayfirst: bool | None = None,
    anchor: DateRange | None = None,
    utc_offset: int | None = None,
) -> list[DateMention]:
    """Every date phrase in ``text`` (one sentence) that resolves, left to right, without overlaps.

    ``future`` is the sentence's default direction; ``country`` (ISO alpha-2) picks numeric
    date order, fiscal years, holiday calendars and, with ``latitude``, the hemisphere of
    seasons; ``dayfirst`` is the numeric order other dates in the article show; ``anchor``
    is the date the narrative was at before this sentence; ``utc_offset`` the article's
    offset in minutes. Example: ``find_dates("They met on Friday.", date(2024, 11, 7))``.
    """
    base = Context(
        published,
        future,
        "",
        country,
        _southern(country, latitude),
        dayfirst,
        anchor,
        utc_offset,
        text,
    )
    found: list[DateMention] = []
    # phrases that name no day of the calendar ("31 February"): a later rule that reads a part
    # of them ("February") says so in its reason
    refused: list[tuple[int, int]] = []
    has = _features(text)
    folded = fold(text)
    undated = published is None
    names = name_spans(text)  # "The Sunday Times", "Bloody Sunday": no date inside a name
    for needs, needs_pub, words, pattern, rule in _PLAN_ROWS:
        if not has[needs] or (needs_pub and undated):
            continue
        if words is not None and not any(map(folded.__contains__, words)):
            continue  # none of the words every match of the rule holds: it finds nothing
        for m in pattern.finditer(text):
            if found and any(m.start() < d.end and d.start < m.end() for d in found):
                continue
            if names and any(m.start() < e and s < m.end() for s, e in names):
                continue
            mention = _apply(rule, m, base, found, refused)
            if mention is not None and refused:
                mention = _within_refused(text, mention, refused)
            if mention is not None:
                found.append(mention)
    ordered = sorted((_with_time(text, d, base) for d in found), key=lambda d: d.start)
    ordered = [_eve_of(text, d) for d in ordered]
    ordered = _ranges_in_order(text, ordered)
    return _before_the_report(text, ordered, published) if len(ordered) > 1 else ordered


# "on the eve of the talks in Cairo on Friday": the day named dates the talks; their eve is
# the day before (Merriam-Webster, eve n. 2: "the period immediately preceding an event")
_EVE_OF = re.compile(r"\bthe\s+eve\s+of\b[^,;.]{0,60}$", re.IGNORECASE)


def _eve_of(text: str, d: DateMention) -> DateMention:
    """``d`` moved a day back when it dates the noun after "the eve of" (day precision)."""
    if d.range.precision != 1 or not _EVE_OF.search(text, max(0, d.start - 70), d.start):
        return d
    return replace(d, range=shift(d.range, -1, d.text, "the eve of the day"))


# a day right after a verb of saying ("said on Friday that"), and a bare weekday ("on
# Wednesday", "Wednesday night")
_SAID_ON = re.compile(
    r"\b(?:said|announced|reported|confirmed|told\s+\w+|stated|added)\s+(?:late\s+|early\s+)?$",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(
    rf"(?:on\s+)?{WEEKDAY_RX}(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE
)


def _before_the_report(
    text: str, found: list[DateMention], published: date | None
) -> list[DateMention]:
    """A bare weekday told after a day of saying ("said on Friday that troops had killed six
    on Wednesday") that was read as a day after the saying is moved to the latest such
    weekday on or before it: what a report tells in the past came before the report (TimeML
    anchors a reported past event on the reporting event, Pustejovsky et al. 2003). A weekday
    read as ahead ("would resume on Wednesday") keeps its reading."""
    out = list(found)
    for i, d in enumerate(found):
        m = _BARE_WEEKDAY.fullmatch(d.text)
        if m is None or d.range.precision != 1:
            continue
        said = [
            r
            for r in found[:i]
            if r.range.precision == 1 and _SAID_ON.search(text, max(0, r.start - 30), r.start)
        ]
        if not said or d.range.start <= said[-1].range.start:
            continue
        if published is None or d.range.start > published or "future" in d.range.reason:
            continue
        day = said[-1].range.start
        back = (day.weekday() - WEEKDAYS[m["weekday"].lower()]) % 7
        moved = day - timedelta(days=back)
        why = f"{m['weekday'].capitalize()} on or before the report's day ({day}): {moved}"
        out[i] = replace(d, range=replace(d.range, start=moved, end=moved, reason=why))
    return out


def _ranges_in_order(text: str, found: list[DateMention]) -> list[DateMention]:
    """'from March to May (2023)', 'in January and February 2008': the first end without a
    year on or before the second (``anc.in_order``)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        paired = anc.range_pair(text, a.start, a.end, a.text, b.start, b.text) or (
            not b.relative and anc.shared_year(text, a.end, b.start, b.text)
        )
        if a.relative and paired:
            pair = anc.in_order(a.range, b.range, not b.relative)
            if pair is not None:
                out[i], out[i + 1] = replace(a, range=pair[0]), replace(b, range=pair[1])
    return out


def _within_refused(text: str, mention: DateMention, refused: list[tuple[int, int]]) -> DateMention:
    """``mention`` with its reason naming the impossible date around it ("'31 February 2023'
    names no day: month February 2023"), so a reader sees the day was not read."""
    for s, e in refused:
        if s <= mention.start and mention.end <= e:
            said = text[s:e].strip()
            if said.endswith(".") and said[:-1].split()[-1].lower() in _FULL_MONTHS:
                said = said[:-1]  # the sentence's full stop, as ``_mention`` leaves it
            start = s + len(text[s:e]) - len(text[s:e].lstrip())
            why = f"'{said}' names no day: {mention.range.reason}"
            # the whole phrase is the mention's, so a summary drops all of it, not "April"
            return replace(
                mention,
                start=start,
                end=start + len(said),
                text=said,
                range=replace(mention.range, reason=why),
            )
    return mention


def _features(text: str) -> dict[str, bool]:
    """Which cue words a sentence holds, so that each of the ~60 patterns runs only where it
    can match (most sentences of a story hold no date at all)."""
    folded = fold(text)
    out = {
        key: may_match(words, folded) and rx_.search(text) is not None
        for key, (rx_, words) in _CUE_NEEDS.items()
    }
    out[""] = True
    out["digit"] = any(map(str.isdigit, text))
    return out


def _apply(
    rule: Rule,
    m: re.Match[str],
    base: Context,
    found: list[DateMention],
    refused: list[tuple[int, int]],
) -> DateMention | None:
    """The rule's reading of ``m``, or None; a phrase that names an impossible day ("31
    February", year 0) is added to ``refused``."""
    ctx = base
    if rule.relative:
        tense, why = direction(base.sentence, m.start(), m.end())
        if tense is not None:
            ctx = replace(ctx, future=tense == "future", direction=f"{tense}: {why}")
        if tense == "past" and _done_on(base.sentence, m):
            ctx = replace(ctx, past_slack=ACT_SLACK)
    anchored_on_pub = outside = False
    if rule.anaphoric:
        before = [
            d
            for d in found
            if d.end <= m.start() and not _PRESENT.match(d.text) and not _FUTURE_REF.search(d.text)
        ]
        if before:
            last = max(before, key=lambda d: d.end)
            ctx = replace(ctx, anchor=last.range)
            anchored_on_pub = last.relative
        elif base.anchor is None and base.pub is None:
            return None
        else:
            outside = True
    try:
        got = rule.handler(m, ctx)
    except (ValueError, OverflowError, KeyError):
        refused.append((m.start(), m.end()))  # "31 February", year 0, past date.max: no date
        return None
    if got is None or got.start > got.end:
        return None
    if anchored_on_pub:
        got = got._replace(relative=True)
    return _mention(m, got, rule, outside)


# what may set a day ahead of a past verb: a deadline, a plan or an infinitive before "on"
_AHEAD_CUE = re.compile(
    r"\b(?:until|till|by|before|to|for|deadline|set|scheduled|due|slated|planned|next|"
    r"will|would)\b",
    re.IGNORECASE,
)


def _done_on(sentence: str, m: re.Match[str]) -> bool:
    """The phrase is "on <day>" with nothing before it in its clause that could set a day
    ahead ("arrested 40 protesters on June 30"; not "agreed to meet on the 20th")."""
    if not m.group().lower().startswith("on "):
        return False
    before = sentence[max(0, m.start() - 60) : m.start()]
    clause = re.split(r"[,;:]", before)[-1]
    return _AHEAD_CUE.search(clause) is None


def _mention(m: re.Match[str], got: Got, rule: Rule, continues: bool = False) -> DateMention:
    phrase = m.group().strip()
    if phrase.endswith(".") and phrase[:-1].split()[-1].lower() in _FULL_MONTHS:
        phrase = phrase[:-1]  # "on 18 February." ends the sentence; "Feb." keeps its dot
    lead = len(m.group()) - len(m.group().lstrip())
    start, end = m.start() + lead, m.start() + lead + len(phrase)
    rng = DateRange(
        got.start, got.end, precision_for(got.start, got.end), phrase, got.reason, got.part
    )
    relative = rule.relative if got.relative is None else got.relative
    parts = tuple(
        DateMention(
            m.start() + p.start,
            m.start() + p.end,
            m.string[m.start() + p.start : m.start() + p.end],
            p.range,
            relative if p.relative is None else p.relative,
        )
        for p in got.parts
    )
    return DateMention(start, end, phrase, rng, relative, parts, continues)


def _with_time(text: str, d: DateMention, ctx: Context) -> DateMention:
    """Take in a time of day beside a one-day date, moving the day if its zone says so."""
    if d.range.precision != 1:
        return d
    got = attach(text, d.start, d.end)
    if got is None:
        return d
    start, end, minutes, zone = got
    days = local_shift(minutes, zone, ctx.utc_offset)
    r = d.range
    if days and date.min + timedelta(days=1) < r.start < date.max - timedelta(days=1):
        day = r.start + timedelta(days=days)
        why = f"{r.reason}; the time given is {'+' if days > 0 else ''}{days} day(s) in the article's zone"
        r = DateRange(day, day, 1, text[start:end], why)
    else:
        r = replace(r, text=text[start:end])
    return replace(d, start=start, end=end, text=text[start:end], range=r)


@lru_cache(maxsize=1)
def _latitudes() -> dict[str, float]:
    path = data_dir() / "gazetteer" / "country_points.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["iso2"].upper(): float(r["lat"]) for r in csv.DictReader(fh) if r.get("lat")}


def _southern(country: str | None, latitude: float | None) -> bool:
    if latitude is not None:
        return latitude < 0
    return bool(country) and _latitudes().get((country or "").upper(), 0.0) < 0


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
    return rel.ahead(m, ctx) if ctx.future or said else None


def _era_year(m: re.Match[str], ctx: Context) -> Got | None:
    """'AD 711', '476 CE': any year from 1 on (a year BC has no Python date, so none)."""
    y = int(m["year"] or m["year2"])
    if y < 1:
        return None
    return Got(date(y, 1, 1), date(y, 12, 31), f"year {y} of the common era")


def _noun_year(m: re.Match[str], ctx: Context) -> Got | None:
    if m["noun"].lower() in _COUNT_NOUNS:
        return None
    if m["noun"][0].isupper() and re.match(r"\S+['’]s\s", m.group()):
        return None  # "Smith's 1967 Mustang": a model named by its year, not a time
    return ab.noun_year(m, ctx)


def _day_around_holiday(m: re.Match[str], ctx: Context) -> Got | None:
    """'the day after Christmas', 'the night before Thanksgiving': a one-day holiday moved by
    one day; None for a holiday of several days ('the day after Ramadan' is not read)."""
    got = hol.holiday(m, ctx)
    if got is None or got.start != got.end or m["unit"]:
        return None
    step = -1 if m["dir"].lower() == "before" else 1
    d = got.start + timedelta(days=step)
    return Got(d, d, f"one day {m['dir'].lower()} {got.reason}")


_FULL_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
_MONTH_NAMES = "|".join(m for m in calendar.month_name if m)
# "now" and "the future" name no day a narrative could count from
_FUTURE_REF = re.compile(r"(?i)\bfuture$")
_PRESENT = re.compile(
    r"(?i)(?:right |for |by |until |up to )?(?:now|currently|at present|at the moment|these days|nowadays|presently)$"
)
_COUNT_NOUNS = frozenset(
    "km kg mph ft m cc hp mw kw mm cm lb lbs yards metres meters tons tonnes".split()
)
_WD = "(?:" + "|".join(WEEKDAYS) + ")"
_MONTH_FULL = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)"
_SINCE_WHAT = (
    r"(?:(?:early|mid|late|the (?:beginning|start|end) of)[ -])?(?:(?:last|this) (?:week|month|year)|"
    # "since last August": the month named relative to publication, as "since August" is
    rf"last (?:{_MONTH_NAMES})|"
    r"[A-Z][a-z]+\.?(?: \d{1,2},?)?(?: \d{4})?|\d{4})"
)
_PREP = r"(?:(?P<prep>in|by|until|till|since|during|through|before|after|from|to|of|for|between|and)\s+)?"
# a fortnight is two weeks (British and Commonwealth news)
_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)"
_NOUN = r"(?P<noun>[A-Za-z][a-z]+(?:-[a-z]+)?)"
_DET = r"(?:the|a|an|its|his|her|their|our|this|that|[A-Z][\w.]*['’]s)"

RULES: list[Rule] = [
    Rule(rx(rf"\bsince (?P<what>{_SINCE_WHAT})\b"), rel.since, True, needs="since"),
    # "since the October 26 vote": a dated noun opens the range too (not "since the 1960
    # quake", a comparison with another happening)
    Rule(
        rx(rf"\bsince the (?P<what>(?:{_MONTH_NAMES}) \d{{1,2}}\b(?:,? \d{{4}})?)"),
        rel.since,
        True,
        needs="since",
    ),
    # before the dates it holds, so that "the day after Jan. 5" is read whole
    Rule(
        rx(
            rf"\bthe\s+day\s+(?P<dir>before|after)\s+(?:the\s+)?(?P<what>(?:last|next|this)\s+{_WD}|{_WD}(?=['’]s\b)|yesterday|tomorrow|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})(?:,? \d{{4}})?|{_MONTH_FULL[:-1]}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{{1,2}}(?:,? \d{{4}})?)\b"
        ),
        rel.day_around,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\bthe week of (?P<what>{_MONTH_FULL[:-1]}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{{1,2}}(?:,? \d{{4}})?)\b"
        ),
        rel.week_of_date,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\bthe (?P<nth>first|second|third|fourth|last|final) week of {MONTH_RX}(?:,? (?:of )?{YEAR_RX})?"
        ),
        ab.week_of_month,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\bthe (?P<nth>first|second|third|fourth|fifth|last|final) {WEEKDAY_RX} (?:of|in) {MONTH_RX}(?:,? (?:of )?{YEAR_RX})?"
        ),
        ab.weekday_of_month,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: and | to |-|–| – ){DAY_RX} (?:of )?{MONTH_RX}(?:,? {YEAR_RX})?"
        ),
        ab.day_first_pair,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:the )?{DAY_RX} (?:of )?{MONTH_RX},? {YEAR_RX}"),
        ab.full_date,
        False,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?{MONTH_RX} {DAY_RX},? {YEAR_RX}"), ab.full_date, False, needs="month"
    ),
    Rule(
        rx(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:\b|(?=T\d))"),
        ab.iso_date,
        False,
        needs="digit",
    ),
    Rule(re.compile(num.YMD_RX), num.ymd_date, False, needs="digit"),
    Rule(re.compile(num.NUMERIC_RX), num.numeric_date, False, needs="digit"),
    # "the 1988 third quarter", "last year's fourth quarter", "1990's first half": the year
    # written before the part (HeidelTime date_r10c, date_r11a)
    Rule(
        rx(
            r"\b(?:the )?(?P<year>\d{4})(?:['’]s)?[ -](?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter\b"
        ),
        cal.quarter,
        False,
        needs="quarter",
    ),
    Rule(
        rx(
            r"\b(?:the )?(?P<rel>this|last|next) year['’]s (?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter\b"
        ),
        cal.quarter,
        True,
        needs="quarter",
    ),
    Rule(
        rx(r"\b(?:the )?(?P<year>\d{4})(?:['’]s)?[ -](?P<h>first|second|1st|2nd)[ -]half\b"),
        cal.half,
        False,
        needs="half",
    ),
    Rule(
        rx(r"\b(?:the )?(?P<rel>this|last|next) year['’]s (?P<h>first|second|1st|2nd)[ -]half\b"),
        cal.half,
        True,
        needs="half",
    ),
    Rule(
        rx(
            r"(?<!year-earlier )(?<!year-ago )(?<!year earlier )\b(?:the )?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|(?<=the )final|(?<=the )last)[ -]quarter(?: of)?(?: (?P<fiscal>fiscal)(?: year)?)?(?:,? (?P<year>\d{4})|,? (?:the )?(?P<rel>this|last|next|current|past|previous) year|(?<= of) the year)?\b(?<! of)"
        ),
        cal.quarter,
        True,
        needs="quarter",
    ),
    Rule(
        rx(r"\bQ(?P<qn>[1-4])(?:\s*(?:of\s+)?(?P<year>\d{4}))?\b"), cal.quarter, True, needs="digit"
    ),
    Rule(
        rx(
            r"\b(?:the )?(?P<h>first|second|1st|2nd) half of (?:(?P<year>\d{4})|(?:the )?(?P<rel>this|last|next|current|past|previous) year|the year)\b"
        ),
        cal.half,
        True,
        needs="half",
    ),
    Rule(rx(r"\b(?P<h>H[12])\s*(?P<year>\d{4})\b"), cal.half, False, needs="digit"),
    Rule(
        rx(r"\b(?:fiscal(?: year)?|FY) ?(?P<year>\d{4})(?:[-/](?P<y2>\d{4}|\d{2}))?\b"),
        cal.fiscal_year,
        False,
        needs="digit",
    ),
    Rule(rx(r"\bthe (?P<year>\d{4}) fiscal year\b"), cal.fiscal_year, False, needs="digit"),
    Rule(
        rx(
            r"\b(?P<which>this|current|present|last|past|previous|prior|next|coming)\s+fiscal\s+year\b(?![-'’]\w)(?!\s+\d)"
        ),
        cal.relative_fiscal_year,
        True,
        needs="fiscal",
    ),
    # "the winter of 2019-20": the season the two years share, before the range of years
    Rule(
        rx(
            rf"\b{PART_OPT}(?:(?:the|in|during|by|until|since|through)\s+(?:the\s+)?)?(?P<which>)(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR_RX}[-/–](?P<y2>\d{{4}}|\d{{2}})(?!\d)"
        ),
        cal.season,
        False,
        needs="season",
    ),
    Rule(rx(r"\bbetween (?P<y1>\d{4}) and (?P<y2>\d{4})\b"), _year_range, False, needs="digit"),
    Rule(
        rx(
            r"\b(?:from )?(?P<y1>\d{4}) ?(?:-|–|—|/|to|through|until) ?(?P<y2>\d{4}|\d\d)\b(?![-/.]\d)"
        ),
        _year_range,
        False,
        needs="digit",
    ),
    Rule(rx(r"\b(?P<dir>post|pre)-(?P<year>\d{4})\b"), ab.post_year, True, needs="digit"),
    Rule(rx(rf"\b{PART_OPT}{MONTH_RX},? (?:of )?{YEAR_RX}"), ab.month_year, False, needs="month"),
    Rule(
        rx(
            rf"\b{MONTH_RX} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)? ?(?:and|or|to|-|–) ?{DAY_RX}\b(?:,? {YEAR_RX})?"
        ),
        ab.day_pair,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?:{_WD},? )?(?:on )?(?:{DAY_RX}|the (?P<ord>{_ORD_DAY}))\s+(?:of )?{MONTH_RX},? (?:of )?(?P<which>last|next|this) year\b"
        ),
        _day_month_year_word,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?:{_WD},? )?(?:on )?{MONTH_RX} {DAY_RX},? (?:of )?(?P<which>last|next|this) year\b"
        ),
        _day_month_year_word,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:on )?the (?P<ord>{_ORD_DAY}) of {MONTH_RX}(?!\w)"),
        _day_month_year_word,
        True,
        needs="month",
    ),
    # "the 12th of last month": that day, not the month (before "last month" is read alone)
    Rule(
        rx(
            r"\b(?:on |by |until |since |before |after )?the (?P<day>[12]?\d|3[01])(?:st|nd|rd|th) of (?P<which>this|last|next) month\b"
        ),
        ab.day_of_named_month,
        True,
        needs="unit",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:on )?{DAY_RX} (?:of )?{MONTH_RX}(?!\w)"),
        _day_month,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b(?:{_WD},? )?(?:on )?{MONTH_RX} {DAY_RX}\b(?!,? \d{{4}})(?![.,]\d)"),
        _day_month,
        True,
        needs="month",
    ),
    Rule(
        rx(rf"\b{PART_OPT}{_PREP}{_MONTH_FULL},? (?:of )?(?P<which>last|next|this) year\b"),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?:on\s+)?{WEEKDAY_RX}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of\s+)?(?P<which>last|next|this)\s+week\b"
        ),
        rel.weekday_of_week,
        True,
        needs="weekday",
    ),
    Rule(
        rx(rf"\b(?P<num>a|one|two|three)\s+weeks?\s+(?P<prep>from|on)\s+{WEEKDAY_RX}\b"),
        rel.weeks_from_weekday,
        True,
        needs="weekday",
    ),
    Rule(
        rx(
            r"\b(?:by |at |until |before )?the (?P<part>beginning|start|middle|end) of (?P<year>\d{4})\b"
        ),
        rel.part_of_year,
        False,
        needs="digit",
    ),
    # "the day after Christmas": the holiday's day moved by one (as "the day after Jan. 5")
    Rule(
        rx(r"\bthe\s+(?:day|night)\s+(?P<dir>before|after)\s+" + hol.pattern()[2:]),
        _day_around_holiday,
        True,
    ),
    Rule(rx(hol.pattern()), hol.holiday, True),
    # "in early spring", "during the late summer of 2019": the part after the preposition
    Rule(
        rx(
            rf"\b(?:in|during|by|until|since|through|from)\s+(?:the\s+)?(?P<part>early|mid|late)[ -](?P<which>)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{YEAR_RX}|\s+(?:of\s+)?(?:the\s+)?(?P<yrel>last|this|next|previous|past) year)?\b(?!\s+of\b)(?![-'’]\w)"
        ),
        cal.season,
        True,
        needs="season",
    ),
    Rule(
        rx(
            rf"\b{PART_OPT}(?:(?P<which>last|this|next|past|previous|coming|current)\s+|(?:the|in|during|by|until|since|through)\s+(?:the\s+)?)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{YEAR_RX}|\s+(?:of\s+)?(?:the\s+)?(?P<yrel>last|this|next|previous|past) year)?\b(?!\s+of\b)(?![-'’]\w)"
        ),
        cal.season,
        True,
        needs="season",
    ),
    Rule(
        rx(
            rf"\b{PART_OPT}(?P<which>)(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR_RX}"
        ),
        cal.season,
        True,
        needs="season",
    ),
    Rule(
        rx(r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[ -])?(?P<dyear>\d{3}0)['’]?s\b"),
        cal.decade,
        False,
        needs="digit",
    ),
    Rule(
        rx(
            r"\bthe\s+(?:(?P<part>early|mid|late)[ -])?(?:['’](?P<short>\d0)s\b|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
        ),
        cal.decade,
        True,
        needs="decadeword",
    ),
    Rule(
        rx(
            rf"\b(?:the\s+)?{PART_OPT}(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{cal.ORDINAL_WORD_RX}))[ -]century\b"
        ),
        cal.century,
        False,
        needs="century",
    ),
    Rule(rx(r"\b(?P<rel>this|last|next|previous) century\b"), cal.century, True, needs="century"),
    Rule(
        rx(
            rf"\b(?:in|since|of|during|by|until|from|the year)\s+(?P<words>(?:nineteen|eighteen|seventeen|sixteen|twenty|two thousand)(?:[ -](?:and[ -])?(?:{cal.UNIT_RX}|{cal.TENS_RX}|hundred|oh)\b)+)"
        ),
        cal.spelled_year,
        False,
        needs="spelled",
    ),
    Rule(
        rx(
            rf"\b(?:{PART_RX}[ -](?:of )?)?(?P<which>last|past|(?<!the )previous|previous(?= quarter)|(?:latest|most recent)(?= (?:quarter|month|week)\b)|this|next|coming|current) (?P<unit>week|month|year|weekend|quarter)\b(?!-)"
        ),
        rel.relative_period,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:by |at |until |before )?the (?P<part>beginning|start|middle|end) of (?:the |this )(?P<unit>week|month|year)\b"
        ),
        rel.end_of_unit,
        True,
        needs="unit",
    ),
    Rule(
        rx(r"\b(?:by |at |until |before )?(?:the )?(?P<unit>year)(?:['’]s |-| )(?P<part>end)\b"),
        rel.end_of_unit,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\b(?:within|in|over|during)\s+the\s+(?:next|coming|following)\s+(?:{NUM_RX}\s+)?(?P<unit>days|weeks|months|years)\b"
        ),
        rel.within,
        True,
        needs="unit",
    ),
    Rule(
        rx(r"\bin\s+the\s+coming\s+(?P<num>)(?P<unit>days|weeks|months)\b"),
        rel.within,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\bwithin\s+(?:the\s+next\s+)?{NUM_RX}\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\b"
        ),
        rel.within,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:within|in|over)\s+(?:the\s+(?:next|coming)\s+)?(?P<hours>\d{1,3})\s+hours\b(?!\s+(?:of|after|before|ago)\b)"
        ),
        rel.within_hours,
        True,
        needs="digit",
    ),
    Rule(
        rx(
            rf"\b(?:(?:almost|nearly|about|some|roughly|just|barely|exactly|more than|over|less than)\s+)?{NUM_RX} {_UNIT} ago\b"
        ),
        rel.ago,
        True,
        needs="unit",
    ),
    Rule(rx(rf"\b{NUM_RX} {_UNIT} from now\b"), _ahead, True, needs="unit"),
    Rule(
        rx(r"\bin\s+(?P<num>an?|one)\s+(?P<unit>day|week|fortnight|month|year)['’]s\s+time\b"),
        _ahead,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\bin\s+{NUM_RX}\s+(?P<unit>days|weeks|fortnights?|months|years)(?:['’]?\s+time)?\b(?!\s+(?:of|after|before|ago|since|to)\b)"
        ),
        _ahead,
        True,
        needs="unit",
    ),
    # "the same month last year", "the same period a year earlier": one TIMEX3, a year back
    Rule(
        rx(
            r"\bthe\s+same\s+(?P<unit>day|week|month|quarter|period|season|time)\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|before))\b"
        ),
        anc.same_unit_year_before,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:(?P<part>earlier|later)\s+)?(?:that|the same)\s+(?:same\s+)?(?P<unit>day|week|month|year|night|morning|afternoon|evening)\b(?![-'’]\w)"
        ),
        rel.that_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(r"\b(?P<part>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)\b"),
        rel.that_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "late in the day" is a time of day, not a date (TimeML); "late in the month" names the month
    Rule(
        rx(r"\b(?P<part>early|late)\s+in\s+the\s+(?P<unit>week|month|year)\b"),
        rel.that_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(r"\bthe\s+(?P<unit>weekend|week|month|year)\s+(?P<dir>before\s+last|after\s+next)\b"),
        rel.unit_before_last,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:(?:a few|several|two|three|four|some|just|only|\d+)\s+)?(?:hours|minutes)\s+(?P<dir>later|earlier)\b"
        ),
        rel.hours_later,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:few\s+)?recent\s+(?P<unit>days|weeks|months)\b"
        ),
        rel.recent,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\bthe\s+(?P<which>next|following|previous|preceding|prior)\s+(?P<unit>day|weekend|week|month|year|morning|night|evening|afternoon)\b(?![-'’]\w)"
        ),
        rel.next_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\bthe\s+(?P<which>)(?P<unit>day|week|month|year|night)\s+(?P<after>before|after)\b(?=\s*[,.;]|\s*$)"
        ),
        rel.next_unit,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            rf"\b{NUM_RX}\s+{_UNIT}\s+(?P<dir>later|earlier|previously|afterwards?|after that|before that|before(?=\s*[,.;]|\s*$)|after(?=\s*[,.;]|\s*$))"
        ),
        rel.units_later,
        True,
        anaphoric=True,
        needs="unit",
    ),
    # "the following March": the month after the date named before (not publication's)
    Rule(
        rx(rf"\bthe\s+(?P<which>following|preceding)\s+{_MONTH_FULL}\b(?!\s*\d)"),
        anc.month_from_anchor,
        True,
        anaphoric=True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\bthe\s+(?P<which>following|next|previous|preceding|prior)\s+{WEEKDAY_RX}(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),
        anc.weekday_from_anchor,
        True,
        anaphoric=True,
        needs="weekday",
    ),
    # "a historic day for the country": the day the narrative is at
    Rule(rx(anc.evaluated_day_pattern()), anc.evaluated_day, True, anaphoric=True, needs="unit"),
    # "the day after the shooting": the happening's day, dated by the date named before
    Rule(
        rx(
            r"\bthe\s+(?P<unit>day|night|morning|evening)\s+(?P<dir>before|after)\b(?=\s+[\w'‘\"“])"
        ),
        anc.day_after_event,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\bthe\s+year[- ](?:earlier|ago)\s+(?P<what>(?:(?:first|second|third|fourth)[ -])?quarter|(?:(?:first|second)[ -])?half(?:[ -]year)?|period|month)\b"
        ),
        anc.year_earlier_part,
        True,
        anaphoric=True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?P<word>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))\b(?:\s+(?:morning|afternoon|evening|night))?"
        ),
        rel.relative_day,
        True,
        needs="relday",
    ),
    # "the following Monday", "the previous Friday" are the anchored rule's; so is "the next
    # Sunday" told in the past (``rel.weekday`` leaves it)
    Rule(
        rx(
            rf"(?<!every )(?<!each )(?<!following )(?<!preceding )(?<!previous )(?<!prior )\b(?:(?P<which>last|this past|this|next|coming|past)\s+|on\s+)?{WEEKDAY_RX}(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),
        rel.weekday,
        True,
        needs="weekday",
    ),
    Rule(
        rx(
            r"\b(?:over|at|during|on|through|throughout|by|until)\s+the\s+weekend\b|\bthe\s+weekend\b(?=\s*[,.;]|\s*$|['’]s\b)"
        ),
        rel.the_weekend,
        True,
        needs="unit",
    ),
    Rule(
        rx(
            r"\b(?:on|by|until|till|since|before|after)\s+the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?![-'’]\w)(?!\s+(?:of|century|centuries|anniversary|time|times|day|days|floor|round|place|birthday|amendment|minute|hour|week|month|year|consecutive|straight|annual|edition|session|congress|parliament)\b)"
        ),
        ab.day_of_month,
        True,
        needs="digit",
    ),
    Rule(
        rx(
            rf"(?<!following )(?<!preceding )\b(?:{PART_RX}[ -](?:of\s+)?)?(?:(?P<which>last|next|this|past|previous)\s+)?{_PREP}{_MONTH_FULL}\b(?!\s*\d)(?![-'’]\w)"
        ),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b{PART_OPT}{_PREP}(?P<which>last|next|this|past|previous)\s+{_MONTH_FULL}\b(?!\s*\d)"
        ),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            rf"\b(?P<det>the|an?|its|their|his|her) {_MONTH_FULL}(?= [a-z]{{3,}})(?! (?:of|and|or|to|in)\b)"
        ),
        _month_only,
        True,
        needs="month",
    ),
    Rule(
        rx(
            r"\b(?:in|into|for)\s+the\s+(?:(?:near|foreseeable|immediate|not[- ]too[- ]distant)\s+)?future\b(?![-'’]\w)"
        ),
        rel.future_ref,
        True,
        needs="future",
    ),
    Rule(
        rx(
            r"\b(?:right now|for now|by now|until now|up to now|now|currently|at present|at the moment|these days|nowadays|presently)\b(?![-'’]\w)"
        ),
        rel.present,
        True,
        needs="present",
    ),
    Rule(
        rx(
            rf"\b(?:in|during|since|of|by|until|till|from|through|throughout|before|after|around|circa|between|the year|(?:back|dating|dates|dated) to|as (?:early|late) as|no (?:later|earlier) than)\s+(?:at\s+(?:the\s+)?(?:least|latest|earliest)\s+)?{PART_OPT}{YEAR_RX}(?!(?<=0)['’]s)"
        ),
        _year_cue,
        False,
        needs="digit",
    ),
    # "in '98", "the summer of '69": a two-digit year after a year word (not "the '90s")
    Rule(
        rx(
            r"\b(?:in|since|of|during|by|until|till|from|through|before|after|around)\s+['’](?P<yy>\d\d)\b(?!['’]?s\b)(?![.,:]?\d)"
        ),
        ab.short_year,
        True,
        needs="digit",
    ),
    # "a loss for 1989", "the outlook for 2025": after "for" only a year of the last two
    # centuries ("for 1200 of them" is a count)
    Rule(
        rx(r"\bfor\s+(?P<year>(?:19|20)\d\d)(?!\d|,\d|['’]?s\b|\s+of\b)"),
        _year_cue,
        False,
        needs="digit",
    ),
    Rule(rx(rf"\b{_DET}\s+{YEAR_RX}(?:['’]s)?\s+{_NOUN}"), _noun_year, False, needs="digit"),
    Rule(
        rx(
            r"\b(?:(?:AD|A\.D\.|CE)\s+(?P<year>\d{1,4})\b|(?P<year2>\d{1,4})\s+(?:AD|A\.D\.|CE)(?!\w))"
        ),
        _era_year,
        False,
        needs="digit",
    ),
    Rule(rx(r"\bthe year (?P<year>\d{1,3})\b(?![.,]\d)"), ab.year, False, needs="digit"),
    Rule(
        rx(
            r"(?:(?<=\d, )|(?<=\d and )|(?<=\d, and )|(?<=\d or ))(?:(?P<part>early|mid|late)[ -])?(?P<year>\d{4})(?!\d|,\d)"
        ),
        _year_in_list,
        False,
        needs="digit",
    ),
]

# narrative phrases ("the same day") go last, so that every date they may continue is known
_ORDERED = sorted(RULES, key=lambda r: r.anaphoric)
_CUES = {
    "month": rx(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"),
    "weekday": rx("|".join(WEEKDAYS)),
    "unit": rx(
        r"\b(?:days?|weeks?|fortnights?|weekends?|months?|years?|quarters?|decades?|century|centuries|hours|minutes|night|morning|afternoon|evening)\b"
    ),
    "relday": rx(r"\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon|evening)\b"),
    "future": rx(r"\bfuture\b"),
    "present": rx(r"\b(?:now|currently|present|presently|moment|these days|nowadays)\b"),
    "season": rx(r"\b(?:spring|summer|autumn|fall|winter)\b"),
    "century": rx(r"century"),
    "spelled": rx(r"\b(?:nineteen|eighteen|seventeen|sixteen|twenty|two thousand)\b"),
    "since": rx(r"\bsince\b"),
    "quarter": rx(r"quarter"),
    "half": rx(r"\bhalf\b"),
    "fiscal": rx(r"\bfiscal\b"),
    "decadeword": rx(r"ties\b|['’]\d0s"),
}
# The literal words each pattern needs (``prefilter.needed``): a substring test in C rules out
# most patterns of a sentence before the pattern is tried at every position of it.
_PLAN = [(rule, needed(rule.pattern)) for rule in _ORDERED]
# the same, flat for ``find_dates``'s loop (which runs every rule for every sentence): the
# cue the rule needs, whether it needs a publication date, its words (``may_match``, inlined)
_PLAN_ROWS = [
    (rule.needs, rule.relative and not rule.anaphoric, words, rule.pattern, rule)
    for rule, words in _PLAN
]
_CUE_NEEDS = {key: (rx_, needed(rx_)) for key, rx_ in _CUES.items()}
