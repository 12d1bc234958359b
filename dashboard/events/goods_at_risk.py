"""Nouns of acts that are no act of their sentence: a cooperative act named as the good a
harm puts at risk ("the decision threatens the ceasefire", "the raids could derail the
talks": the truce or the talks already exist or are hoped for; the harm verbs are classes.csv
``CONSEQUENCE``, WordNet 3.0 senses of harm to a good), and an act named as the reason for
the sentence's own ("impeached the president over his declaration of martial law"). CAMEO
1.1b3 codes acts of political actors done in the reported happening.
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


# the possessive that ties a reason adjunct to an earlier act of a party ("over his
# declaration of martial law", "over their role in the coup")
_POSSESSIVES = frozenset("his her its their".split())


def owned_reason(p: Parse, m: Match) -> bool:
    """Is noun match ``m`` inside an "over his/her/its/their …" adjunct of reason, with no
    verb between ("voted to impeach the president over his declaration of martial law",
    "sanctioned the general over his role in the massacre")? The adjunct names an earlier
    act of the party as the reason for this one (Quirk et al. 1985 §9.48, "over" of cause),
    told here as background; the sentence's act is the impeachment or the sanction."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    for j in range(m.first - 1, max(-1, m.first - 7), -1):
        if j in p.verbs or tokens[j].boundary:
            return False
        if tokens[j].lower == "over":
            return j + 1 < m.first and tokens[j + 1].lower in _POSSESSIVES
    return False


# nouns whose "to" infinitive names an act not done (Merriam-Webster refusal, failure)
_NOT_DONE = frozenset("refusal failure reluctance unwillingness inability".split())


def refused_act(p: Parse, m: Match) -> bool:
    """Is verb match ``m`` the infinitive after "refusal to", "failure to", "reluctance to"
    ("despite Moscow's continued refusal to ratify two protocols")? The act was not done;
    the refusal is the act told (CAMEO 1.1b3 §12 reject), read by its own row."""
    k = m.first
    return (
        m.rule.kind == "V"
        and k >= 2
        and p.tokens[k - 1].lower == "to"
        and bool(p.tokens[k - 2].keys & _NOT_DONE)
    )
