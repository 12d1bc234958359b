"""An act told by a noun whose restrictive relative clause gives its day, inside a clause a
saying dates: "Iran said on Saturday that the general had died in the raid on the port that
sank two boats on Thursday".

A restrictive relative clause ("that sank two boats on Thursday") says which act the noun
names (Quirk et al. 1985, 17.3-17.6): its verb tells that act again, so a date phrase inside
it is the act's own time (TimeML 1.2.1: a TIMEX3 anchors the event of its clause, here the
noun's event told a second time). The saying's day ("said on Saturday") dates only the
telling (``dates_telling``); an act dated by it was read on the day it was spoken of, a day
after it happened, and joined another act of that later day. The clause's day stands only
when it lies before the telling (the act was told after it happened) and within the week
before it, and only when nothing in between marks another act or frame: a comma or other
clause break, an auxiliary that starts the main clause's verb again, a connective of time ("after the raid that ... on Thursday" puts the act after
that day, TimeML AFTER), or another verb of saying.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.events.dates import find_dates
from dashboard.events.drafts import _Draft
from dashboard.model import DateRange

# a determiner or possessive right before the trigger, with at most two modifiers and no
# auxiliary between: the act is named by a noun phrase ("the raid", "a deadly strike"), not
# told by a finite verb ("the troops had attacked"); "that" is left out, being as often the
# complementizer of the saying ("said that troops attacked")
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this)\s+(?:(?!(?:had|has|have|was|were|is|are|been)\b)"
    r"[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the noun's prepositional complement ("raid on the port", "bombing of a camp in X"): only it
# may stand between the noun and the relative pronoun, so the clause is the noun's own and not
# a verb's object's ("attacked the town that rebels seized on Friday")
_PREPOSITION = re.compile(
    r"\s+(?:on|of|in|at|near|against|outside|inside|across|along|off)\b", re.IGNORECASE
)
# the clause after the trigger up to its relative pronoun: one clause, no break of it
_TO_RELATIVE = re.compile(r"[^,;:.()\"“”]{0,60}?\b(?:that|which)\s+", re.IGNORECASE)
# what stands between the relative pronoun and the date: the same clause, no new frame
_BREAK = re.compile(r"[,;:()\"“”]")
# words that put the date on another act than the noun's (Allen 1983's relations as TimeML
# signals: AFTER, BEFORE, BEGINS, ENDS, DURING another act) or open another telling
_OTHER_ACT = re.compile(
    r"\b(?:after|before|since|following|until|till|when|while|as|ahead|prior|"
    r"said|says|told|reported|announced|confirmed|added|stated)\b",
    re.IGNORECASE,
)
# an auxiliary after the relative clause's first word starts the main clause's verb: "the
# strike that killed five had been answered by rockets on Tuesday" dates the answer, not the
# strike (the relative clause has ended; "that had killed five on Tuesday" keeps its own)
_AUXILIARIES = frozenset(
    "had has have was were is are been being would will could should might may must".split()
)
_WEEK = 7  # a relative weekday ("on Thursday") reaches back at most this far


def relative_clause_day(text: str, d: _Draft, said: DateRange, pub: date) -> DateRange | None:
    """The day the restrictive relative clause of the noun that tells ``d``'s act gives
    (``said`` being the day of its telling, its only date), or None.

    Example: in "Iran said on Saturday that the general had died in the raid on the port
    that sank two boats on Thursday." (published on the Saturday), the draft of "raid on"
    takes the Thursday. None when the trigger is no noun, no relative clause follows it in
    its clause, the clause gives no day or two, the day is not within the week before the
    telling, or a connective of time or a verb of saying stands between."""
    trig = d.trigger
    if said.precision != 1 or not _NOUN_BEFORE.search(text, max(0, trig.start - 40), trig.start):
        return None
    rel = _TO_RELATIVE.match(text, trig.end)
    if rel is None or _OTHER_ACT.search(text, trig.end, rel.start()):
        return None
    ends_in_preposition = re.search(r"\b(?:on|of|in|at|near|against)$", trig.text, re.I)
    if not (ends_in_preposition or _PREPOSITION.match(text, trig.end)):
        return None  # what follows the trigger is no complement of a noun
    stop = re.search(r"[.!?](?:\s|$)", text[rel.end() :])
    tail = text[rel.end() : rel.end() + stop.start() if stop else len(text)]
    found = find_dates(tail, pub)
    if len(found) != 1 or found[0].range.precision != 1:
        return None
    m = found[0]
    before = tail[: m.start]
    if _BREAK.search(before) or _OTHER_ACT.search(before) or _main_verb(before):
        return None
    day = m.range
    if not said.start - timedelta(days=_WEEK) <= day.start < said.start:
        return None
    why = (
        f"told by a saying ({said.reason}); its noun's relative clause gives its day: {day.reason}"
    )
    return DateRange(day.start, day.end, 1, day.text, why)


def _main_verb(clause: str) -> bool:
    """Whether an auxiliary stands after the relative clause's first word: the main clause's
    verb, so the relative clause ended before it."""
    return any(w.lower() in _AUXILIARIES for w in clause.split()[1:])
