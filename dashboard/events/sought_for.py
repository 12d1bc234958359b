"""The crime a person is wanted for: "Caro is wanted for the killing of a DEA agent" tells
who is sought and why, neither an appeal nor a killing told as news.
"""

from __future__ import annotations

from dashboard.events.clause_words import _ADVERBS, Parse
from dashboard.events.lexicon import Match

_BE = frozenset("be is are was were been being".split())
# how far the act's noun may stand after "wanted" ("wanted for questioning in at least two
# other shootings of")
_REACH = 9


def sought_for(p: Parse, m: Match) -> bool:
    """Is ``m`` a passive "wanted" ("is also wanted"), or an act named after one in its clause
    ("is wanted for the robbery", "was wanted in connection with the shooting")?

    The passive of "want" with a person as subject means sought by the authorities for a
    crime (Merriam-Webster wanted adj. 'sought by the police for a crime'), and the crime it
    names is the charge against them: an allegation, which CAMEO 1.1b3 does not read as an
    act done (§112: allegations 'do not in any way imply that the alleged events have taken
    place'). "wanted" itself is then no appeal (§020 codes a request the subject makes)."""
    tokens = p.tokens
    for k in range(m.first, max(m.first - _REACH, 0) - 1, -1):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "wanted":
            j = k - 1
            while j >= 0 and tokens[j].lower in _ADVERBS:
                j -= 1  # "is also wanted"
            return j >= 0 and tokens[j].lower in _BE
    return False
