"""An act named as the goal of "into" after a negated modal verb group that is not the
governing verb ("Manila has not invoked the pact and Marcos said the country would not be
drawn into a war"): the war is denied, not told as planned.

A negation scopes over its own verb group and what that group governs (Quirk et al. 1985
§10.64 ff.), and "into" names the goal of the motion the verb denotes (Quirk et al. 1985
§9.15), so "would not be drawn into a war" denies the war as "would not wage a war" does.
``weighing`` reads this for a governing verb of intent ("would"); when the sentence's
governing verb is in an earlier coordinated clause, the act's own group was left with only
the modal's "planned", and "could not be drawn into a war" only with "hypothetical".
A negated modal is required: "was not drawn into the war" presupposes the war (FactBank 1.0,
Saurí and Pustejovsky 2009), and a past "did not" leaves a war others fought.
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, MODALS, Parse
from dashboard.events.lexicon import Match
from dashboard.events.verbal import NEGATIONS

_GOAL = "into"  # the preposition of a goal reached by motion (Quirk et al. 1985 §9.15)
_NOUN_WORDS = 3  # a determiner and up to two modifiers between "into" and the act noun


def refused_entry(p: Parse, m: Match) -> bool:
    """Is the match at ``m.first`` the object of "into" after a verb in its own clause whose
    verb group has a modal operator and "not", "n't" or "never"? ``p`` is the sentence's
    clause reading. Returns False when no such group is found."""
    tokens = p.tokens
    into = next(
        (
            j
            for j in range(m.first - 1, max(-1, m.first - 2 - _NOUN_WORDS), -1)
            if tokens[j].lower == _GOAL
        ),
        None,
    )
    if into is None or into == 0 or p.clause[into] != p.clause[m.first]:
        return False
    if any(j in p.verbs or tokens[j].boundary for j in range(into + 1, m.first)):
        return False
    verb = into - 1
    if verb not in p.verbs or tokens[verb].lower in AUX:
        return False
    k = verb - 1
    negated = modal = False
    while k >= p.opening(verb) and (tokens[k].lower in AUX or tokens[k].lower in NEGATIONS):
        negated = negated or tokens[k].lower in NEGATIONS
        modal = modal or tokens[k].lower in MODALS
        k -= 1
    return negated and modal
