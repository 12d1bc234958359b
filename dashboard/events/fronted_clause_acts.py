"""An act of force told in a fronted "before" or "after" clause at a place of its own.

"Hours before he shot six people in Brno, the attacker stabbed a neighbour in Zlin": a
temporal clause opened by "before" or "after" (maybe after a count of time, "hours before")
has its own subject and finite verb (Quirk et al. 1985, 15.25), and TimeML 1.2.1 marks its
verb an EVENT of its own, ordered by the signal to the main one. Fronted, it is read by no
other rule: ``before_clause`` and ``embedded_acts`` read the clause after the main one. CAMEO
1.1b3 codes each act a report tells, so when the fronted clause tells an act of force,
seizure or arrest (CAMEO 17-20) in the simple past at a place it names, that act is a
happening apart (ACLED codes one event per place). A clause with no place of its own may
tell the main act's scene again ("After gunmen stormed the bank, they shot two guards"), so
it is left to the main event.

Shape::

    fronted_clause_act(text, s, main, strong, mentions) -> (trigger, (start, end)) | None
    told_again(sec, anchor, drafts) -> bool
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.clause_words import MODALS
from dashboard.events.dates_counts import UNITS
from dashboard.events.drafts import _Draft
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger import WEAK, Trigger
from dashboard.model import Mention

# "Hours before he …, ": an optional count of time, the conjunction, the clause, its comma
FRONTED_TEMPORAL = re.compile(
    rf"(?:(?:[\w-]+\s+){{0,2}}(?:hour|minute|moment|{UNITS})s?\s+)?(?:before|after)\s+"
    r"([^,;:()]{3,150}?),\s+",
    re.IGNORECASE,
)
_MAX_SUBJECT_WORDS = 6  # "he" .. "hundreds of armed men from the hills"
# CAMEO 1.1b3 coerce (§17), assault (§18), fight (§19), mass violence (§20)
_ROOTS = ("17", "18", "19", "20")


def fronted_clause_act(
    text: str, s: int, main: Trigger, strong: Sequence[Trigger], mentions: Sequence[Mention]
) -> tuple[Trigger, tuple[int, int]] | None:
    """The act of force told as the own past verb of a "before"/"after" clause that opens the
    sentence starting at ``s`` (article offsets) ahead of ``main``, with the clause's span,
    when the clause names a resolved place of ``mentions``; None otherwise. Example: "Hours
    before he shot six people in Brno, the attacker stabbed a neighbour" -> (shot, clause)."""
    m = FRONTED_TEMPORAL.match(text, s)
    if m is None or m.end() > main.start:
        return None
    lo, hi = m.start(1), m.end(1)
    inside = sorted((t for t in strong if lo <= t.start < hi and t.weight > WEAK), key=_start)
    act = inside[0] if inside else None
    if act is None or act is main or not _own_verb(text, lo, act):
        return None
    if not any(x.place is not None and act.end <= x.start < hi for x in mentions):
        return None
    return act, (lo, hi)


def _start(t: Trigger) -> int:
    return t.start


def _own_verb(text: str, opened: int, act: Trigger) -> bool:
    """``act`` is the clause's first verb, past, of CAMEO 17-20, unflagged, with a short
    subject and no modal before it."""
    words = text[opened : act.start].lower().split()
    if len(words) > _MAX_SUBJECT_WORDS or MODALS.intersection(words):
        return False
    if act.flags or not (act.full or act.code).startswith(_ROOTS):
        return False
    return any("VBD" in (verb_forms(w.lower()) or ("", frozenset()))[1] for w in act.text.split())


def same_place(one: Mention, other: Mention | None) -> bool:
    """Do two resolved mentions name one place (the fronted clause's scene told again)?"""
    return other is not None and (
        one.place == other.place if one.place is not None else one.text == other.text
    )


def told_again(sec: _Draft, anchor: _Draft, drafts: Sequence[_Draft]) -> bool:
    """Is the fronted clause's draft ``sec`` already told: at the main act's place, or by a
    draft of the sentence on its own verb ("After police arrested the mayor in Izmir on
    Tuesday," is read with its day by the dated-clause rule already)?"""
    if sec.location is None or same_place(sec.location, anchor.location):
        return True
    at = sec.trigger
    return any(d.trigger.start < at.end and at.start < d.trigger.end for d in drafts)
