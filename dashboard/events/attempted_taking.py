"""A taking of ground told only as tried: "demonstrators tried to take over the radio
station", "rebels attempted to seize the airport".

"Try" and "attempt" introduce an event whose occurrence they do not assert (TimeML,
Pustejovsky et al. 2003: I_ACTION; FactBank 1.0, Sauri and Pustejovsky 2009: the complement of
"try" is underspecified, neither fact nor counterfact). The takings of CAMEO 1.1b3 code what
is held after the act: §192 (occupy territory) ground held, §171 (seize property) things
held, §181 (abduct, hijack, take hostage) people or craft held. A taking only tried holds
nothing: the match is dropped, and what the sentence tells as done (the toll, the clash, a
riot) is read instead. Other roots keep their reading ("tried to assassinate" is §185 by
``governing``; "tried to storm parliament" stays the riot it is).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the CAMEO codes of a taking, whose act is the hold it leaves
_TAKINGS = ("171", "181", "192")
# the verbs of trying, by their forms, and how far before the match their "to" may stand
# ("tried to take over", "were trying again to seize")
_TRY = frozenset("try tries tried trying attempt attempts attempted attempting".split())
_REACH = 3


def tried_taking(p: Parse, m: Match) -> bool:
    """Is ``m`` a taking (``_TAKINGS``: §171, §181, §192) whose verb is the infinitive after
    "try"/"attempt": a word of the match with "to" right before it, and the verb of trying
    at most ``_REACH`` words before that "to" ("rebels attempted to seize", the row's subject
    slot opening the match)?"""
    if not m.rule.code.startswith(_TAKINGS):
        return False
    tokens = p.tokens
    return any(
        tokens[k - 1].lower == "to"
        and any(tokens[j].lower in _TRY for j in range(max(0, k - 1 - _REACH), k - 1))
        for k in range(max(m.first, 2), m.last + 1)
    )
