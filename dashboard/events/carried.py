"""A traveller carried by others: "was flown to The Hague", "were driven to the border".

The passive of a transitive verb of carrying ("fly" as 'transport by aircraft', WordNet 3.0
fly v. 3) tells what others did with its subject (Quirk et al. 1985 §3.64: the passive's
subject is the active's object), so a suspect flown to a court or deportees driven to a
border make no visit (CAMEO 1.1b3 §042 make a visit is the visitor's own act).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_CARRY = frozenset("fly drive take bring ship transfer airlift".split())


def carried(p: Parse, m: Match) -> bool:
    """Is ``m`` a visit row (§042) whose verb of carrying stands in the passive, right after a
    form of "be" ("He was flown to The Hague")?"""
    if not m.rule.code.startswith("042") or m.first == 0:
        return False
    tokens = p.tokens
    return bool(tokens[m.first].keys & _CARRY) and "be" in tokens[m.first - 1].keys
