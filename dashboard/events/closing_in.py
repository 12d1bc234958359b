""" "Police closed in on the gunman": the phrasal verb close in (on) means to come nearer and
surround (Merriam-Webster, close in: 'to gradually surround or move closer to someone or
something'), an approach, not the closing of a place or body that CAMEO 1.1b3 §172 (impose
administrative sanctions) or §144 (obstruct passage) code.
"""

from __future__ import annotations

from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token


def closing_in(tokens: list[Token], m: Match) -> bool:
    """Is the match's first word a form of "close" followed by the particle "in" that ends
    the clause or opens "on" ("closed in on the suspect", "as troops closed in")? "They
    closed the school" and "closed in March" (a month after "in") give False."""
    i = m.first
    if "close" not in tokens[i].keys or i + 1 >= len(tokens) or tokens[i + 1].lower != "in":
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or after.boundary or after.lower in _AFTER_IN


# what follows the particle of "close in": its object's "on", or a time or clause that follows
_AFTER_IN = frozenset("on upon around as and when before after".split())
