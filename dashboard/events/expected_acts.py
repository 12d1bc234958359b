"""An event noun told as expected: "Weeks of negotiations are expected before a government is
formed", "Talks are likely next month". The noun is the subject of "be expected", "be
likely" or "be due", which put it ahead of the time of the story: a plan or a forecast,
not a happening (ACE 2005 annotation guidelines, events: tense Future for scheduled events;
TimeML 1.2.1 I_STATE "expect" makes its event non-factual)."""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_BE = frozenset("is are was were be".split())
_AHEAD = frozenset("expected likely due planned scheduled anticipated foreseen".split())
# how far the noun phrase may run on to its verb ("talks between the two main parties are")
_REACH = 8


def expected_subject(p: Parse, m: Match) -> bool:
    """Is the noun match ``m`` the subject of "be" + ``_AHEAD`` ("negotiations are expected",
    "months of talks are likely")? The walk from the noun stops at a clause mark or another
    verb. "Talks that were expected ended on Monday" has its own verb first, and "The talks
    ended, as expected" puts "expected" after a clause mark: both stay done."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    for k in range(m.last + 1, min(m.last + 1 + _REACH, len(tokens) - 1)):
        t = tokens[k]
        if t.boundary or t.lower in ("that", "which", "who"):
            return False
        if t.lower in _BE:
            return tokens[k + 1].lower in _AHEAD
        if k in p.verbs and "NOUN" not in t.pos:
            return False
    return False
