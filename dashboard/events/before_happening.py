"""An undated act told against another happening: "The senator's allies blamed rival
parties for stoking hatred before the attack", after a sentence on the attacker's trial on
Tuesday, is no act of that Tuesday.

"Before the attack" orders what it modifies by a happening, not by a time (TimeML 1.2.1:
a TLINK of relType BEFORE between two events; Quirk et al. 1985 §9.35), and the happening
named by a definite noun ("the attack") is one the story told earlier (ACE 2005 event
coreference). When that happening is of another kind than the dated act the sentence would
carry on ("the attack" after a sentencing), the act is no part of that act's story, and with
no date phrase of its own it takes none of that story's days (``coreference``'s narrative
link skips it). "Gathered even before the ruling was issued", after a ruling, still goes
on with the ruling's story. The prepositions are ``classes.csv`` ``BEFORE_HAPPENING``.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class
from dashboard.events.narrative import reference
from dashboard.events.trigger import Trigger


@cache
def _before() -> re.Pattern[str]:
    """The preposition right before a definite noun phrase ("before the", "prior to the");
    a count before it ("two days before the attack") is a date phrase of the act's own,
    which the caller has not."""
    words = "|".join(sorted(word_class("BEFORE_HAPPENING"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:\s+to)?\s+$", re.IGNORECASE)


def before_families(text: str, trigger: Trigger, sentence: tuple[int, int]) -> frozenset[str]:
    """The families (``narrative.family_of``) of the happening the sentence ``sentence``
    (start, end offsets in ``text``) orders its act by, after ``trigger``: "before the
    attack" gives {"violence"}; empty when it names none."""
    at, end = trigger.end, sentence[1]
    while (ref := reference(text, at, end)) is not None:
        families, start, stop = ref
        if _before().search(text, max(trigger.end, start - 12), start):
            return families
        at = stop
    return frozenset()
