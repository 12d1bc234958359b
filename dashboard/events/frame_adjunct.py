"""A phrase's gap that runs through "under" ("would leave for Minsk under a deal brokered by
X"): the noun after "under" heads an adjunct of conformity, the frame the act is done in, and
is no object of the verb (Quirk et al. 1985 §9.64: "under" 'in accordance with', as in "under
the agreement"; Huddleston and Pullum 2002 ch. 8 §1: a verb's object comes before its
adjuncts). So "leave … under a deal" leaves no agreement (§120), as "left the deal" does.
A row that names "under" itself ("under fire") keeps it.
"""

from __future__ import annotations

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

_FRAME = "under"  # the preposition of conformity (Quirk et al. 1985 §9.64)


def gap_crosses_frame(tokens: list[Token], m: Match) -> bool:
    """Whether a word strictly inside the match ``m`` over ``tokens`` is "under" and no slot
    of the row names it. Example: "leave for Minsk under a deal" -> True for a "leave *
    @AGREEMENT" match; "quit the deal" -> False."""
    if m.last - m.first < 2:
        return False
    own = {w for slot in m.rule.slots for alt in slot for word in alt for w in word}
    return _FRAME not in own and any(tokens[k].lower == _FRAME for k in range(m.first + 1, m.last))
