"""An act told in a relative clause inside an accusation's charge: "…, accusing Paris of
backing the jihadists who have blockaded the capital" charges Paris with backing them; the
blockade is part of what the accuser says, not an act the sentence tells of Paris or of
anyone on that day.

CAMEO 1.1b3 §112: "events coded under 112 are allegations … and do not in any way imply that
the alleged events have taken place". ``misread_acts.alleged_act`` reads the act right after
"of"; this reads one a restrictive relative clause adds to the charge's object (Quirk et al.
1985 §17.3: a restrictive relative clause is part of the noun phrase it modifies, so it stands
inside the charge). A relative set off by a comma ("the jihadists, who have blockaded the
capital") is the writer's own aside (§17.22, non-restrictive) and stays an act.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.misread_acts import ALLEGING

_RELATIVES = frozenset("who which that".split())
# the charge's own words: "of", a gerund and its object's noun phrase ("of backing the armed
# groups"), before the relative; a longer run is another clause
_CHARGE_SPAN = 8
# the accuser's verb and its object ("accusing the French government of")
_ACCUSED_SPAN = 6


def alleged_relative(p: Parse, m: Match) -> bool:
    """Does ``m`` stand in a restrictive relative clause on a noun inside the "of" charge of
    an accusing verb ("accused X of backing the rebels who attacked the town"), or does its
    gap run through such a charge (``_charged_in_gap``)?"""
    tokens = p.tokens
    if _charged_in_gap(p, m):
        return True
    opening = p.opening(m.first)
    if opening < 3 or tokens[opening].lower not in _RELATIVES:
        return False
    for j in range(opening - 1, max(-1, opening - 1 - _CHARGE_SPAN), -1):
        if tokens[j].boundary:
            return False  # ", who have…": the writer's aside, or another clause
        if tokens[j].lower == "of":
            return any(
                tokens[k].keys & ALLEGING and not tokens[k].boundary
                for k in range(max(0, j - _ACCUSED_SPAN), j)
            )
    return False


def _charged_in_gap(p: Parse, m: Match) -> bool:
    """Does a subject-first row's gap hold an accusing verb and then "of" before its act
    ("Separatists accused soldiers of setting fire to homes": the row 'separatist * set fire'
    would make the accusers the arsonists)? The act is the charge (§112 note above)."""
    gap = p.tokens[m.first + 1 : m.last]
    for j, t in enumerate(gap):
        if t.keys & ALLEGING:
            return any(x.lower == "of" for x in gap[j + 1 :])
    return False
