"""An act told as coming after a clause that dates another act: on or after that date.

"The protests began after parliament voted on February 7": the date is the vote's (the
date reader binds it to the clause's own verb), and the main act stands in TimeML's TLINK
AFTER to it (TimeML 1.2.1 annotation guidelines, 2.4 TLINK: "after" signals AFTER; Allen
1983, "after" as the relation of an interval following another). The act is then on or
after that day, how long after the text does not say, so the span runs from the day (or the
month) the clause gives to the end of the next two months, at ACLED time precision 3, as
``date_scope._after_dated_noun`` spans "after the July vote"; the event's finishing closes
it at publication for an act told as done. A year in the clause is too loose to bound it
and is left alone.

An "after" clause can also part the subject from its verb ("Police, after the mayor declared
on Monday that the rally was banned, detained the organisers", Quirk et al. 1985 §15.54, a
subordinate clause set off by commas inside the main clause): the date is the aside's verb's
(TimeML 1.2.1: a TIMEX3 anchors the event it modifies) and the act after it, the same span
(``aside_after``), never the aside's day itself. Only a date told next to the aside's own
finite verb counts ("declared on Monday that …"); a date further on may be a time in what was
said ("said the camp would be cleared on Friday"), and an aside with no finite verb ("after
dark on Monday", "after the vote on Monday") is left to the date reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.cameo import Trigger
from dashboard.events.clause_words import object_gap_relative
from dashboard.events.date_scope import _after_dated_noun
from dashboard.events.dates import DateMention
from dashboard.events.dates_common import add_months, month_span, possessive_date
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import tokenize, verb_forms
from dashboard.model import DateRange

AFTER_PRECISION = 3  # the span is weeks long: ACLED's "month" precision
_REACH = 60  # characters from the act's trigger to the "after" opening the clause
_AFTER = re.compile(r"\b(?:after|following)\s+", re.IGNORECASE)
_OPENS = re.compile(r",\s*(?:after|following)\s+", re.IGNORECASE)  # an aside (``aside_after``)
_WORD = re.compile(r"[\w'’.-]+")
_SUBJECT_WORDS = 5  # "after the country's upper house voted": the clause's subject, at most


@lru_cache(maxsize=1)
def _break() -> re.Pattern[str]:
    """What parts the "after" from the act, or the date from the clause's verb: a stop, or a
    word opening another clause (``classes.csv`` row CLAUSE_LINK)."""
    words = "|".join(sorted(word_class("CLAUSE_LINK"), key=len, reverse=True))
    return re.compile(rf"[;:()]|\b(?:{words})\b", re.IGNORECASE)


def after_dated(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention]
) -> list[DateRange]:
    """The span after a happening an "after" phrase dates: a noun's year or month
    (``_after_dated_noun``), else a clause's own day or month ("began after parliament
    voted on February 7": from 7 February to the end of April, precision 3). ``dates``
    are the sentence's mentions (offsets from ``s``); empty when neither is there."""
    return _after_dated_noun(text, s, end, main, dates) or _after_dated_clause(
        text, s, end, main, dates
    )


def _after_dated_clause(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention]
) -> list[DateRange]:
    after = _AFTER.search(text, main.end, min(end, main.end + _REACH))
    if after is None or _break().search(text, main.end, after.start()):
        return []  # no "after", or it opens another clause than the act's
    if "," in text[main.end : after.start()]:
        # "marks the start of the disarmament, after its founder called in February for
        # it": an "after" set off by a comma comments on the whole telling (Quirk et al.
        # 1985 §8.15), and the act is the one told before (lead68's test, CI)
        return []
    if any(_saying(w.group()) for w in _WORD.finditer(text, main.end, after.start())):
        return []  # "began, officials said, after …": the "after" may be the saying's
    verb_end = _clause_verb(text, after.end(), end)
    if verb_end is None:
        return []  # "after the vote on Monday": a noun's date may be the act's own
    for dm in dates:
        at = s + dm.start
        if at < verb_end or at >= end or _break().search(text, verb_end, at):
            continue
        if possessive_date(text, s + dm.end):
            return []  # "Wednesday's ruling": the day is its noun's, no act's of the clause
        if _in_gapped_relative(text, after.end(), at):
            return []  # "postponed the vote he had promised to hold in May": the relative's
        spanned = span_after(dm, text[after.start() : s + dm.end])
        return [spanned] if spanned is not None else []
    return []


