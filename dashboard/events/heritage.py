"""A nationality as a culture's or a diaspora's mark, not a state's: "a driver ploughed into a
crowd at a Filipino festival in Vancouver" names no Philippine side. CAMEO 1.1b3 codes states,
their bodies and the people who act for them; the nouns that make the nationality a culture's
are data (classes.csv ``HERITAGE``, with its source).
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import word_class

# the one word after the nationality, past a hyphenated second one ("Filipino-Canadian")
_NEXT_WORD = re.compile(r"(?:-[A-Z][\w]*)?\s+([\w’'é]+)")


def heritage_after(text: str, end: int) -> bool:
    """Does the nationality or country name ending at ``end`` of ``text`` stand right before a
    noun of culture or diaspora (``HERITAGE``: "festival", "community", "restaurant")?

    >>> heritage_after("at a Filipino festival in Vancouver", 13)
    True
    >>> heritage_after("a Filipino coast guard ship", 10)
    False
    >>> heritage_after("the American Food and Drug Administration", 12)
    False
    >>> heritage_after("the Russian-speaking gang", 11)
    True
    """
    if _SPEAKERS.match(text, end):
        return True  # "the Russian-speaking gang": a language its members speak, no state
    m = _NEXT_WORD.match(text, end)
    # a capitalised noun is part of a body's name ("the Canadian Food Inspection Agency")
    return m is not None and m.group(1).islower() and m.group(1) in _heritage()


# a language's speakers ("the Russian-speaking Conti gang", "French-speaking rebels"):
# WordNet 3.0 Russian n. 2 'the Slavic language that is the official language of Russia' is
# the language named, and a group that speaks it is of no state for it (CAMEO 1.1b3 actor
# coding: the head noun is the actor; a modifier of speech names no side)
_SPEAKERS = re.compile(r"[-‐‑](?:speaking|speaker|language)\b", re.IGNORECASE)


def _heritage() -> frozenset[str]:
    """The HERITAGE class, lowercased."""
    return frozenset(w.lower() for w in word_class("HERITAGE"))
