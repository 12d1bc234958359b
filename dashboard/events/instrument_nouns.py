"""A noun told as the means or the agent of another act: "killed by a rubber bullet",
"dispersed with tear gas".

A noun phrase in a "by" or "with" phrase after a verb is that verb's agent or instrument
(Quirk et al. 1985 §9.48 agentive "by", §9.49 instrumental "with"): it names no happening of
its own, so a date right after it ("killed by a rubber bullet on Friday") is the verb's. So
does a purpose told with "for" and a bare plural or gerund noun of talk ("recalled its
ambassador for consultations last Friday", "detained for questioning on Monday"; Quirk et al.
1985 §9.44, "for" of purpose): the talk is yet to come when the verb acts.
"""

from __future__ import annotations

import re

# "by" or "with", at most one determiner and one modifier, right before the noun
_MEANS_BEFORE = re.compile(r"\b(?:by|with)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "for" and a bare noun of talk, no determiner: a purpose, not a happening told
_PURPOSE = re.compile(
    r"\bfor\s+(?:consultations|talks|negotiations|discussions|questioning|interrogation)\b",
    re.IGNORECASE,
)


def instrument_noun(text: str, start: int) -> bool:
    """Does a noun starting at offset ``start`` of ``text`` stand in a "by" or "with" phrase
    (the agent or instrument of the verb before it), or is it a purpose noun of talk right
    after "for" ("for consultations")?"""
    if _PURPOSE.match(text, max(0, start - 4)):
        return True  # "recalled for consultations last Friday": the recall's day
    return _MEANS_BEFORE.search(text, max(0, start - 40), start) is not None
