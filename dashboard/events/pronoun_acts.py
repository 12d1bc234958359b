"""A reporting-weak verb whose object is "it" standing for the act's noun the sentence named
before: "lifted martial law ..., hours after he declared it" declares martial law.

Quirk et al. (1985, 6.15, anaphoric "it"): the pronoun takes the reference of a noun phrase
before it; CAMEO codes the act the verb and that object tell (1724 for martial law declared),
as it would with the noun written out. Only the object noun of a strong trigger told earlier
in the same sentence is taken, and only when the verb with that noun is itself a stronger
trigger than the verb alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.cameo import WEAK, Trigger, triggers

# the pronoun as the whole object: the clause goes on with an adjunct or ends ("declared it
# in a televised address"), not with a complement ("declared it a victory", "called it off")
_PRONOUN = re.compile(
    r"\s+(?:it|them)(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|by|for|after|before|when|last|early|late|"
    r"this|yesterday|during|from|over|with|until|hours|days)\b)"
)


def pronoun_objects(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` with each weak verb followed by "it"/"them" recoded as that verb with the
    object noun of the last strong verb-and-object trigger before it, when that is a trigger.

    >>> # "lifted martial law ... after he declared it": 'declared' (01) -> 'declared it' (17)
    """
    out = []
    for t in trigs:
        m = _PRONOUN.match(sent, t.end)
        if t.weight > WEAK or m is None or " " in t.text:
            out.append(t)
            continue
        new = None
        for u in trigs:
            words = u.text.split()
            if u.weight <= WEAK or u.end > t.start or len(words) < 2:
                continue
            noun = " ".join(words[1:])  # "lifted martial law": the verb's object noun
            said = triggers(f"They {t.text} {noun}")  # a subject, so that the verb reads as one
            got = [x for x in said if x.weight > WEAK and x.start == 5]
            new = got[0] if got else new
        if new is None:
            out.append(t)
        else:
            out.append(replace(new, start=t.start, end=m.end(), text=sent[t.start : m.end()]))
    return out