def span_after(dm: DateMention, clause: str) -> DateRange | None:
    """The span of an act told after the act ``clause`` dates by ``dm``: from its day (or its
    month's first) to the end of the next two months, precision 3; None for a year or a
    stretch, too loose a bound to date the act (TimeML 1.2.1: "after" orders the act AFTER
    the dated one, an open range the text does not close)."""
    first = dm.range.start
    if dm.range.precision == 1:
        last = first
    elif dm.range.precision == 3 and first.day == 1:
        last = dm.range.end
    else:
        return None
    y, m = add_months(last.year, last.month, 2)
    close = month_span(y, m)[1]
    why = f"after the act the clause '{clause}' dates (TimeML AFTER): from {first} to {close}"
    return DateRange(first, close, AFTER_PRECISION, dm.text, why)


def _in_gapped_relative(text: str, start: int, at: int) -> bool:
    """Does a zero relative with its object gapped ("the vote he had promised to hold")
    open between ``start`` and the date at ``at``? A date inside it is the relative's act's
    (TimeML 1.2.1: a TIMEX3 anchors the event it modifies), not the after-clause's verb's."""
    tokens = tokenize(text[start:at], start)
    return any(object_gap_relative(tokens, i) for i in range(1, len(tokens)))


def _clause_verb(text: str, start: int, end: int) -> int | None:
    """Where the finite past verb of the clause opening at ``start`` ends, after a subject
    of one to ``_SUBJECT_WORDS`` words ("parliament voted"), or None (a noun phrase)."""
    words = list(_WORD.finditer(text, start, end))[: _SUBJECT_WORDS + 1]
    for w in words[1:]:
        forms = verb_forms(w.group().lower())
        if forms is not None and "VBD" in forms[1]:
            # "after relatives said they would contest Monday's ruling": a date in what a
            # report tells is its content, not the time of the report (TimeML REPORTING)
            return None if _saying(w.group()) else w.end()
    return None


@lru_cache(maxsize=4096)
def _saying(word: str) -> bool:
    """Is ``word`` a form of a reporting verb (``classes.csv`` row SAYING_VERB)?"""
    forms = verb_forms(word.lower())
    return forms is not None and forms[0] in word_class("SAYING_VERB")


def aside_after(text: str, s: int, main: Trigger, dates: list[DateMention]) -> DateRange | None:
    """The span after the day an "after" aside between the subject and ``main`` dates by its
    own verb, or None. ``dates`` are the sentence's mentions (offsets from ``s``); the aside
    must open with ", after" before the date and close with a comma right before ``main``.

    "Police, after the mayor declared on Monday that the rally was banned, detained the
    organisers" gives Monday to the end of the month two months on (precision 3)."""
    for dm in dates:
        at, stop = s + dm.start, s + dm.end
        if stop > main.start:
            continue
        opening = _opening(text, s, at)
        close = text.rfind(",", stop, main.start)
        if opening is None or close < 0 or text[close + 1 : main.start].strip():
            continue  # no aside around the date, or words past it before the main verb
        if _verb_before(text, opening, at):
            return span_after(dm, text[opening:stop].strip())
    return None


def _opening(text: str, s: int, at: int) -> int | None:
    """Where the "after" aside holding the date at ``at`` opens (past ", after "), or None
    when there is none or a comma closes it before the date."""
    found = [m for m in _OPENS.finditer(text, s, at)]
    if not found or "," in text[found[-1].end() : at]:
        return None
    return found[-1].end()


def _verb_before(text: str, start: int, at: int) -> bool:
    """Does the aside opening at ``start`` have a subject of one to ``_SUBJECT_WORDS`` words
    and a finite past verb that ends right before the date at ``at`` ("the mayor declared
    on Monday")?"""
    words = list(_WORD.finditer(text, start, at))
    if not 2 <= len(words) <= _SUBJECT_WORDS + 1:
        return False
    forms = verb_forms(words[-1].group().lower())
    return forms is not None and "VBD" in forms[1]
