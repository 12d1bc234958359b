"""An act a verb of evidence or emphasis takes as its object ("the visit underscores the
improvement in relations", "the figures show the rapprochement"): the verb's subject is what
shows the act, not who did it. FrameNet 1.7's Evidence frame has the support as its subject
and the proposition as its object; its Convey_importance frame has the speaker or the fact
that emphasises, never the actor of what is emphasised. The verbs are the ``classes.csv``
rows EVIDENCE_VERB and EMPHASIS.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import verb_forms

# a verb, then a determiner and at most three words up to the act's noun: "underscores the
# improvement", "showed a marked rapprochement"
_OBJECT_NOUN = re.compile(
    r"\b([a-z]+)\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)


def doers_of_shown_act(text: str, lead: Trigger | None, actors: list[Actor]) -> list[Actor]:
    """``actors`` (article offsets) less those before a verb of evidence or emphasis whose
    object is the noun ``lead`` names: "Nakatani's visit underscores the improvement in
    relations" has no actor for the improvement from its subject. Unchanged when ``lead`` is
    None or no such verb governs it."""
    if lead is None:
        return actors
    m = _OBJECT_NOUN.search(text, max(0, lead.start - 80), lead.start)
    if m is None:
        return actors
    verb = verb_forms(m.group(1))
    if verb is None or verb[0] not in _verbs() or not verb[1] & {"VBZ", "VBD", "VBP"}:
        return actors
    return [a for a in actors if a.start >= m.end(1)]


@cache
def _verbs() -> frozenset[str]:
    return word_class("EVIDENCE_VERB") | word_class("EMPHASIS")
