"""An act of force named by a definite noun with a place and a day of its own, as the object of
an appeal or a demand: "Police appealed for witnesses to the shooting at a beach resort near
Sousse earlier this week" tells the shooting (CAMEO 1.1b3 §180) as well as the appeal (§020),
and the place and week are the shooting's, not the appeal's.

TimeML 1.2.1 gives an event noun its own TIMEX3 when one modifies it, and a definite noun
presupposes its act; a condemnation's object is read so already
(``embedded_acts._judged_object``). The lexicon's appeal rows often hold the noun in their
span ("appealed for witnesses to the shooting"), so the noun is read again on its own.
Precision first: only a singular noun right after "the", with a place phrase right after it
and then a date of a day or a week before the clause closes; "the shooting" alone, a plural
("the attacks") and a noun asked to end ("an end to the bombing in Gaza") stay as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events.cameo import Trigger, triggers
from dashboard.events.dates import DateMention

# the main act's roots that ask (CAMEO 1.1b3 §02 appeal, §10 demand); a condemnation's object
# (§11, §12) is ``embedded_acts._judged_object``'s, a statement's complement its own clause
_ASKING_ROOTS = frozenset({"02", "10"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
# "the shooting", "the bus attack": "the", at most one modifier, then a singular noun of force
# whose code does not hang on its context ("bombing" may be aerial, §195, or a bomb's, §183;
# a "blast" or "explosion" may be an accident, a "raid" a police search)
_DEFINITE = re.compile(
    r"\bthe\s+(?:[a-z][\w-]*\s+)?(?P<noun>shooting|attack|stabbing|massacre|"
    r"ambush|killing|assault)(?=\s+(?:at|in|near|outside|on)\s)",
    re.IGNORECASE,
)
# asked to stop: no act done ("an end to the shooting"); or the cause an "after" clause
# tells, read by ``embedded_acts`` ("appealed for calm after the attack in Arish on Friday")
_NOT_DONE = re.compile(
    r"\b(?:(?:end|halt|stop|cessation|pause)\s+(?:to|of)|after|following|since)\s+$",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"[,;]")
# a date of a day, or of a week at most ("earlier this week")
_SPAN = timedelta(days=7)
# between the noun and its date, only its place phrase: no verb of another clause
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|when|where|after|before|as|and|but)\b", re.I)


def dated_event_noun(
    text: str, s: int, main: Trigger, dates: list[DateMention], end: int
) -> tuple[re.Match[str], Trigger, DateMention] | None:
    """The act of force named by a definite noun after (or inside the span of) the asking
    ``main``, with its own place phrase and then its own date before the clause closes: (an
    empty match at "the", where the main act's span ends, the noun's trigger, its date), or
    None. ``dates`` are the sentence's own mentions (offsets from ``s``)."""
    if (main.full or main.code)[:2] not in _ASKING_ROOTS:
        return None
    close = _CLOSE.search(text, main.start, end)
    stop = close.start() if close else end
    m = _DEFINITE.search(text, main.start, stop)
    if m is None or m.start() <= main.start:
        return None
    if _NOT_DONE.search(text, max(main.start, m.start() - 20), m.start()):
        return None
    own = [
        dm
        for dm in dates
        if m.end() < s + dm.start < stop and dm.range.end - dm.range.start < _SPAN
    ]
    if not own or _CLAUSE_WORD.search(text, m.end(), s + own[0].start):
        return None
    found = triggers(text[m.start("noun") : m.end("noun")])
    if not found or (found[0].full or found[0].code)[:2] not in _FORCE_ROOTS:
        return None
    t = replace(
        found[0], start=found[0].start + m.start("noun"), end=found[0].end + m.start("noun")
    )
    marker = re.compile("").match(text, m.start())
    return (marker, t, own[0]) if marker is not None else None
