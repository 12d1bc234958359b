"""The "since" phrase before a trigger, unless the trigger is that phrase's own dated object:
"cut off since Monday's earthquake" names the quake, dated Monday, as the span's start; the
quake happened then, so it is a happening of its own (TimeML: a possessive date is its
noun's, and "since" anchors the span on that event, which keeps its own time).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.date_scope import _SINCE
from dashboard.events.since_phrase import since_preposition
from dashboard.events.source_candidates import _SUBORDINATOR, in_subordinate_clause
from dashboard.events.tokens import tokenize
from dashboard.events.trigger import Trigger

# "since Monday's", "since last week's", "since the 8 May": a date written on the noun
_DATED_OBJECT = re.compile(
    r"\bsince\s+(?:(?:\w+day|yesterday|(?:last|this)\s+(?:week|month|night))['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def since_before(text: str, s: int, main: Trigger) -> re.Match[str] | None:
    """``_SINCE`` before ``main`` within 60 characters, or None when ``main`` is the dated
    object of that "since" ("since Monday's earthquake")."""
    lo = max(s, main.start - 60)
    if _DATED_OBJECT.search(text, lo, main.start):
        return None
    since = _SINCE.search(text, lo, main.start)
    if since is not None and since_preposition(tokenize(text[since.start() : main.end]), 0):
        # "Since then rebels have seized two towns", "Since Monday rebels have seized": a
        # preposition before a phrase of time opens the span, no clause (``since_phrase``);
        # "since then" dates the act from that time (``dates_told_before.since_then``)
        return None
    return since


def named_in_since(text: str, lo: int, a: Actor) -> bool:
    """Is ``a`` named inside a "since" clause with its own verb opened after ``lo`` (the
    trigger's end): "NATO has deployed troops since the Kremlin ordered the invasion" names
    the Kremlin as the doer of that earlier act, the start of the span, not a side of the
    deployment (TimeML: the clause is an event of its own, which "since" only anchors)."""
    opener = None
    for m in _SUBORDINATOR.finditer(text, max(lo, a.start - 80), a.start):
        opener = m
    return (
        opener is not None
        and opener.group().strip().lower() == "since"
        and in_subordinate_clause(text, lo, a)
    )
