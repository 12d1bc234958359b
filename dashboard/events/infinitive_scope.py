"""A negated verb's "to" infinitive: "Police did not intervene to stop the march" tells no
stopping, while "did not hesitate to arrest them" tells the arrest.
"""

from __future__ import annotations

from dashboard.events.clause_words import _ADVERBS, Parse
from dashboard.events.lexicon import word_class

# how far the infinitive's verb may stand from the governing verb ("did not intervene
# directly to stop": the verb, two adverbs, "to")
_REACH = 4


def negated_infinitive(p: Parse, gov: int, first: int) -> bool:
    """Is the match at ``first`` the bare verb of a "to" infinitive right after the governing
    verb ``gov`` ("did not intervene to stop the march", "did not move to arrest them"),
    which is not a negative implicative?

    A negated matrix verb leaves the act of its infinitive clause unasserted (Karttunen 1971,
    "Implicative verbs", Language 47: only an implicative verb's complement takes its truth
    from the verb's; FactBank 1.0, Sauri and Pustejovsky 2009: the event under a negated
    non-factive predicate is not asserted as a fact). A negative implicative ("did not
    hesitate to", "did not fail to": ``classes.csv`` NEG_IMPLICATIVE) entails the act done.
    A prepositional object after the verb ("was not linked to the attack") is no infinitive
    and keeps its presupposed act.
    """
    if not gov < first <= gov + _REACH or p.tokens[first - 1].lower != "to":
        return False
    if first not in p.verbs:
        return False  # "did not go to war": a noun after the preposition
    if any(t.boundary or t.lower not in _ADVERBS for t in p.tokens[gov + 1 : first - 1]):
        return False  # "did not go to the border to stop them": a purpose after a place
    return not p.tokens[gov].keys & word_class("NEG_IMPLICATIVE")
