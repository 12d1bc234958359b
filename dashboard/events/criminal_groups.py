"""A nationality that describes a criminal group: "a Venezuelan criminal gang", "the Mexican
drug cartels". The demonym tells where the group is from, not that the state acts or is
acted on: the CAMEO 1.1b3 actor codebook codes such a group as criminals (CRM) of that origin,
and ACLED (Codebook 2023) as an unidentified gang, never as the state's forces. So the
demonym is no mention of the state as a side of the act.

Sources: classes.csv ``CRIMINAL_GROUP`` (the nouns) and ``CRIMINAL_MODIFIER`` (the lower-case
adjectives allowed between the demonym and the noun).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class

_WORD = re.compile(r"\s+([a-z][\w-]*)")


def criminal_group_after(text: str, end: int) -> bool:
    """Is the nationality ending at ``end`` of ``text`` followed by a criminal group's noun,
    with up to two describing adjectives between ("Venezuelan criminal gang")?

    >>> criminal_group_after("members of a Venezuelan criminal gang", 23)
    True
    >>> criminal_group_after("a Venezuelan military boat", 12)
    False
    >>> criminal_group_after("Venezuelan soldiers and gang members", 10)
    False
    """
    nouns, modifiers = _nouns(), word_class("CRIMINAL_MODIFIER")
    at = end
    for _ in range(3):
        m = _WORD.match(text, at)
        if m is None:
            return False
        word = m.group(1)
        if word in nouns:
            return True
        if word not in modifiers:
            return False
        at = m.end()
    return False


@cache
def _nouns() -> frozenset[str]:
    return word_class("CRIMINAL_GROUP")
