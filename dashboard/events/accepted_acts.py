"""An act done to the subject that the subject agrees to accept: "Colombia agreed to accept
deportation flights from the United States" is Colombia's pledge to cooperate (CAMEO 1.1b3
§030 express intent to cooperate, as "agreed to take back deportees" is), not Colombia
intending to deport anyone (§03 + §174, which the intent-to-coerce recoding reads as a
threat, §137). The pledge is made when told, so it keeps the day "agreed" has. "Accept", "allow", "receive" and "take
back" make their subject the one the complement's act reaches (WordNet 3.0, accept v. 2
'consider or hold as true' / v. 4 'receive willingly something given or offered').
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.trigger import Trigger

_ACCEPT = frozenset("accept allow receive admit tolerate".split())
# coercion and cuts in relations done to the one who accepts them (CAMEO 1.1b3 §16, §17)
DONE_TO_ROOTS = frozenset({"16", "17"})


def accepted(p: Parse, comp: Trigger) -> bool:
    """Is the complement ``comp`` the object of "accept", "allow" or "receive" right before
    it ("agreed to accept deportation flights", "agreed to take back deportees")?"""
    before = [t for t in p.tokens if t.end <= comp.start][-2:]
    if comp.text.split()[0].lower() in _ACCEPT:
        return True  # the trigger runs from the verb ("accept deportation")
    return any(t.keys & _ACCEPT for t in before) or (
        len(before) == 2 and "take" in before[0].keys and before[1].lower == "back"
    )
