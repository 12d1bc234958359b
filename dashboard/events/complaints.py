"""A protest a government sends, told by its sender: "drew a protest from Beijing" is an
official complaint (CAMEO 1.1b3 §114 complain officially), not dissent in the street (§14).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_ONE = frozenset("a an".split())
_PHRASE_END = frozenset(". and over after".split())


def sent_protest(p: Parse, m: Match) -> bool:
    """The noun "protest", singular with "a", followed by "from" and a name that ends its
    phrase ("a protest from Beijing", "a protest from Moscow."): a note sent by the state the
    name stands for. Crowds protest in a place or by themselves ("protests in Beijing", "a
    protest by students"), and "protests from Hong Kong residents" names people after it."""
    tokens = p.tokens
    k = m.first
    if m.rule.kind != "N" or m.first != m.last or tokens[k].lower != "protest":
        return False
    if k == 0 or tokens[k - 1].lower not in _ONE or k + 2 >= len(tokens):
        return False
    if tokens[k + 1].lower != "from":
        return False
    j = k + 2
    while j < len(tokens) and tokens[j].text[:1].isupper():
        j += 1
    if j == k + 2:
        return False
    return j == len(tokens) or tokens[j].boundary or tokens[j].lower in _PHRASE_END
