"""A journey's purpose told with "be to": "The trip was to attend his wife's graduation"
names why the trip was made, no act of its own.
"""

from __future__ import annotations

from dashboard.events.clause_words import _ADVERBS, Parse
from dashboard.events.lexicon import Match, word_class

_BE = frozenset("is are was were".split())


def journey_purpose(p: Parse, m: Match) -> bool:
    """Is verb match ``m`` the infinitive of "be to" whose subject is a journey noun
    (``classes.csv`` JOURNEY: "the trip was to attend", "the visit is to sign")?

    With an agent subject "be to" is the modal idiom of arrangement ("The Queen is to visit
    Canada": Quirk et al. 1985 §3.45), a planned act; with a noun naming a journey as its
    subject, the infinitive is that noun's subject complement, the purpose the journey was
    made for (Quirk et al. 1985 ch. 16, the to-infinitive clause as subject complement: "The
    plan is to ..."), which tells neither a plan of the reporting time nor an act done."""
    k = m.first
    if m.rule.kind != "V" or k < 3 or p.tokens[k - 1].lower != "to":
        return False
    j = k - 2
    while j > 0 and p.tokens[j].lower in _ADVERBS:
        j -= 1  # "the trip was only to attend"
    if p.tokens[j].lower not in _BE:
        return False
    return p.tokens[j - 1].lower in word_class("JOURNEY")
