"""An act named as the outcome weighed: "Pashinyan said the alternative was war", "the risk is
a wider war". The event noun is the complement of a copula whose subject is a noun of
choice or risk (``classes.csv`` ``OUTCOME_WEIGHED``): it names a possibility, to which its
speaker is not committed as a fact (FactBank 1.0, Sauri and Pustejovsky 2009), so it is no
card. "The result was a war" or "the attack was a massacre" name what happened and stay.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token

# the copula and the modal or auxiliary before it ("would be", "could be", "is")
_COPULA = frozenset("be is are was were 's been".split())
_MODALS = frozenset("would could might may will can".split())


def weighed_outcome(p: Parse, m: Match) -> bool:
    """Is noun match ``m`` the complement of "be" (after at most two articles or adjectives)
    whose subject, within three words before the copula, is a noun of ``OUTCOME_WEIGHED``?"""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    k = m.first - 1
    while k > 0 and m.first - k <= 3 and (tokens[k].lower in ARTICLES or _modifier(tokens[k])):
        k -= 1
    if k < 1 or tokens[k].lower not in _COPULA:
        return False
    k -= 1
    while k > 0 and tokens[k].lower in _MODALS | {"not", "n't"}:
        k -= 1
    nouns = word_class("OUTCOME_WEIGHED")
    return any(tokens[j].keys & nouns for j in range(max(0, k - 2), k + 1))


def _modifier(tok: Token) -> bool:
    """An adjective, or a hyphened compound the tagger may not call one ("full-scale")."""
    return "ADJ" in tok.pos or "-" in tok.text
