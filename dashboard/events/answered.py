"""An event noun named as what a side answered ("Laos did not respond to the complaint",
"the ministry replied to the proposal on Friday"): the complaint or proposal is another
side's act, told before or elsewhere, and the answerer did not make it (CAMEO 1.1b3 codes the
act of the one who complains or proposes; a non-response is no act at all). Roots 01-13
(words, aid, yielding, investigation, demands, disapproval, rejection, threats) are read so;
protest and force (CAMEO 1.1b3 roots 14-20: "responded to the attack with strikes") keep their
noun: that the attack happened is news even when the answer is the sentence's act.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match

# the verbs whose "to" object is what is answered (WordNet respond.v.01, reply.v.01,
# react.v.01: "show a response or a reaction to something")
_ANSWER = frozenset("respond reply react".split())
# CAMEO 1.1b3 roots 01-13 (statements, appeals, intents, consultations, diplomacy, aid,
# yielding, investigation, demands, disapproval, rejection, threats): an answer's object
_SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09"})
_SPOKEN_ROOTS |= frozenset({"10", "11", "12", "13"})


_JOINS = frozenset({"and", "or", "but"})


def answered_act(p: Parse, m: Match) -> bool:
    """Whether match ``m`` of a root 01-13 is the object of "respond|reply|react to"
    ("did not respond to the complaint", "replied to Cambodia's request"): an act answered,
    not one the subject made."""
    # a verb row read on its noun ("responded to requests for her extradition") is answered
    # as a noun row is: after "respond to" the word is the answer's object, never a verb
    if m.rule.code[:2] not in _SPOKEN_ROOTS:
        return False
    tokens, k = p.tokens, m.first - 1
    if k >= 1 and tokens[k].lower in ("'s", "’s", "'", "’"):
        k -= 2  # "replied to Cambodia's request": the asker's possessive
    if k >= 0 and tokens[k].lower in ARTICLES:
        k -= 1
    if k >= 1 and tokens[k].lower == "to" and bool(tokens[k - 1].keys & _ANSWER):
        return True
    # the act an answered request asks for ("responded to requests for her extradition"):
    # inside the answered noun phrase, at most five words on
    for j in range(m.first - 1, max(0, m.first - 6), -1):
        if tokens[j].boundary or not tokens[j].text[:1].isalnum():
            return False
        if tokens[j].lower in _JOINS and m.first in p.verbs:
            # "would not respond to the warrant and accused X": a verb after "and" is a
            # coordinated predicate of its own (Quirk et al. 1985 §13.34), no answered noun
            return False
        if tokens[j].lower == "to" and bool(tokens[j - 1].keys & _ANSWER):
            return tokens[j + 1].keys.isdisjoint(_ANSWER)
    return False
