"""An act named by the participle of a "while" clause after another act ("was killed while
visiting troops", "was arrested while attending a rally"): the participle clause tells the
circumstance in which the other act befell its subject (Quirk et al. 1985 §15.55 ff.,
non-finite adverbial clauses of time with a subordinator; CAMEO 1.1b3 codes the reported
act, not its setting). So it is no event of its own when the sentence names an act before
it; alone ("spoke while visiting troops") it stays.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_WHILE = frozenset({"while", "whilst"})  # the subordinators of a concurrent time (Quirk §15.26)


def circumstance_participle(p: Parse, m: Match, matches: list[Match]) -> bool:
    """Whether the match ``m`` opens on a present participle right after "while" and another
    of the sentence's ``matches`` ends before that "while", other than a statement (§01).
    Example: "was killed while visiting troops" -> True for "visiting"; "He spoke while
    visiting troops" -> False (no act before it)."""
    tokens = p.tokens
    k = m.first
    if k == 0 or tokens[k - 1].lower not in _WHILE or "VBG" not in tokens[k].tags:
        return False
    return any(o is not m and o.last < k - 1 and o.rule.code[:2] != "01" for o in matches)
