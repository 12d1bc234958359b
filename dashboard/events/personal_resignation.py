"""A resignation given for the leaver's own health, age or family: no demand acceded to.

"The premier stepped down because of ill health", "The chairman resigned citing health
reasons", "The judge quit for family reasons": CAMEO 1.1b3 §0831 (accede to demands for change
in leadership) codes a leader yielding to a demand that they go; the reason told here is the
leader's own condition (classes.csv ``PERSONAL_REASON``), no demand of another party. The
departure is no interaction of two political actors (CAMEO 1.1b3 §1), so no card is read.
"The minister resigned over the scandal" or "because of the protests" names no personal
reason and stays §0831.
"""

from __future__ import annotations

from collections.abc import Callable

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# how far after the resignation verb the reason may open ("stepped down last week because
# of", four words) and how far after its marker the personal word may stand ("because of
# his failing health", four words)
_REACH = 4


def resigned_for_own_reasons(p: Parse, m: Match) -> bool:
    """Is ``m`` a §0831 resignation followed, in its clause, by a ``REASON_MARKER`` word
    ("because", "due", "citing", "for") and then a ``PERSONAL_REASON`` word ("health",
    "illness", "age", "family")?"""
    if not m.rule.code.startswith("0831"):
        return False
    tokens = p.tokens
    markers, personal = word_class("REASON_MARKER"), word_class("PERSONAL_REASON")
    marker = _next_in_clause(p, m.last + 1, lambda k: tokens[k].lower in markers)
    if marker is None:
        return False
    return _next_in_clause(p, marker + 1, lambda k: bool(tokens[k].keys & personal)) is not None


def _next_in_clause(p: Parse, start: int, test: Callable[[int], bool]) -> int | None:
    """The first token from ``start`` within ``_REACH`` words, before a clause mark, that
    passes ``test``; None when there is none."""
    for k in range(start, min(len(p.tokens), start + _REACH)):
        if p.tokens[k].boundary:
            return None
        if test(k):
            return k
    return None
