"""A main act counted from a noun dated by an "of" phrase closing the sentence: "Police
arrested 40 protesters two days after the crash of 28 February".

TimeML 1.2.1 values such an anchored phrase as the anchor's day moved by the count ("two
days after March 3" is March 5) and links the main clause's event to it; "the crash of 28
February" is a noun postmodified by its date (Quirk et al. 1985, 17.38: an of-phrase
postmodifier), so the day is surely the crash's, not the arrest's. When the "after" clause
holds no act the coder reads, nothing else dates the main act, which fell to the report's
week. A day after "on" ("two days after the crash on 28 February") stays unread: news
writes the act's own day there as often as the noun's (``dates_counted_after``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.counted_after import counted_days
from dashboard.events.dates import DateMention
from dashboard.events.drafts import _Draft, _precision

_OF_BEFORE = re.compile(r"\b[a-z]+\s+of\s+$")  # "the crash of " right before the day
_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")  # where the "after" phrase closes


def of_noun_count(
    sent: str,
    s: int,
    rel: re.Match[str] | None,
    sub: list[Trigger],
    dates: list[DateMention],
    d: _Draft,
) -> None:
    """Give ``d`` (the main act of ``sent``, which starts at ``s``; no date of its own) the
    day the count ``rel`` ("two days after", a ``counted_after.RELATIVE`` match) reaches from
    the single day its phrase writes on a noun through "of"; nothing when the phrase holds an
    act of its own (``sub``, a hazard aside) or counts hours, months or years.

    Example: "Police arrested 40 protesters two days after the crash of 28 February" (a
    2025 story) -> 2 March 2025.
    """
    # a hazard noun ("the crash of 28 February", a disaster card of its own) is the anchor
    # itself, no act of the phrase's own
    acts = [t for t in sub if not t.code.startswith("DIS-")]
    if rel is None or acts or d.readings or "unit" not in rel.re.groupindex or not rel["unit"]:
        return
    if rel["unit"].lower()[0] not in "dw" or d.trigger.start >= s + rel.start():
        return
    close = _BREAK.search(sent, rel.end())
    stop = close.start() if close is not None else len(sent)
    inside = [dm for dm in dates if rel.end() <= dm.start < stop]
    if len(inside) != 1 or inside[0].range.precision != 1:
        return
    dm = inside[0]
    if not _OF_BEFORE.search(sent, max(0, dm.start - 30), dm.start):
        return
    move = timedelta(days=-counted_days(rel))
    phrase = " ".join(rel.group().split())
    why = f"'{phrase}' the noun's day: {dm.range.reason}, moved by the count"
    r = replace(dm.range, start=dm.range.start + move, end=dm.range.end + move, reason=why)
    d.readings[:] = [(r, _precision(d.location))]
