"""An act in the complement of a denied intention: "had no intention of going to war",
"has no plans to invade", "did not have any desire to attack".

"No" before a noun of intention (classes.csv ``INTENT_NOUN``) negates that noun phrase, and
the phrase's "of"/"to" complement with it (Quirk et al. 1985 §10.64: the scope of a negative
determiner runs to the end of its phrase). The act named there is counterfactual for whoever
states it (FactBank 1.0, Saurí and Pustejovsky 2009: CT-), so it is ``negated``, however far
the act's word stands from the "no" ("no intention of ever going to war with"). The reach
ends at a clause boundary and at "and", "but" or "or" ("had no plans to attack but shelled
the border town": the shelling is told as done; a conjunct that shares the denial is left
as told, the cautious reading, since ``modality.new_group`` cannot be imported here).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import word_class

# words that open the noun's complement ("intention of", "plans to", "interest in")
_COMPLEMENT = frozenset("of to in".split())
# a conjunction may open a predicate of its own (Quirk et al. 1985 §13.1): the reach ends
_CONJUNCTIONS = frozenset("and but or".split())
# a negation before "any" denies the noun as "no" does ("did not have any intention of")
_NOT = frozenset("not n't never".split())
REACH = 10  # tokens from the complement's opener to the act: a noun phrase's length


def denied_intention(p: Parse, i: int) -> bool:
    """Is the trigger word at token ``i`` inside the complement of a denied intention noun
    ("no intention of going to war", "not any plans to attack"), in its clause, with no
    boundary or verb group of its own between?"""
    tokens = p.tokens
    nouns = word_class("INTENT_NOUN")
    for k in range(i - 1, max(0, i - REACH) - 1, -1):
        if tokens[k].boundary or tokens[k].lower in _CONJUNCTIONS:
            return False
        if tokens[k].lower in _COMPLEMENT and k >= 2 and tokens[k - 1].keys & nouns:
            return _denied(p, k - 2)
    return False


def _denied(p: Parse, j: int) -> bool:
    """Does token ``j`` (or the one before it, past one adjective: "no immediate plans")
    deny the noun after it: "no", or "any" after a negation ("did not have any")?"""
    tokens = p.tokens
    for k in (j, j - 1):
        if k < 0:
            return False
        word = tokens[k].lower
        if word == "no":
            return True
        if word == "any":
            return any(t.lower in _NOT for t in tokens[max(0, k - 4) : k])
    return False
