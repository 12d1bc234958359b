"""The second party of a dyad named by a common noun: "the clashes between M23 and the army
near Goma".

CAMEO 1.1b3 codes a dyad "between X and Y" with the first named as source and the second as
target (``source_candidates._parties_between``). When the second is an armed force the
sentence gives no country ("the army", "local militias"), the first is still the source and
the target stays unknown: a named party is not the one the fighting was against merely
because it is the only name.
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import word_class
from dashboard.events.tokens import tokenize

# "and the army", "and local militias": the words after "and" (the article dropped)
_AND_OTHER = re.compile(r"\s+and\s+(?:the\s+)?(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b")


def armed_other(text: str, at: int) -> bool:
    """Does ``text`` at ``at`` (the end of a dyad's first party) go on with "and" and an
    armed force's common noun as the second party's head (classes.csv ``TROOPS`` or
    ``ARMED``)? "and separatist officials" is no armed force; "and the army" is."""
    other = _AND_OTHER.match(text, at)
    return other is not None and _armed_noun(_head_noun(other["words"].split()))


def _head_noun(words: list[str]) -> str:
    """The head of a short noun phrase: its second word when that is a noun ("local
    militias", "separatist officials"), else its first ("army" in "the army near Goma")."""
    if len(words) > 1 and "NOUN" in tokenize(words[1])[0].pos:
        return words[1]
    return words[0]


def _armed_noun(word: str) -> bool:
    """An armed force's common noun (classes.csv ``TROOPS`` or ``ARMED``)."""
    keys = tokenize(word)[0].keys
    return bool(keys & (word_class("TROOPS") | word_class("ARMED")))
