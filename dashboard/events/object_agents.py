"""The "by" phrase of a verb's object noun: "Azerbaijan cancelled a visit by a Russian deputy
prime minister" names who would have visited, not who cancelled.
"""

from __future__ import annotations

import re

from dashboard.events.tokens import verb_forms

# the object's noun phrase, then "by" and the agent's article: " the visit by the ", " by a "
# (the object may end the trigger's own span: "cancelled a visit| by a")
_OBJECT_THEN_BY = re.compile(
    r"^\s*(?P<det>(?:the|an?|its|their|his|her|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<before>[\w-]+)?\s*by\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


def object_agent(trigger_text: str, between: str) -> bool:
    """Is the name after ``between`` the agent of the object noun of an active past verb
    (``trigger_text`` opens with it: "cancelled a visit", "welcomed")?

    A "by" phrase after an event noun is that noun's Agent argument (ACE 2005 English
    Events Guidelines §3: "the visit by the president"), so in an active clause it names the
    other party to the verb's act (CAMEO 1.1b3: the target is whom the act is done to or
    with; the verb's subject stays the source). Not after a participle, whose "by" is its
    own passive's agent ("a man wanted by the police": ``holders.participle_agent``)."""
    words = trigger_text.split(maxsplit=1)
    forms = verb_forms(words[0].lower()) if words else None
    if forms is None or "VBD" not in forms[1]:
        return False
    m = _OBJECT_THEN_BY.match(between)
    if m is None or not (m["det"] or (len(words) > 1 and not m["before"])):
        # an object noun must stand before "by", in the trigger ("cancelled a visit| by") or
        # after it ("welcomed| the visit by"); "an award offered| previously by" has none
        return False
    before = (m["before"] or "").lower()
    return not (before and (verb_forms(before) or ("", frozenset()))[1] & {"VBN", "VBD"})
