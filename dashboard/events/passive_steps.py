"""A coercion to come told in the passive with no one warning of it: "he will be charged with
murder" is the charge planned (§173, ACE 2005 tense Future), not a threat (§137 needs a
source that warns someone); "would be forced to take countermeasures" is no such step.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.trigger import Trigger


def passive_step(p: Parse, gov: Trigger) -> bool:
    """Is ``gov`` a passive "be charged", not "be forced to" (Quirk et al. 1985 §3.63)?"""
    i = next((k for k, t in enumerate(p.tokens) if t.start == gov.start), 0)
    nxt = p.tokens[i + 1].lower if i + 1 < len(p.tokens) else ""
    return i > 0 and p.tokens[i - 1].lower == "be" and "VBN" in p.tokens[i].tags and nxt != "to"
