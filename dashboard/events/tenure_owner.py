"""Whose time in office frames an act: "the first such talks under President X's second term",
"signed during Premier Y's presidency". The leader named as the possessor of a term noun after
"under" or "during" only dates the act (TimeML 1.2.1: a period named by an event anchors a time
expression); he is no party to it (CAMEO 1.1b3: the target is whom the act is done to).

Source: classes.csv ``TENURE`` (WordNet 3.0 term_of_office.n.01 and its hyponyms).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class
from dashboard.events.prefilter import gated

_REACH = 60  # "under former U.S. President " before the name


def tenure_owner(text: str, a: Actor) -> bool:
    """Whether ``a`` is the possessor of a term noun after "under" or "during": "under
    President Donald Trump's second term" (True for Donald Trump), "during the Biden
    presidency" is not matched (no possessive: the name is a modifier, kept as is)."""
    if _FRAME_BEFORE.search(text, max(0, a.start - _REACH), a.start) is None:
        return False
    return _term_after().match(text, a.end) is not None


# "under", "during" and a title or two before the name; no verb nor clause mark between
# (gated by the two words: asked before every named actor)
_FRAME_BEFORE = gated(
    r"\b(?:under|during)\s+(?:the\s+)?(?:(?:former|late|then|new|current|outgoing|[A-Z][\w.-]*)\s+){0,3}$"
)


@cache
def _term_after() -> re.Pattern[str]:
    """The possessive and the term noun after the name, with up to two words between
    ("'s second term", "'s new coalition government")."""
    nouns = "|".join(sorted(word_class("TENURE"), key=len, reverse=True))
    return re.compile(rf"(?:'s?|’s?)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b", re.IGNORECASE)
