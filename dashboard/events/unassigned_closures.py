"""A facility of passage told as closed, by no one: "the airport was closed until further notice".

CAMEO 1.1b3 §1 codes interactions of political actors, and §172 (impose administrative
sanctions) codes restrictions an actor imposes on a population. A road, port or airport said
in the agentless passive to have been closed names no one who closed it (Quirk et al. 1985
§3.64-3.65: the agentless passive leaves the agent unknown or unimportant); weather, an
eruption or an operator shuts such places as often as a government does, so a §172 card would
guess its side. No card rather than a guessed one; a closure with its agent ("was closed by
the army") or with an active subject ("Authorities closed the airport") keeps its reading.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# Levin 1993 §45.4 verbs of change of state for a facility shut (close, shut, seal)
_CLOSE = frozenset("close shut shutter seal".split())
# verbs that stop a scheduled run (Merriam-Webster suspend v. 2 'to cause to stop temporarily')
_SUSPEND = frozenset("suspend halt cancel ground stop".split())
_BE = frozenset("be is are was were been being".split())
# a state's boundary as a whole: only a state closes it (recoding._frontier_closed, §172)
_FRONTIERS = frozenset("border borders frontier frontiers airspace".split())
# a closure denied is left to the negation flag ("the border will not be closed")
_NOT = frozenset("not n't never".split())


def unassigned_closure(p: Parse, m: Match) -> bool:
    """Is ``m`` a bare §172 "closed" in the agentless passive whose subject is a way or a
    place of passage (``classes.csv`` PASSAGE: airport, port, road, bridge), or a bare
    "suspended" whose subject is a scheduled run (SCHEDULED_SERVICE: flights, ferries)?

    "The airport in Maumere was closed on Monday" and "Flights were suspended at the airport"
    give True; "Authorities closed the airport", "The road was closed by soldiers", "The
    border was closed" (only a state closes one), "The newspaper was closed" and "The
    newspaper was suspended" give False."""
    tokens = p.tokens
    if m.rule.code != "172" or m.first != m.last:
        return False
    keys = tokens[m.first].keys
    kind = "PASSAGE" if keys & _CLOSE else "SCHEDULED_SERVICE" if keys & _SUSPEND else None
    if kind is None:
        return False
    k = m.first
    if k == 0 or tokens[k - 1].lower not in _BE or "VBN" not in tokens[k].tags:
        return False
    clause = p.clause[k]
    after = (t for j, t in enumerate(tokens[k + 1 :], k + 1) if p.clause[j] == clause)
    if any(t.lower == "by" for t in after):
        return False  # "was closed by the army": the agent is named
    subject = tokens[p.opening(k) : k - 1]
    if any(t.lower in _FRONTIERS or t.lower in _NOT for t in subject):
        return False
    return any(t.keys & word_class(kind) for t in subject)
