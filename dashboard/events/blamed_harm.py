"""The harm a blame names: "a rival gang was blamed for the killing of six men whose bodies
were found near the town of X on Sunday" tells the killing as a fact, and only its doer as
alleged.

"Blame X for Y" presupposes Y (Merriam-Webster, blame v. 1 'to find fault with', 2 'to hold
responsible' for something bad that happened; Karttunen 1971 on factive predicates): the
killing happened, whoever did it. CAMEO 1.1b3 §112 codes the blame; its note that an
accusation "does not in any way imply that the alleged events have taken place" concerns the
act charged to the accused ("accused X of ambushing", a gerund, ``embedded_acts``), not a
definite noun of harm the story reports. So the harm (CAMEO 18-20) is a card of its own, with
no doer (the one blamed is only alleged), dated by the day its own words give: on that day,
or, when the day is when its victims were found ("whose bodies were found … on Sunday"), in
the week up to it (TimeML BEFORE: the finding follows the killing). With no day of its own
it gives none: the blame's day does not date the harm.
"""

from __future__ import annotations

import re
from datetime import timedelta

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.narrative import family_of
from dashboard.model import DateRange

# the blame's object (passive: none; active: up to four words) then "for" and a determiner of
# the harm noun, with at most two modifiers ("the brutal killing", "last week's bombing")
_FOR_HARM = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:the|a|an|this|these|those|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
# the day is when the victims were found: the harm came before it
_FOUND = re.compile(r"\b(?:found|discovered|recovered|unearthed|dumped)\b", re.IGNORECASE)
# a clause break before the day: the day is another clause's
_BREAK = re.compile(r"[;:—–]|,\s+(?:and|but|while|as)\b|\b(?:said|says)\b")
_BLAME = "112"


def blamed_harm(
    text: str, s: int, end: int, main: Trigger, strong: list[Trigger], dates: list[DateMention]
) -> tuple[Trigger, DateRange] | None:
    """(the harm, its date) when ``main`` is a blame (§112 "blame") whose "for" object is an
    act of force with a day of its own before ``end``; else None."""
    if not (main.full or "").startswith(_BLAME) or not main.text.lower().startswith("blam"):
        return None
    t = next((x for x in strong if x.start >= main.end), None)
    if t is None or family_of(t.code) != "violence" or t.flags:
        return None
    if _FOR_HARM.fullmatch(text, main.end, t.start) is None:
        return None
    for dm in dates:
        at = s + dm.start
        if at < t.end or at >= end or dm.range.precision != 1:
            continue
        if _BREAK.search(text, t.end, at):
            return None
        day = dm.range
        if _FOUND.search(text, t.end, at):
            reason = f"its victims were found {day.text} ({day.reason}): killed on or before"
            return t, DateRange(day.end - timedelta(days=6), day.end, 2, day.text, reason)
        return t, day
    return None
