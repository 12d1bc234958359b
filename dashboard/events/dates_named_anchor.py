"""An act told as a count before or after a happening the text dated earlier by its noun.

"Police arrested an opposition leader on Monday, after last week's presidential election. The
government shut down the internet two days before the vote." TimeML 1.2.1 anchors "two days
before the vote" on the vote's own time (the TIMEX3 ``anchorTimeID`` of an event-anchored
expression), and the vote is the election the text dated before by a possessive or a modifier
("last week's election", "the March 2 referendum"): a definite noun of the same kind refers
back to it (ACE 2005 event coreference). So the act lies that many days from the election's
week, not in the week of the arrest told just before. An electoral contest is named by many
nouns (``act_contexts.csv`` row CONTEST: election, vote, poll, referendum …); other nouns refer
back only to themselves.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.events.act_contexts import context_words
from dashboard.events.dates import find_dates
from dashboard.events.dates_common import NUM_RX, count_span, precision_for
from dashboard.model import DateRange

# "two days before the vote", "a week after the summit": a count from a happening's noun
_COUNT_FROM = re.compile(
    rf"\b{NUM_RX}\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after|ahead\s+of)\s+the\s+"
    r"(?P<noun>[a-z-]+)\b",
    re.IGNORECASE,
)
# between a date and the noun it dates: a possessive and up to two modifiers ("last week's
# presidential election", "the March 2 referendum")
_DATE_ON_NOUN = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,2}$")
# a day right after the noun, in its own phrase ("rejected the charter in a referendum on
# Sunday", "the vote held on Monday"): a prepositional or participle postmodifier (Quirk et
# al. 1985 §17.37, §17.19); only a day, a longer period may frame more than the noun
_DAY_AFTER_NOUN = re.compile(r"\s+(?:held\s+)?", re.IGNORECASE)


def count_from_named(text: str, s: int, e: int, pub: date) -> DateRange | None:
    """The range of an act in the sentence ``text[s:e]`` told as a count from a happening's
    noun that an earlier sentence dated, or None. Example: "… after last week's presidential
    election. The government shut down the internet two days before the vote." (published
    Friday 14 March 2025; last week 3-9 March) -> 1-7 March."""
    m = _COUNT_FROM.search(text, s, e)
    if m is None:
        return None
    try:
        low, high = count_span(m["num"])
    except KeyError:
        return None
    if low != high:
        return None  # "a few days before the vote": no one count
    noun = m["noun"].lower()
    contest = context_words("CONTEST")
    nouns = contest if noun in contest else frozenset({noun})
    anchor = dated_noun_before(text, s, nouns, pub)
    if anchor is None:
        return None
    days = high * (7 if m["unit"].lower().startswith("week") else 1)
    step = timedelta(days=days if m["dir"].lower() == "after" else -days)
    start, end = anchor.start + step, anchor.end + step
    if end > pub:
        return None
    why = f"'{m.group().strip()}': counted from the {noun} told before ({anchor.reason})"
    return DateRange(start, end, precision_for(start, end), None, why)


def dated_noun_before(text: str, s: int, nouns: frozenset[str], pub: date) -> DateRange | None:
    """The date bound to the last noun of ``nouns`` in the sentences before ``s`` ("last
    week's presidential election" -> last week), or None."""
    words = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    for n in reversed(list(re.finditer(rf"\b(?:{words})\b", text[:s], re.IGNORECASE))):
        start = max(text.rfind(". ", 0, n.start()), text.rfind("\n", 0, n.start())) + 1
        stop = text.find(". ", n.end(), s)
        for dm in find_dates(text[start : s if stop < 0 else stop], pub):
            if dm.continues or dm.range.end > pub:
                continue
            if _DATE_ON_NOUN.fullmatch(text, start + dm.end, n.start()):
                return dm.range
            if dm.range.precision == 1 and _DAY_AFTER_NOUN.fullmatch(
                text, n.end(), start + dm.start
            ):
                return dm.range  # "in a referendum on Sunday": the day of the noun's own phrase
    return None
