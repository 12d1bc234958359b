"""Aid told as waiting to enter is aid not given: "Relief lorries have been queuing for days to
cross into the province".

CAMEO 1.1b3 §07 codes aid provided, "extend" or "give" it; aid that waits, queues or is stuck
short of the people it is for has not reached them, so no act of giving is told (TimeML: the
giving is no event instance of the sentence; the wait is a state). The aid noun must be the
subject of the waiting verb, with only nouns of its own phrase ("aid trucks"), auxiliaries
and "still" between; "Aid reached the town after waiting for weeks" is aid given.
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Match

# Merriam-Webster wait v. 1a 'to stay in place in expectation of', queue v. 'to line up',
# stick v. 'to become blocked, wedged, or jammed' (stuck), strand v. 'to leave in a strange or
# unfavorable place especially without funds or means to depart' (stranded), idle v. 'to
# spend time in idleness' (of vehicles: "trucks idled at the gate")
_WAITING = frozenset("wait await queue stick strand idle".split())
_BETWEEN = frozenset({"still", "now", "reportedly"})  # "aid trucks are still waiting"
_REACH = 6  # tokens from the aid noun to the waiting verb


def aid_waiting(p: Parse, m: Match) -> bool:
    """Is ``m`` an aid noun (§07, kind N) whose clause tells it waiting, queuing or stuck
    ("Aid trucks have been waiting for weeks to enter the enclave")? Raises nothing."""
    if m.rule.kind != "N" or not m.rule.code.startswith("07"):
        return False
    tokens = p.tokens
    for j in range(m.last + 1, min(m.last + 1 + _REACH, len(tokens))):
        t = tokens[j]
        if t.boundary:
            return False
        if t.keys & _WAITING:
            return True
        if t.lower in AUX or t.lower in _BETWEEN:
            continue
        if j in p.verbs or "NOUN" not in t.pos:
            return False  # another verb, or a word outside the aid's own noun phrase
    return False
