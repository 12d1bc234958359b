"""Event nouns that name the kind of an act already told, not a new happening.

- ``such_kind``: "It was the third such attack this month", "Such attacks are rare": "such"
  points back to the kind of the act just told (Merriam-Webster such, determiner 1a 'of the
  character, quality, or extent previously indicated'), so the noun is no happening of its
  own; the act was read where it was told.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# words that may stand between the determiner and the noun ("the first such", "the latest
# deadly"), read back from the noun
_FILLERS = frozenset(
    "first second third fourth fifth latest last worst deadliest biggest largest major "
    "serious similar other another new fresh deadly".split()
)
_ARTICLES = frozenset("the a an".split())
_COPULAS = frozenset("is was are were be been marks marked".split())


def such_kind(p: Parse, m: Match) -> bool:
    """Is ``m`` an event noun with "such" before it, its fillers aside, that a copula
    describes or predicates ("It was the first such attack", "Such attacks are rare")? An
    action verb's object ("has held such rallies almost daily") tells acts of that kind done
    again, and stays."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    j = _before_fillers(p, m.first)
    if j < 0 or tokens[j].lower != "such":
        return False
    k = j - 1
    while k >= 0 and tokens[k].lower in _FILLERS:
        k -= 1  # "the first such"
    if k >= 0 and tokens[k].lower in _ARTICLES:
        k -= 1  # "was the first such attack"
    before = tokens[k].lower if k >= 0 else ""
    after = tokens[m.last + 1].lower if m.last + 1 < len(tokens) else ""
    return before in _COPULAS or (k < 0 and after in _COPULAS)


def _before_fillers(p: Parse, k: int) -> int:
    """The index of the first word before ``k`` that is not a filler (-1 at the start)."""
    j = k - 1
    while j >= 0 and (p.tokens[j].lower in _FILLERS or p.tokens[j].lower == "such"):
        if p.tokens[j].lower == "such":
            return j
        j -= 1
    return j
