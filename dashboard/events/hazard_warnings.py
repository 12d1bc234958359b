"""A warning whose "that" clause tells what a hazard may do ("officials warned that gases
could drift towards the capital", "engineers warned the dam could burst"): CAMEO 1.1b3 §13
codes "coercive or forceful warnings with serious potential repercussions" that an actor
makes about its own act against a target; a warning of lava, gas, floodwater or a virus
warns of no one's act, so it is no §130 card (UNDRR Hazard Information Profiles 2021 call it
an early warning). In the main clause ``governing`` reads such a warning as a pessimistic
comment (§012); in a "though" or "as" clause it is no card of its own. The subject of the warned clause decides: ``classes.csv`` rows
``HAZARD_CAUSE`` (storms, floods, quakes) and ``HAZARD_MATTER`` (what a hazard sends or
breaks: lava, gas, a dam, a virus).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.modal_scope import warned_predicate


def hazard_warning(p: Parse, m: Match) -> bool:
    """Is ``m`` the §130 verb "warn", not in the main clause, whose "that" clause (``warned_predicate``) has a hazard
    word in its subject, the words between "that" and its verb ("warned that toxic gases
    could drift")?"""
    if m.rule.code != "130" or m.rule.kind != "V" or m.first != m.last:
        return False
    if p.kinds[p.clause[m.first]] == "main":
        return False  # ``governing`` reads a main clause's warning as a comment (§012)
    pred = warned_predicate(p, m.first)
    if pred is None:
        return False
    that = next(k for k in range(m.first + 1, pred) if p.tokens[k].lower == "that")
    words = word_class("HAZARD_CAUSE") | word_class("HAZARD_MATTER")
    return any(p.tokens[k].keys & words for k in range(that + 1, pred))
