"""The ``DateMention`` record (one resolved date phrase, its offsets, range and parts) and
how one rule's match becomes one: the rule's reading, a bare "on <day>" read in the
direction its clause sets, and a phrase naming an impossible day refused with its reason.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR

from dashboard.events.dates_common import ACT_SLACK, Context, Got, Rule, precision_for
from dashboard.events.dates_tense import direction
from dashboard.model import DateRange


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


def _within_refused(
    text: str, mention: DateMention, refused: list[tuple[int, int]]
) -> DateMention | None:
    """``mention`` with its reason naming the impossible date around it ("'31 February 2023'
    names no day: month February 2023"), so a reader sees the day was not read; None for a
    single day inside it ("Tuesday" in "on Tuesday 31 June"): the text names no such day, and
    the weekday alone would make one up (the publication day, in a Tuesday's copy)."""
    for s, e in refused:
        if mention.range.precision == 1 and mention.start < e and s < mention.end:
            return None
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
        # "31 February", year 0, past date.max: no date; a weekday before it is part of it
        weekday = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
        refused.append((weekday.start() if weekday else m.start(), m.end()))
        return None
    if got is None or got.start > got.end:
        return None
    if anchored_on_pub:
        got = got._replace(relative=True)
    return _mention(m, got, rule, outside)


_WEEKDAY_BEFORE = re.compile(
    r"\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+$", re.IGNORECASE
)


def year_unread(m: re.Match[str]) -> bool:
    """Whether ``m`` spells a year no calendar holds ("12 March 99999", year 0). Such a phrase
    is left unread, and no other rule reads a part of it ("12 March") with a year of its own
    choosing: that would report a day the text never named."""
    year = m.groupdict().get("year")
    return year is not None and year.isdigit() and not MINYEAR <= int(year) <= MAXYEAR


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


_FULL_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
# "now" and "the future" name no day a narrative could count from
_FUTURE_REF = re.compile(r"(?i)\bfuture$")
_PRESENT = re.compile(
    r"(?i)(?:right |for |by |until |up to )?(?:now|currently|at present|at the moment|these days|nowadays|presently)$"
)
