"""Whom a speaker told what happened: the addressee of a reporting verb, no side of the act
told ("Ethiopia's envoy told the Security Council in New York that Eritrea had massed
troops": the council heard of the massing; Eritrea did it).

Huddleston and Pullum 2002, ch. 11 §8: "tell" takes the hearer as its indirect object and
the reported content as a "that" clause; the content clause has a subject of its own, so
the hearer, named before "that", is no subject of the verbs after it (CAMEO 1.1b3: the
source is the doer of the act coded).
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.prefilter import gated

# a verb that takes its hearer as object, then the content ("told", "informed", "assured",
# "briefed", "reminded"), and up to three words of the hearer's phrase before the name
_TELLS_BEFORE = gated(
    r"\b(?:told|tells|telling|informed|informs|assured|assures|briefed|briefs|reminded)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# after the hearer: the rest of its phrase ("NATO allies"), where or when it was told, then
# "that" opening the content clause
_THAT_AFTER = re.compile(
    r"(?:\s+(?!that\b)[a-z][\w-]*){0,2}?"
    r"(?:\s+(?:in|at|on|during)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)*,?\s+that\s+",
    re.IGNORECASE,
)


def told_addressee(text: str, a: Actor, trigger_start: int) -> bool:
    """Is ``a`` the hearer of a telling verb whose "that" clause holds the trigger at
    ``trigger_start`` ("told the Security Council in New York on Monday that rebels had
    attacked")? ``a`` carries offsets into ``text``."""
    if a.end > trigger_start:
        return False
    if _TELLS_BEFORE.search(text, max(0, a.start - 60), a.start) is None:
        return False
    that = _THAT_AFTER.match(text, a.end, trigger_start)
    return that is not None and that.end() <= trigger_start
