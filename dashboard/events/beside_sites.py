"""A body named as the building beside which an act happened, not as a party to it.

"Police detained 40 farmers outside the National Assembly" makes the National Assembly no
actor of the detention: "outside", "opposite", "near", "beside" and "in front of" locate
the act relative to the building the body sits in (Quirk et al. 1985, 9.21-9.23), and ACLED
codes such a site as the event's location, never as an actor (ACLED Codebook 2023, actors
and location). Only organisations count: a person named after "near" ("near President X")
is rare and is left as read. The words are data: classes.csv ``BESIDE_SITE``.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class

# the word right before the name, past an optional "the" ("outside the National Assembly",
# "in front of the Supreme Court": "front" then "of")
_BEFORE = re.compile(r"\b([a-z]+)(?:\s+of)?\s+(?:the\s+)?$")
_REACH = 30  # characters before the name: the preposition and its article


def beside_site(text: str, actor: Actor) -> bool:
    """Whether the organisation ``actor`` (offsets into ``text``) is named right after a
    preposition of position beside a place (``BESIDE_SITE``); False for any other kind.

    >>> beside_site("held outside the National Assembly", Actor("National Assembly", "organisation", None, 17, 34))
    True
    """
    if actor.kind != "organisation":
        return False
    m = _BEFORE.search(text, max(0, actor.start - _REACH), actor.start)
    if m is None:
        return False
    word = m.group(1)
    of = " of" in m.group(0)
    return word in word_class("BESIDE_SITE") and (word == "front") == of
