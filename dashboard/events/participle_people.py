"""Act nouns that name people: a participle before the noun for who does it.

"striking dock workers" is a §143 trigger (CAMEO 1.1b3 §143: strikers named by their trade),
yet the phrase names the workers, not the strike's time: people are not dated, so a date
right after it ("the police shooting of striking miners in June 2016") dates the act that
governs the phrase, as a date after "protesters" does (``date_scope._AGENT_NOUN``). The
people's nouns are data: classes.csv ``STRIKERS``, each with its source.
"""

from __future__ import annotations

from dashboard.events.lexicon import word_class


def participle_people(phrase: str) -> bool:
    """Whether ``phrase`` (a trigger's text) is a participle in -ing before a noun for people.

    >>> participle_people("striking dock workers")
    True
    >>> participle_people("shooting")
    False

    Source: Quirk et al. 1985 §7.15 (the -ing participle as a premodifier: "the striking
    workers" are workers who strike) and classes.csv ``STRIKERS`` for the heads.
    """
    words = phrase.lower().split()
    if len(words) < 2 or not words[0].endswith("ing"):
        return False
    head = words[-1]
    people = word_class("STRIKERS")
    return head in people or (head.endswith("s") and head[:-1] in people)
