"""A match that holds its own subject: "the junta that seized power" (the §190 row read over
"junta … seize power"). The noun before "that" or "who" is the antecedent of a subject
relative clause and so the verb's subject (Quirk et al. 1985 §17.10-17.12), and CAMEO 1.1b3
takes the source from the verb's subject: no actor named before the match, in another
clause ("if the army did not free President X, as the junta that seized power …"), did it.

Shape::

    doer_in_match(text, trigger_start, trigger_end) -> bool
"""

from __future__ import annotations

import re

# one to three words, then the relative pronoun and the verb's first word (or an auxiliary)
_OPENS_ON_SUBJECT = re.compile(r"(?:[a-z][\w'’-]*\s+){1,3}(?:that|who)\s+\w")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)


def doer_in_match(text: str, trigger_start: int, trigger_end: int) -> bool:
    """Does the match ``text[trigger_start:trigger_end]`` open on a common noun and a subject
    relative ("junta that seized power", "soldiers who stormed")? A name opening it is an
    actor of its own and needs no rule. A match that opens on the verb after "the gang that"
    is left alone: from the text alone "the ministry said that" looks the same."""
    if _OPENS_ON_SUBJECT.match(text[trigger_start:trigger_end]) is None:
        return False
    # a noun's determiner right before the match ("the junta that"), never a subject name
    # ("Ankara warned that Athens …": the verb's own complement clause)
    return _DETERMINER_BEFORE.search(text, max(0, trigger_start - 12), trigger_start) is not None
