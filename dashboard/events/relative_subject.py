"""The subject of a relative clause whose antecedent is not the named actor: "President Luis
Arce named a new army commander on Wednesday, who ordered the troops to withdraw".

A subject relative ("who"/"which" followed by its verb) takes as its subject the noun phrase
it follows (Huddleston and Pullum 2002, ch. 12 §3), here "a new army commander", the object
of the main clause, not the main clause's subject. When words stand between the named actor
and the relative pronoun (a verb and its object), the antecedent is that later phrase, and
the actor named first did not do the act told in the relative clause: it is no source
(CAMEO 1.1b3: the source is the one who acts). The relative right after the actor's own noun
phrase ("South Korea's foreign ministry, which condemned it") is ``relative_sides``'s, and a
relative aside that closes before the act ("Arce, who took office in 2020, ordered") leaves
the actor as subject of the main verb. Only a relative set off by a comma is read here.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# the supplementary relative (after a comma) opening the clause that runs on to the act with
# no clause break: it tells more of a referent the main clause has just introduced. A
# pronoun or a determiner after "who"/"which" opens an object relative with a subject of its
# own ("the resolution, which it has called …"), read by the clause's own rules. A
# restrictive one ("said that people who protested outside …") belongs to a noun phrase of
# the reported complement, whose sides the reporting frame's rules read; it is left to them
_RELATIVE = re.compile(
    r",\s*(?:who|which)\s+(?!(?:it|he|she|they|we|i|you|the|a|an|this|its|his|her|their)\b)[^,;:.()—–]*$",
    re.IGNORECASE,
)
# the actor's own noun phrase, not another one: nothing or a possessive, or words that open
# with a comma, an apposition ("Tom Hawk, a Manhattan Democrat, who") or the rest of a list
# the actor heads ("Poland, the Czech Republic and Hungary, who were invited")
_OWN_PHRASE = re.compile(r"^(?:['’]s?)?\s*(?:$|,)")


def other_antecedent(text: str, source: Actor | None, trigger_start: int) -> bool:
    """Is the act at ``trigger_start`` in a subject relative clause ("…, who ordered") whose
    antecedent is a noun phrase after the actor ``source`` (words stand between), so that
    ``source`` is no doer of it ("named a new commander, who ordered": the commander's act)?"""
    if source is None:
        return False
    span = text[source.end : trigger_start]
    hit = _RELATIVE.search(span)
    if hit is None:
        return False
    return _OWN_PHRASE.match(span[: hit.start()]) is None
