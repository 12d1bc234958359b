"""A noun told as the means or the agent of another act: "killed by a rubber bullet",
"dispersed with tear gas".

A noun phrase in a "by" or "with" phrase after a verb is that verb's agent or instrument
(Quirk et al. 1985 §9.48 agentive "by", §9.49 instrumental "with"): it names no happening of
its own, so a date right after it ("killed by a rubber bullet on Friday") is the verb's.
"""

from __future__ import annotations

import re

# "by" or "with", at most one determiner and one modifier, right before the noun
_MEANS_BEFORE = re.compile(r"\b(?:by|with)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def instrument_noun(text: str, start: int) -> bool:
    """Does a noun starting at offset ``start`` of ``text`` stand in a "by" or "with" phrase
    (the agent or instrument of the verb before it)?"""
    return _MEANS_BEFORE.search(text, max(0, start - 40), start) is not None
