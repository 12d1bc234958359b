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
The table's rows live in ``dates_rules_calendar``, ``dates_rules_counted`` and
``dates_rules_bare``, in that order, with the handlers no rule module holds in
``dates_handlers``; ``dates_mention`` makes one rule's match a ``DateMention`` and
``dates_passes`` holds the passes over a sentence's dates after the table.

Durations and recurring times ("for three weeks", "every Friday") are not dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dashboard.analysis import BARE_WIRE_DATELINE, DATELINE
from dashboard.events.dates_common import (
    MONTH_WORDS_RX,
    WEEKDAY_WORDS_RX,
    Context,
    Rule,
    add_months,
    fmt_range,
    month_span,
    precision_for,
    rx,
    week_of,
)
from dashboard.events.dates_mention import DateMention, _apply, _within_refused, year_unread
from dashboard.events.dates_names import name_spans
from dashboard.events.dates_passes import (
    _before_the_report,
    _ranges_in_order,
    _southern,
    _with_time,
)
from dashboard.events.dates_rules_bare import BARE_RULES
from dashboard.events.dates_rules_calendar import CALENDAR_RULES
from dashboard.events.dates_rules_counted import COUNTED_RULES
from dashboard.events.dates_sets import recurring
from dashboard.events.dates_that_clause import complement_that
from dashboard.events.lead_guards import LeadGuarded
from dashboard.events.prefilter import (
    Needs,
    digit_run,
    digits_needed,
    fold,
    may_match,
    needed,
    needed_each,
)
from dashboard.model import DateRange

__all__ = [
    "DateMention",
    "dateline_date",
    "find_dates",
    "precision_for",
    "publication_range",
    "reference_date",
    "shift",
]


def reference_date(r: DateRange) -> date:
    """ACLED's single event date for a range (see the module docstring)."""
    if r.precision == 3 and r.text and re.search(r"\b(early|beginning|start)\b", r.text, re.I):
        return r.start
    if r.precision == 3 and r.text and re.search(r"\b(late|end)\b", r.text, re.I):
        return r.end
    return r.start + (r.end - r.start) // 2


def dateline_date(text: str) -> tuple[int, int] | None:
    """The span of the date in a wire dateline at the start of ``text``, or None.

    That date is when the story was filed: the ``dates`` contract reports it (TimeBank tags
    it), but it says no more about when a happening took place than the publication date
    does, so the event reader never dates an event by it (issue 12, item 5).
    Example: ``dateline_date("PARIS, May 2 (AFP) -- Talks ...") == (7, 12)``.
    """
    m = DATELINE.match(text)
    # only after a place in capitals: "Rebels, May 2 (Wire) --" may be a caption's credit
    if m and m["date"] and m["caps"]:
        return m.span("date")
    bare = BARE_WIRE_DATELINE.match(text)
    return bare.span("date") if bare else None


def publication_range(published: date) -> DateRange:
    """No date phrase of its own: the week ending at publication, never the day itself.

    Reported events mostly happened shortly before the report, but the text does not say
    which day, so the honest claim is the seven days up to publication (precision 2).
    """
    start = published - timedelta(days=6)
    why = f"no date phrase: date inferred as the week up to publication ({fmt_range(start, published)})"
    return DateRange(start, published, 2, None, why)


# a count in weeks: "two weeks after", "a fortnight before"
_WEEKS = re.compile(r"\b(?:weeks?|fortnights?)\b", re.IGNORECASE)


def shift(r: DateRange, days: int, phrase: str, anchor_label: str) -> DateRange:
    """'two days after X': X's range moved by ``days``. A count of weeks ("two weeks after
    X") is an approximate offset, so a day moved by it gives the week it lands in (ACLED time
    precision 2: a day is coded only when the text gives it; TimeML 1.2.1 values "two weeks
    ago" at the week's grain, the same count read back)."""
    start, end = r.start + timedelta(days=days), r.end + timedelta(days=days)
    if r.precision == 1 and _WEEKS.search(phrase):
        start, end = week_of(start)
        reason = f"'{phrase}' {anchor_label} ({fmt_range(r.start, r.end)}) → the week {fmt_range(start, end)}"
        return DateRange(start, end, 2, phrase, reason)
    reason = f"'{phrase}' {anchor_label} ({fmt_range(r.start, r.end)}) → {fmt_range(start, end)}"
    return DateRange(start, end, r.precision, phrase, reason)


