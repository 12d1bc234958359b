"""A follow-up act told as a count after another day: "Gunmen attacked a police post a day
after Monday's bombing", "Two days after the shooting on Monday, police arrested a
teenager", "Police arrested the bomber 24 hours after Tuesday's blast".

TimeML 1.2.1 values such an anchored phrase as the day it names, the anchor moved by the
count ("two days after March 3" is March 5; the guidelines' "the day before last Tuesday"
is one DATE), and links the main clause's event to it; the happening the "after" phrase
names keeps the anchor's own day (TimeML AFTER: the act follows it). So the act with no day
of its own takes the moved day, the dated noun inside the phrase keeps the anchor's.

Follow-up reports of one happening often date it this way (a second report a day or two
later), so reading the act on the report's week and the noun on the moved day split one
happening into two dated days apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.dates_common import NUMBER_WORDS_RX, count_span, possessive_date
from dashboard.events.dates_occurred import occurred_aside
from dashboard.events.prefilter import gated
from dashboard.events.tokens import past_verb
from dashboard.model import DateRange

_NUM = r"(?P<num>\d{1,3}|" + NUMBER_WORDS_RX + r")"
# "a day after", "two days after", "48 hours after", "the day after", "the morning after",
# "hours after", "a few hours after": a count of days, weeks or hours after a named time;
# behind its word "after" (``prefilter.gated``): most sentences hold none, where the pattern
# was tried at every word, the costliest scan of a sentence's date work (issue 15)
COUNTED_AFTER = gated(
    rf"\b(?:(?P<the>the\s+(?:day|morning))|(?:{_NUM}\s+|(?P<vague>a\s+few|several)\s+)?"
    r"(?P<unit>days?|weeks?|hours?))\s+after\s+",
    re.IGNORECASE,
)
# where an "after" phrase closes: a clause break (the main clause resumes after it)
_PHRASE_END = re.compile(r"[,;:()]|\s[-–—]\s")


def _days(m: re.Match[str]) -> tuple[int, int] | None:
    """The days the count moves by, as ``(least, most)``; None when the phrase names no day
    ("30 hours after": a part of a day the text leaves open, no day to move by)."""
    if m["the"] is not None:
        return (1, 1)
    unit = m["unit"].lower()
    if unit.startswith("hour"):
        if m["num"] is None:  # "hours after", "a few hours after": that day or the next
            return (0, 1)
        n = count_span(m["num"])[0]
        if n < 24:  # "two hours after": that day, or the next when late at night
            return (0, 1)
        return (n // 24, n // 24) if n % 24 == 0 else None
    if m["vague"] is not None:
        low, high = count_span(m["vague"])
    elif m["num"] is None:
        return None  # "days after the vote": no count, no day
    else:
        try:
            low, high = count_span(m["num"])
        except KeyError:
            return None
    k = 7 if unit.startswith("week") else 1
    return (low * k, high * k)


def _moved(r: DateRange, days: tuple[int, int], why: str) -> DateRange:
    """``r`` (one day) moved forward by ``days``, a span when the count is one."""
    low, high = days
    start, end = r.start + timedelta(days=low), r.end + timedelta(days=high)
    return replace(r, start=start, end=end, precision=1 if start == end else 2, reason=why)


def counted_after(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention], free: list[DateRange]
) -> list[DateRange]:
    """The day of the act ``main`` told as a count after a named day of its sentence
    (``text[s:end]``): ``[that day moved]``, or ``free`` unchanged. Applies when the act has
    no date (``free`` empty) or its date is the anchor inside the "after" phrase ("retook
    the town 72 hours after rebels seized it on Sunday": Sunday is the seizure's); never when
    the act itself stands inside the phrase or the anchor is not a single day."""
    for m in COUNTED_AFTER.finditer(text, s, end):
        close = _PHRASE_END.search(text, m.end(), end)
        stop = close.start() if close is not None else end
        if m.start() <= main.start < stop:
            continue  # the act is the one the phrase names, or counts from
        days = _days(m)
        inside = [dm for dm in dates if m.start() <= s + dm.start < stop]
        if days is None or not inside or inside[0].range.precision != 1:
            continue
        dm = inside[0]
        if free and (free[0].start, free[0].end) != (dm.range.start, dm.range.end):
            continue  # the act has a day of its own
        # a phrase fronted before the act and closed by its comma holds its own day: the
        # main clause only resumes after the comma (Quirk et al. 1985 §8.18); kept to a noun's
        # day ("after the shooting on Monday,"): with a clause of its own ("after police took
        # him into custody on 19 March,") a later state sentence took the moved day as its
        # story's and split happenings set J (.795 -> .718)
        fronted = close is not None and stop <= main.start and not _anchor_own(text, m.end(), s, dm)
        if (
            not free
            and not fronted
            and s + dm.start != m.start()
            and not possessive_date(text, s + dm.end)
        ):
            # "arrested the suspect two days after the attack on Monday": a day after a noun
            # may be the act's own, as news writes it; only a day on its noun is surely not
            continue
        if free and main.start < m.start() and not _anchor_own(text, m.end(), s, dm):
            # "arrested 12 protesters a day after the rally on Sunday": a day closing the
            # sentence after a noun is the verb's, as news writes it, not the rally's
            continue
        if s + dm.start == m.start():  # "a day after Monday": the reader already moved it
            why = f"the act follows the happening by the count: {dm.range.reason}"
            return [replace(dm.range, reason=why)]
        phrase = " ".join(text[m.start() : m.end()].split())
        return [_moved(dm.range, days, f"'{phrase}' {dm.range.reason}")]
    return free


def _anchor_own(text: str, after: int, s: int, dm: DateMention) -> bool:
    """Whether the day ``dm`` in the "after" phrase opening at ``after`` is surely the
    anchor's: written on its noun ("Tuesday's blast") or told in the phrase's own clause
    with a past verb ("72 hours after rebels seized it on Sunday")."""
    if possessive_date(text, s + dm.end):
        return True
    return any(past_verb(w) for w in re.findall(r"[A-Za-z]+", text[after : s + dm.start]))


def anchor_of(text: str, s: int, dm: DateMention) -> DateMention:
    """The anchor's own day of a moved date bound to a noun ("a day after Monday's bombing":
    the bombing is Monday's, the day after is the act's that follows it); ``dm`` itself
    for any other date."""
    m = COUNTED_AFTER.match(text, s + dm.start)
    days = _days(m) if m is not None else None
    if m is None or days is None or days[0] != days[1] or dm.range.precision != 1:
        return dm
    back = timedelta(days=days[0])
    what = text[m.end() : s + dm.end]
    r = dm.range
    why = f"'{what}' itself, the day '{dm.text}' counts from"
    return replace(dm, range=replace(r, start=r.start - back, end=r.end - back, reason=why))


def follow_up_day(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention], free: list[DateRange]
) -> list[DateRange]:
    """The day of ``main`` in a follow-up report: the one an occurrence aside gives its
    noun (``dates_occurred``), else a count after another day (``counted_after``), else
    ``free`` unchanged."""
    own = occurred_aside(text, s, main, dates, bool(free))
    return [own] if own is not None else counted_after(text, s, end, main, dates, free)
