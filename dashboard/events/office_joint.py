"""A second member of a joint subject named by the office of its head: "Colombia's President
X and the commander of the ELN, Y, signed a truce". The head speaks for the body he leads
(CAMEO 1.1b3 actor codebook: a leader is coded by the body or state led), so the body named
after "the <office> of" is the other party, as a plain "A and B signed" would name it.

Source: classes.csv ``HEAD_OFFICE`` (WordNet 3.0 head.n.04, leader.n.01 and hyponyms).
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class


def office_joined(text: str, first_end: int, second_start: int, second_end: int) -> bool:
    """Whether the name at ``second_start``..``second_end`` is joined to the one ending at
    ``first_end`` as "<first> and the <office> of (the) <second>," with the office's holder
    set off after a comma (or the verb right after): "X and the commander of the rebel ELN,
    Y," (True); "X and the leader of Somalia's Jubaland region" (False: the name after "of"
    is only the region's owner, not the body led)."""
    if _office_link().fullmatch(text, first_end, second_start) is None:
        return False
    return _CLOSED.match(text, second_end) is not None


# the name ends the noun phrase: an apposed holder's name after a comma, or the verb's group
_CLOSED = re.compile(r"\s*,|\s+[a-z]")


@cache
def _office_link() -> re.Pattern[str]:
    nouns = "|".join(sorted(word_class("HEAD_OFFICE"), key=len, reverse=True))
    return re.compile(
        rf"\s+and\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:{nouns})\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}"
    )