def shift_units(r: DateRange, days: int, rel: re.Match[str], anchor_label: str) -> DateRange:
    """'five months after X', 'two days after X': X's range moved by the count of ``rel``
    (its groups ``num``, ``unit`` and ``dir``, as ``counted_after.RELATIVE`` reads them; a
    count of hours has no unit and moves by ``days``, 0). Days and
    weeks move by ``days`` (``shift``); months and years, whose signed count ``days`` then
    is, give the whole month or year that far from the anchor's start (ACLED time precision
    3 and 4: "five months" is no day)."""
    unit = (rel["unit"] or "hours").lower()
    if unit[0] not in "my":
        return shift(r, days, rel.group(), anchor_label)
    if unit.startswith("month"):
        y, m = add_months(r.start.year, r.start.month, days)
        start, end = month_span(y, m)
        precision = 3
    else:
        start, end, precision = (
            date(r.start.year + days, 1, 1),
            date(r.start.year + days, 12, 31),
            4,
        )
    reason = (
        f"'{rel.group()}' {anchor_label} ({fmt_range(r.start, r.end)}) → {fmt_range(start, end)}"
    )
    return DateRange(start, end, precision, rel.group(), reason)


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
    shared_calendar: str | None = None,
) -> list[DateMention]:
    """Every date phrase in ``text`` (one sentence) that resolves, left to right, without overlaps.

    ``future`` is the sentence's default direction; ``country`` (ISO alpha-2) picks numeric
    date order, fiscal years, holiday calendars and, with ``latitude``, the hemisphere of
    seasons; ``dayfirst`` is the numeric order other dates in the article show; ``anchor``
    is the date the narrative was at before this sentence; ``utc_offset`` the article's
    offset in minutes; ``shared_calendar`` the country whose calendar alone reads a holiday
    name many countries share ("Independence Day") when ``country`` is None (the event reader
    passes the article's home country; None: the lexicon row's). Example:
    ``find_dates("They met on Friday.", date(2024, 11, 7))``.
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
        shared_calendar=shared_calendar,
    )
    found: list[DateMention] = []
    # phrases that name no day of the calendar ("31 February"): a later rule that reads a part
    # of them ("February") says so in its reason
    refused: list[tuple[int, int]] = []
    unread: list[tuple[int, int]] = []  # phrases with a year no calendar holds: nothing in them
    folded = fold(text)
    has = _features(text, folded)  # one fold of the sentence for the cues and the rows
    undated = published is None
    names = name_spans(text)  # "The Sunday Times", "Bloody Sunday": no date inside a name
    run = digit_run(text) if has["digit"] else 0
    for words, more, digits, pattern, rule in _rows_for(has, undated):
        if digits > run:
            continue  # ``digits``: a year ("in 2019") where no four digits stand together
        if words is not None and not any(map(folded.__contains__, words)):
            continue  # none of the words every match of the rule holds: it finds nothing
        if more and not all(any(map(folded.__contains__, w)) for w in more):
            continue  # "before" is there, but no feast's name for "the day before Easter"
        for m in _SCANS[pattern](text) if pattern in _SCANS else pattern.finditer(text):
            if found and any(m.start() < d.end and d.start < m.end() for d in found):
                continue
            if names and any(m.start() < e and s < m.end() for s, e in names):
                continue
            if unread and any(m.start() < e and s < m.end() for s, e in unread):
                continue
            mention = _apply(rule, m, base, found, refused)
            if mention is None and year_unread(m):
                unread.append(m.span())
            if mention is not None and refused:
                mention = _within_refused(text, mention, refused)
            if mention is not None:
                found.append(mention)
    # a recurring time ("each year in June") is a TimeML SET, no date (``dates_sets``)
    kept = [d for d in found if not recurring(text, d) and not complement_that(text, d)]
    ordered = sorted((_with_time(text, d, base) for d in kept), key=lambda d: d.start)
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


def _features(text: str, folded: str) -> dict[str, bool]:
    """Which cue words a sentence holds, so that each of the ~60 patterns runs only where it
    can match (most sentences of a story hold no date at all); ``folded`` is ``fold(text)``."""
    out = {
        key: may_match(words, folded) and rx_.search(text) is not None
        for key, (rx_, words) in _CUE_NEEDS.items()
    }
    out[""] = True
    out["digit"] = any(map(str.isdigit, text))
    return out


RULES: list[Rule] = [*CALENDAR_RULES, *COUNTED_RULES, *BARE_RULES]

# narrative phrases ("the same day") go last, so that every date they may continue is known
_ORDERED = sorted(RULES, key=lambda r: r.anaphoric)
_CUES = {
    "month": rx(r"\b(?:" + MONTH_WORDS_RX + r")\b"),
    "weekday": rx(WEEKDAY_WORDS_RX),
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


def _more_needs(pattern: re.Pattern[str]) -> tuple[Needs, ...]:
    """The needs after the first (``needed``'s) worth a test: two at most, none whose shortest
    word is under four characters ("the", " "), which nearly every sentence holds."""
    return tuple(n for n in needed_each(pattern)[1:] if min(map(len, n)) >= 4)[:2]


# The literal words each pattern needs (``prefilter.needed``): a substring test in C rules out
# most patterns of a sentence before the pattern is tried at every position of it.
_PLAN = [(rule, needed(rule.pattern)) for rule in _ORDERED]
# the same, flat for ``find_dates``'s loop (which runs every rule for every sentence): the
# cue the rule needs, whether it needs a publication date, its words (``may_match``, inlined),
# its other needs (``needed_each``: "before" and a feast's name), the digits in a row it
# needs (``digits_needed``: the year rules were a fifth of the rules' scanning, and most
# numbers in the news are not years)
_PLAN_ROWS = [
    (
        rule.needs,
        rule.relative and not rule.anaphoric,
        words,
        _more_needs(rule.pattern),
        digits_needed(rule.pattern),
        rule.pattern,
        rule,
    )
    for rule, words in _PLAN
]
_CUE_NEEDS = {key: (rx_, needed(rx_)) for key, rx_ in _CUES.items()}
# the rows that open with look-behind guards ("(?<!every )(?<!each )…", 19 to 23 of them),
# scanned from their body (``lead_guards``): ``re`` asked every guard at every word start
# of every sentence; the plan's scans of the bundled articles, 0.53 -> 0.14 ms an article
_SCANS = {
    row[5]: scan.finditer for row in _PLAN_ROWS if (scan := LeadGuarded(row[5])).body is not None
}

# The rows of ``_PLAN_ROWS`` whose cue the sentence holds (and, with no publication date,
# that need none), in the plan's order, per set of cues: most sentences hold one of a few
# sets ("unit" and "digit", or none at all), and the loop over all ~100 rows testing each
# one's cue was a fifth of ``find_dates``'s own time (issue 15). Safe to keep: the key is
# every input of the filter (the cues' truth values in ``_HAS_KEYS`` order, ``undated``),
# and ``_PLAN_ROWS`` is built once at import and never changed. Cleared when full.
_HAS_KEYS = (*_CUE_NEEDS, "", "digit")
# (words, other needs, digits needed, pattern, rule): a row of the plan with its cue tested
_Row = tuple[Needs | None, tuple[Needs, ...], int, re.Pattern[str], Rule]
_ROWS_BY_CUES: dict[tuple[bool, ...], tuple[_Row, ...]] = {}
_ROWS_BY_CUES_MAX = 4096


def _rows_for(has: dict[str, bool], undated: bool) -> tuple[_Row, ...]:
    """The plan's rows worth trying on a sentence whose cues are ``has`` (``_features``):
    (words, other needs, digits needed, pattern, rule) of each, in ``_PLAN_ROWS``'s order."""
    key = (undated, *map(has.__getitem__, _HAS_KEYS))
    got = _ROWS_BY_CUES.get(key)
    if got is None:
        got = tuple(
            (words, more, digits, pattern, rule)
            for needs, needs_pub, words, more, digits, pattern, rule in _PLAN_ROWS
            if has[needs] and not (needs_pub and undated)
        )
        if len(_ROWS_BY_CUES) >= _ROWS_BY_CUES_MAX:
            _ROWS_BY_CUES.clear()
        _ROWS_BY_CUES[key] = got
    return got
