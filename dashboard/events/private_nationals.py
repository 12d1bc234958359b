"""A private person's nationality is no state: "a 24-year-old Afghan man drove a car into a
crowd" and "police arrested a Moroccan man" name one person by where they come from, not the
Afghan or Moroccan state. CAMEO 1.1b3 codes states, their bodies and the people acting for
them; a private individual is a civilian of no state's agency (ACLED Codebook: a lone
attacker or a detained civilian is coded by role, never as the state of their passport).
The person nouns are data (classes.csv ``PRIVATE_PERSON``, with its source).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class

# one person, told with an indefinite article and at most an age before the nationality
# ("a 26-year-old | Syrian", "an | Afghan"); a plural or "the" may name a state's group
_ONE_PERSON_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:\d{1,3}-year-old\s+|(?:young|teenage|lone|former)\s+){0,2}$",
    re.IGNORECASE,
)
# the one or two words after the nationality ("man", "asylum seeker")
_NEXT_WORDS = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")


def private_person_after(text: str, start: int, end: int) -> bool:
    """Does the nationality at ``start``–``end`` of ``text`` name one private person: an
    indefinite article (with at most an age) before it and a ``PRIVATE_PERSON`` noun after
    it ("a 24-year-old Afghan man", "an Iraqi asylum seeker")?

    >>> t = "A 31-year-old Iraqi man drove a van"
    >>> private_person_after(t, 14, 19)
    True
    >>> t = "Iraqi forces shelled a village"
    >>> private_person_after(t, 0, 5)
    False
    >>> t = "an Iraqi official said"
    >>> private_person_after(t, 3, 8)
    False
    """
    if not _ONE_PERSON_BEFORE.search(text, max(0, start - 40), start):
        return False
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    nouns = _persons()
    two = f"{m.group(1)} {m.group(2)}" if m.group(2) else ""
    return m.group(1) in nouns or two in nouns


@cache
def _persons() -> frozenset[str]:
    """The PRIVATE_PERSON class."""
    return word_class("PRIVATE_PERSON")
