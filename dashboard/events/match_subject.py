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
# the same noun phrase right before a match that opens on the verb ("the gang that kidnapped")
_SUBJECT_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){1,3}(?:that|who)\s+(?:had\s+|has\s+|have\s+)?$"
)


def doer_in_match(text: str, trigger_start: int, trigger_end: int) -> bool:
    """Does the match ``text[trigger_start:trigger_end]`` open on a common noun and a subject
    relative ("junta that seized power", "soldiers who stormed")? A name opening it is an
    actor of its own and needs no rule. A match opening on the verb right after such a noun
    and "that|who" ("the gang that kidnapped him") has it as subject too."""
    if _OPENS_ON_SUBJECT.match(text[trigger_start:trigger_end]) is not None:
        return True
    return _SUBJECT_BEFORE.search(text, max(0, trigger_start - 60), trigger_start) is not None
