"""A cooperative act named as the good a harm puts at risk ("the decision threatens the
ceasefire", "the raids could derail the talks", "warned the strikes would undermine aid
deliveries"): the noun is what is at risk, no act done or declared in the sentence (CAMEO
1.1b3 codes acts of political actors; the truce or the talks already exist or are hoped for).
The harm verbs are classes.csv ``CONSEQUENCE`` (WordNet 3.0 senses of harm to a good).
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match, word_class

# CAMEO 1.1b3 roots 01-08: verbal and material cooperation
_COOPERATIVE = frozenset(f"{k:02d}" for k in range(1, 9))
# what may stand between the verb and its object's head: "the hard-won ceasefire", "its aid"
_DETERMINERS = ARTICLES | frozenset("its their his her our this that these those any".split())


def good_at_risk(p: Parse, m: Match) -> bool:
    """Is noun match ``m`` of a cooperative root the object of a harm verb of its clause,
    with at most three determiners, adjectives or nouns between ("threatens the fragile
    ceasefire", "jeopardise aid deliveries")?"""
    if m.rule.kind != "N" or m.rule.code[:2] not in _COOPERATIVE:
        return False
    harm = word_class("CONSEQUENCE")
    tokens = p.tokens
    k = m.first - 1
    for _ in range(4):
        if k < 0 or tokens[k].boundary or not tokens[k].text[:1].isalnum():
            return False
        if tokens[k].keys & harm and (k in p.verbs or tokens[k].tags & _VERB_TAGS):
            return p.clause[k] == p.clause[m.first]
        if k in p.verbs or not (
            tokens[k].lower in _DETERMINERS or tokens[k].pos & {"ADJ", "NOUN", "PROPN"}
        ):
            return False
        k -= 1
    return False


_VERB_TAGS = frozenset("VB VBD VBG VBN VBP VBZ".split())
