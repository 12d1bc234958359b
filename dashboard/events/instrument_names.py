"""An actor named only as the owner of a written instrument ("Article 4 of the NATO treaty",
"Article 51 of the UN Charter"): the name says which instrument, not who acts.

CAMEO 1.1b3 codes as the source the actor who does the act; a noun modifier of a document
noun names the document's party, and a prepositional "of" phrase is no subject (Huddleston
and Pullum 2002, ch. 5 §14: a noun modifier inside an "of" complement belongs to that noun
phrase). "Poland invoked Article 4 of the NATO treaty to request consultations": Poland asks.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class

# "of the", "of its", "under the" right before the owner's name
_OF_BEFORE = re.compile(r"\b(?:of|under)\s+(?:the|its|their)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:founding\s+)?(?P<noun>[A-Za-z]+)\b")


@cache
def _instruments() -> frozenset[str]:
    """Nouns of a written rule (classes.csv ``STATUTE``: treaty, charter, constitution, …)."""
    return frozenset(w.lower() for w in word_class("STATUTE"))


def instrument_owner(text: str, a: Actor) -> bool:
    """Does ``a`` stand as the owner of an instrument inside an "of" phrase ("Article 4 of
    the NATO treaty", "under the UN Charter")? Such a name is never the act's subject."""
    if _OF_BEFORE.search(text, max(0, a.start - 12), a.start) is None:
        return False
    noun = _NOUN_AFTER.match(text, a.end)
    return noun is not None and noun["noun"].lower() in _instruments()
