"""The act of a fronted count phrase, dated back from the main clause's day: "Three days
after an earthquake struck the town, rescuers were still digging on Friday" (the quake is
Tuesday, not Friday).

TimeML 1.2.1 values "three days after X" as the day X's time moved by the count, and links
the main clause's event to it: read the other way, the act the phrase tells lies that count
before the main clause's day. ``dates_counted_after.counted_after`` moves a day told inside
the phrase forward to the main act; when the act read is the phrase's own and its only day
is the main clause's (told after the phrase closes with a comma), that day is the main
clause's, and the act's is it moved back by the count. Only a phrase opening its sentence
(after a dateline at most), a count of whole days or weeks and a single day are read; the
phrase's own day ("two days after rebels seized it on Sunday") stays the act's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.dates_counted_after import _PHRASE_END, COUNTED_AFTER, _days
from dashboard.model import DateRange

# what may stand before a fronted phrase: nothing, or a dateline ("KYIV — ")
_OPENING = re.compile(r"\s*(?:[A-Z][\w .,'’-]*\s[-–—]\s*)?")


def counted_back(
    text: str, s: int, end: int, main: Trigger, dates: list[DateMention], free: list[DateRange]
) -> list[DateRange]:
    """The day of ``main`` told inside a fronted count phrase of the sentence ``text[s:end]``
    ("Two days after a missile hit the school, ..."), when its only date ``free`` is a day
    the main clause gives after the phrase's comma: ``[that day moved back by the count]``;
    ``free`` unchanged otherwise. Example: "Three days after an earthquake struck the town,
    rescuers were still digging on Friday 13 March" dates the quake Tuesday 10 March."""
    if len(free) != 1 or free[0].precision != 1:
        return free
    m = COUNTED_AFTER.search(text, s, end)
    if m is None or _OPENING.fullmatch(text, s, m.start()) is None:
        return free
    close = _PHRASE_END.search(text, m.end(), end)
    days = _days(m)
    if close is None or text[close.start()] != "," or days is None or days[0] < 1:
        return free
    if not m.end() <= main.start < close.start():
        return free  # the act is the main clause's, which the count runs to
    if any(m.start() <= s + dm.start < close.start() for dm in dates):
        return free  # the phrase has a day of its own
    told = [dm for dm in dates if s + dm.start >= close.end() and _same(dm.range, free[0])]
    if not told:
        return free
    low, high = days
    day = free[0]
    start, stop = day.start - timedelta(days=high), day.end - timedelta(days=low)
    phrase = " ".join(text[m.start() : m.end()].split())
    why = f"the main clause's day ({day.reason}) less the count '{phrase}'"
    return [replace(day, start=start, end=stop, precision=1 if start == stop else 2, reason=why)]


def _same(a: DateRange, b: DateRange) -> bool:
    return (a.start, a.end) == (b.start, b.end)
