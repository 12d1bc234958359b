"""Two lexicon rows over the same words: the one that names more of them is the reading.

"accused the group of war crimes" matches the §1121 row "accuse * of * crime" (its gap
skipping "war") and the §1124 row "accuse * of * war crime" over the same words, at the same
weight. The file order decided the tie, so a coordinated "… and accused the group of war
crimes" came out §1121 while the head verb, re-coded by its complement, came out §1124. A
row whose last slot names the longer phrase ending on the same word is the more specific
reading of those words (CAMEO 1.1b3 §1124 accuse of war crimes is no ordinary crime of
§1121), as ``_rival`` prefers one reading of a complement.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token


def _tail_words(tokens: Sequence[Token], m: Match) -> int:
    """How many words the longest alternative of ``m``'s last slot names, ending on
    ``m.last`` ("war crime": 2, "crime": 1)."""
    best = 0
    for alt in m.rule.slots[-1]:
        lo = m.last - len(alt) + 1
        if lo >= m.first and all(tokens[lo + i].keys & word for i, word in enumerate(alt)):
            best = max(best, len(alt))
    return best


def less_named(tokens: Sequence[Token], m: Match, matches: Sequence[Match]) -> bool:
    """Is there another match over the same words (same first and last token, same weight,
    same kind) whose last slot names a longer phrase ending there than ``m``'s does?"""
    rivals = [
        n
        for n in matches
        if n is not m
        and (n.first, n.last, n.rule.weight, n.rule.kind)
        == (m.first, m.last, m.rule.weight, m.rule.kind)
    ]
    if not rivals:
        return False
    own = _tail_words(tokens, m)
    return any(_tail_words(tokens, n) > own for n in rivals)
