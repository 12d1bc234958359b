"""A warning, told in a background clause, whose "that" clause states a fact: "Officials
evacuated the town after engineers warned that the bridge was unsafe". The §130 row reads
"warn" as a threat, but CAMEO 1.1b3 §13 codes "coercive or forceful warnings with serious
potential repercussions" an actor makes about its own act; a clause that tells a state of
things (no modal, no future: ``modal_scope.told_as_fact``) warns of no act. When the warning
governs the sentence, ``governing`` reads it as a comment (§012); in an adverbial or relative
clause it only gives the reason for the main act, so it is no card of its own (Quirk et al.
1985 §15.22, an adverbial clause of time or reason backgrounds its event).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.modal_scope import told_as_fact, warned_predicate


def warned_fact(p: Parse, m: Match) -> bool:
    """Is ``m`` the bare §130 "warn" verb of a clause that is not the main one, whose "that"
    clause's predicate (``warned_predicate``) tells a fact ("after geologists warned that the
    slope was unstable")? A "that" clause with a modal or a future ("warned that it would
    strike") keeps the threat; a main-clause warning is left to ``governing``."""
    if m.rule.code != "130" or m.rule.kind != "V" or m.first != m.last:
        return False
    if p.kinds[p.clause[m.first]] == "main":
        return False
    pred = warned_predicate(p, m.first)
    return pred is not None and told_as_fact(p, pred)
