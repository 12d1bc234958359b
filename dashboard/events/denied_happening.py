"""A denial of a report that a natural hazard happened ("Officials denied reports that a
tsunami had reached the coast", "denied that an earthquake had struck the capital"): what is
denied is a happening no one is accused of, so it is no denial of responsibility (CAMEO
1.1b3 §016 "deny responsibility" answers an accusation made against the denier). The report
is called false (FactBank: counterfactual); the reader keeps no card for the denial.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.trigger import Trigger

# what may stand between the denial and the hazard word: the report noun, "that", an
# article or a number word ("denied reports that a strong tsunami")
_SUBJECT_REACH = 4
# a cause or a blame told in the clause keeps the denial one of responsibility ("denied
# that the flood was caused by the dam's release")
_BLAME = frozenset("cause caused blame blamed responsible fault by".split())


def hazard_denied(p: Parse, t: Trigger, hazards: list[int]) -> bool:
    """Is ``t`` a §016 denial whose "that" clause opens on a hazard (``hazards``: start
    offsets of the sentence's hazard nouns), with no cause or blame told after it?"""
    if (t.full or "")[:3] != "016":
        return False
    tokens = p.tokens
    that = next((i for i, k in enumerate(tokens) if k.start >= t.start and k.lower == "that"), None)
    if that is None or that - next(i for i, k in enumerate(tokens) if k.start >= t.start) > 3:
        return False
    subject = [
        i
        for i in range(that + 1, min(len(tokens), that + 1 + _SUBJECT_REACH))
        if tokens[i].start in hazards
    ]
    if not subject:
        return False
    between = tokens[that + 1 : subject[0]]
    if any(k.lower not in ARTICLES and not k.text.isalpha() for k in between):
        return False
    return not any(k.lower in _BLAME for k in tokens[subject[0] :])
